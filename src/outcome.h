/* outcome.h: what a batch run (export, chart, the browser) came to, returned to the command
 * line layer (cli.c), which alone prints it and turns it into an exit status. The model and
 * the TUI say what happened; they do not print it nor choose the status. */
#ifndef MTCR_OUTCOME_H
#define MTCR_OUTCOME_H

#include <stdarg.h>
#include <stdbool.h>

enum outcome_kind {
	OUTCOME_OK,
	OUTCOME_FAILED, /* no memory, a failed write */
	OUTCOME_USAGE,  /* a word that names nothing, no usable terminal */
};

struct outcome {
	char note[512]; /* a warning said before anything else ("" for none) */
	char msg[2048]; /* why it failed, ready to show ("" for nothing to say: EPIPE) */
	int signal;     /* an interrupt that ended the run: the caller ends as it asks */
};

/* Sets out->msg from the format and returns kind. With escape, control characters in the
 * message (from the user's words or files) are written escaped, as the screen shows them. */
enum outcome_kind outcome_fail(struct outcome *out, enum outcome_kind kind, bool escape,
			       const char *fmt, ...) __attribute__((format(printf, 4, 5)));

/* The same with a va_list. */
enum outcome_kind outcome_vfail(struct outcome *out, enum outcome_kind kind, bool escape,
				const char *fmt, va_list ap) __attribute__((format(printf, 4, 0)));

#endif
