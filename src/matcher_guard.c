/* The guard around a scan (see matcher_guard_begin): a clock checked every few calls, the
 * caller's poll for keys and signals, and long regex matches run in a child process that
 * can be killed, since a regexec call cannot be interrupted. Used by the browser; the
 * command line's --filter runs its whole scan in one child instead (export_run.c).
 *
 * A filter over a large table runs on two threads (view.c), both matching under one guard:
 * the stop reason is atomic, each thread counts its own calls, and one thread at a time
 * polls (the browser's poll reads the terminal, which is not for two threads at once). */
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdatomic.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>
#if defined(__linux__)
#include <sys/prctl.h>
#endif

#include "matcher.h"
#include "matcher_internal.h"
#include "monotime.h"

enum {
	CHECK_EVERY = 64,  /* matcher_find calls between looks at the clock */
	POLL_MS = 5,       /* how often poll runs */
	LONG_TEXT = 1024,  /* a regex on a longer text runs in a child (a shorter one takes
			      some ms at worst: glibc is quadratic in the text) */
};

static struct {
	/* Set by begin, hold and end, on the thread that runs the scan while no other thread
	 * matches (a filter's second thread is started after them and joined before), and
	 * only read while the scan runs. */
	bool active;
	bool held;
	matcher_poll_fn poll;
	void *ctx;
	double start, budget;
	/* Shared by the threads of a scan. */
	atomic_int stop;      /* an enum matcher_stop; the first reason found stays */
	atomic_flag polling;  /* held by the thread that polls; last_poll is its own */
	double last_poll;
} guard = {.stop = MATCHER_DONE, .polling = ATOMIC_FLAG_INIT};

/* matcher_find calls on this thread since it last looked at the clock. */
static _Thread_local unsigned calls;

void matcher_guard_begin(matcher_poll_fn poll, void *ctx, double budget)
{
	double t = monotime();
	guard.active = true;
	guard.held = false;
	atomic_store(&guard.stop, MATCHER_DONE);
	atomic_flag_clear(&guard.polling);
	guard.poll = poll;
	guard.ctx = ctx;
	guard.start = guard.last_poll = t;
	guard.budget = budget;
	calls = 0;
}

enum matcher_stop matcher_guard_state(void)
{
	return guard.active ? (enum matcher_stop)atomic_load(&guard.stop) : MATCHER_DONE;
}

void matcher_guard_hold(bool hold)
{
	guard.held = hold;
}

enum matcher_stop matcher_guard_end(void)
{
	enum matcher_stop s = (enum matcher_stop)atomic_exchange(&guard.stop, MATCHER_DONE);
	guard.active = false;
	return s;
}

/* Says why the scan stops, unless a reason was found first (on the other thread). */
static void stop_for(enum matcher_stop why)
{
	int done = MATCHER_DONE;
	atomic_compare_exchange_strong(&guard.stop, &done, (int)why);
}

static bool stopping(void)
{
	return atomic_load_explicit(&guard.stop, memory_order_relaxed) != MATCHER_DONE;
}

/* Looks at the clock, the budget and (on one thread at a time) the poll; true when the
 * scan is to stop. A thread that finds the other polling goes on matching. */
static bool check(void)
{
	double t = monotime();
	if (t - guard.start > guard.budget) {
		stop_for(MATCHER_TIMEOUT);
	} else if (!atomic_flag_test_and_set_explicit(&guard.polling, memory_order_acquire)) {
		if (t - guard.last_poll >= POLL_MS / 1000.0) {
			guard.last_poll = t;
			if (guard.poll && guard.poll(guard.ctx))
				stop_for(MATCHER_CANCELLED);
		}
		atomic_flag_clear_explicit(&guard.polling, memory_order_release);
	}
	return stopping();
}

bool matcher_guard_stopped(bool costly)
{
	if (!guard.active || guard.held)
		return false;
	if (stopping())
		return true;
	return (costly || ++calls % CHECK_EVERY == 0) && check();
}

struct result {
	int r;
	regoff_t so, eo;
};

pid_t matcher_fork(int fds[2])
{
	if (pipe(fds) != 0)
		return -1;
	pid_t parent = getpid(), pid = fork();
	if (pid < 0) {
		close(fds[0]);
		close(fds[1]);
		return -1;
	}
	if (pid == 0) {
		close(fds[0]);
#if defined(__linux__)
		/* a parent ended by a signal (mtcr --filter and kill -INT) takes the child along */
		if (prctl(PR_SET_PDEATHSIG, SIGKILL) != 0 || getppid() != parent)
			_exit(1);
#else
		(void)parent;
#endif
		return 0;
	}
	close(fds[1]);
	return pid;
}

/* regexec in a child, waited for with the guard's checks; -1 when it cannot start. */
static int in_child(const regex_t *re, const char *text, regmatch_t *rm)
{
	int fds[2];
	pid_t pid = matcher_fork(fds);
	if (pid < 0)
		return -1;
	if (pid == 0) {
		struct result res = {regexec(re, text, 1, rm, 0), 0, 0};
		res.so = rm->rm_so;
		res.eo = rm->rm_eo;
		ssize_t w = write(fds[1], &res, sizeof res);
		_exit(w == (ssize_t)sizeof res ? 0 : 1);
	}
	struct result res = {REG_NOMATCH, 0, 0};
	struct pollfd p = {fds[0], POLLIN, 0};
	for (;;) {
		int n = poll(&p, 1, POLL_MS);
		if (n > 0) {
			if (read(fds[0], &res, sizeof res) != (ssize_t)sizeof res)
				res.r = REG_NOMATCH;
			break;
		}
		if ((n < 0 && errno != EINTR) || check()) {
			kill(pid, SIGKILL);
			res.r = REG_NOMATCH;
			break;
		}
	}
	close(fds[0]);
	while (waitpid(pid, NULL, 0) < 0 && errno == EINTR)
		;
	rm->rm_so = res.so;
	rm->rm_eo = res.eo;
	return res.r;
}

int matcher_guarded_regexec(const regex_t *re, const char *text, bool slow, regmatch_t *rm)
{
	if (slow && guard.active && !guard.held && strnlen(text, LONG_TEXT + 1) > LONG_TEXT) {
		int r = in_child(re, text, rm);
		if (r >= 0)
			return r;
	}
	return regexec(re, text, 1, rm, 0);
}
