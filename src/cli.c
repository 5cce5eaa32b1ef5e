/* cli.c: what a run came to, said once and turned into mtcr's exit status (see cli.h). */
#include "cli.h"

#include <signal.h>
#include <stdio.h>

static const int status_of[] = {
	[OUTCOME_OK] = EXIT_OK,
	[OUTCOME_FAILED] = EXIT_DATA,
	[OUTCOME_USAGE] = EXIT_USAGE,
};

int cli_finish(enum outcome_kind kind, const struct outcome *out)
{
	if (out->note[0])
		fprintf(stderr, "mtcr: %s\n", out->note);
	if (out->msg[0])
		fprintf(stderr, "mtcr: %s\n", out->msg);
	if (out->signal) { /* said what happened; now end as the signal asks (status 128+sig) */
		fflush(stderr);
		signal(out->signal, SIG_DFL);
		raise(out->signal);
	}
	return status_of[kind];
}
