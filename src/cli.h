/* cli.h: the command line layer (main.c, cli.c). It alone prints what a run came to,
 * chooses the exit status and ends on a signal; the model and the TUI return outcomes. */
#ifndef MTCR_CLI_H
#define MTCR_CLI_H

#include "outcome.h"

/* mtcr's exit statuses, the only place they are defined (man/mtcr.1, EXIT STATUS). A run
 * ended by an interrupt ends by that signal instead (status 128+N in the shell). */
enum exit_status {
	EXIT_OK = 0,
	EXIT_DATA = 1,  /* problems in the data, a failed write, no memory */
	EXIT_USAGE = 2, /* a bad option or word, no usable terminal */
};

/* Says out's note and message on stderr ("mtcr: ..."), ends by its signal if it has one,
 * and returns the exit status of kind. */
int cli_finish(enum outcome_kind kind, const struct outcome *out);

/* Puts mtcr's signal policy around every export from now on, --export's and the
 * browser's: SIGINT, SIGTERM, SIGHUP and SIGQUIT end an export and leave the old file (a
 * handler the caller had hears of it afterwards), SIGXFSZ fails the write. */
void cli_guard_exports(void);

#endif
