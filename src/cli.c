/* cli.c: what a run came to, said once and turned into mtcr's exit status, and the signal
 * policy around an export (see cli.h). */
#include "cli.h"

#include <signal.h>
#include <stdio.h>

#include "export.h"

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

/* The export guard. While an export runs, the interrupts set a flag without SA_RESTART: a
 * blocked open, write or fsync returns, and the export gives up, removing its temporary
 * file. (Holding them instead left a blocked export to SIGKILL alone.) A file size limit
 * (ulimit -f) fails the write like a full disk instead of killing the process mid-write.
 * One export runs at a time, so what begin saved can live here. */
static const int interrupts[] = {SIGINT, SIGTERM, SIGHUP, SIGQUIT};
enum { NINTERRUPTS = sizeof interrupts / sizeof *interrupts };
static struct sigaction saved[NINTERRUPTS], saved_xfsz;
static sigset_t saved_mask;

static void on_interrupt(int sig)
{
	if (!export_interrupt)
		export_interrupt = sig;
}

static void guard_begin(void)
{
	struct sigaction on = {.sa_handler = on_interrupt}, ignore = {.sa_handler = SIG_IGN};
	sigemptyset(&on.sa_mask);
	for (int i = 0; i < NINTERRUPTS; i++) {
		sigaction(interrupts[i], &on, &saved[i]);
		if (saved[i].sa_handler == SIG_IGN) /* nohup's SIGHUP stays ignored */
			sigaction(interrupts[i], &saved[i], NULL);
	}
	sigaction(SIGXFSZ, &ignore, &saved_xfsz);
}

static void guard_hold(void)
{
	sigset_t hold;
	sigemptyset(&hold);
	for (int i = 0; i < NINTERRUPTS; i++)
		sigaddset(&hold, interrupts[i]);
	sigprocmask(SIG_BLOCK, &hold, &saved_mask);
}

static void guard_release(void)
{
	sigprocmask(SIG_SETMASK, &saved_mask, NULL);
}

/* A handler of the caller's (the browser's) hears of an interrupt now; a default action
 * waits for the caller to report the export first (cli_finish raises it). */
static void guard_end(void)
{
	sigaction(SIGXFSZ, &saved_xfsz, NULL);
	for (int i = 0; i < NINTERRUPTS; i++)
		sigaction(interrupts[i], &saved[i], NULL);
	for (int i = 0; i < NINTERRUPTS; i++)
		if (export_interrupt == interrupts[i] && saved[i].sa_handler != SIG_DFL &&
		    saved[i].sa_handler != SIG_IGN)
			raise(export_interrupt);
}

static const struct export_guard guard = {guard_begin, guard_hold, guard_release, guard_end};

void cli_guard_exports(void)
{
	export_set_guard(&guard);
}
