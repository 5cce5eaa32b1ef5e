/* The full-screen browser. */
#ifndef MTCR_TUI_H
#define MTCR_TUI_H
#include <stdbool.h>

#include "dataset.h"
#include "export.h"

enum tui_color { COLOR_AUTO, COLOR_ALWAYS, COLOR_NEVER };

struct tui_options {
	enum tui_color color; /* --color=auto|always|never; NO_COLOR applies to auto */
	bool mouse;           /* --mouse */
	bool ascii;           /* --ascii: the pictures without block characters */
	const struct start_state *start; /* --filter, --pane, ...: NULL for the plain start */
	const char *data_origin; /* shown in the help: "your copy", "bundled", ... */
};

/* Runs the browser on ds until the user quits. Returns OUTCOME_OK; OUTCOME_USAGE when there
 * is no usable terminal, OUTCOME_FAILED when memory ran out (the message in out); out->signal
 * is the signal that stopped the browser, for the caller to end by. */
enum outcome_kind tui_run(const struct dataset *ds, const struct tui_options *o,
			  struct outcome *out);

#endif
