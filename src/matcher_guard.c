/* The guard around a scan (see matcher_guard_begin): a clock checked every few calls, the
 * caller's poll for keys and signals, and long regex matches run in a child process that
 * can be killed, since a regexec call cannot be interrupted. Used by the browser; the
 * command line's --filter has no guard (^C ends the process there). */
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "matcher.h"
#include "matcher_internal.h"

enum {
	CHECK_EVERY = 64,  /* matcher_find calls between looks at the clock */
	POLL_MS = 5,       /* how often poll runs */
	LONG_TEXT = 1024,  /* a regex on a longer text runs in a child (a shorter one takes
			      some ms at worst: glibc is quadratic in the text) */
};

static struct {
	bool active;
	bool held;
	enum matcher_stop stop;
	matcher_poll_fn poll;
	void *ctx;
	double start, last_poll, budget;
	unsigned calls;
} guard;

static double now(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

void matcher_guard_begin(matcher_poll_fn poll, void *ctx, double budget)
{
	double t = now();
	guard.active = true;
	guard.held = false;
	guard.stop = MATCHER_DONE;
	guard.poll = poll;
	guard.ctx = ctx;
	guard.start = guard.last_poll = t;
	guard.budget = budget;
	guard.calls = 0;
}

enum matcher_stop matcher_guard_state(void)
{
	return guard.active ? guard.stop : MATCHER_DONE;
}

void matcher_guard_hold(bool hold)
{
	guard.held = hold;
}

enum matcher_stop matcher_guard_end(void)
{
	enum matcher_stop s = guard.stop;
	guard.active = false;
	guard.stop = MATCHER_DONE;
	return s;
}

/* Looks at the clock, the budget and the poll; true when the scan is to stop. */
static bool check(void)
{
	double t = now();
	if (t - guard.start > guard.budget)
		guard.stop = MATCHER_TIMEOUT;
	else if (t - guard.last_poll >= POLL_MS / 1000.0) {
		guard.last_poll = t;
		if (guard.poll && guard.poll(guard.ctx))
			guard.stop = MATCHER_CANCELLED;
	}
	return guard.stop != MATCHER_DONE;
}

bool matcher_guard_stopped(bool costly)
{
	if (!guard.active || guard.held)
		return false;
	if (guard.stop != MATCHER_DONE)
		return true;
	return (costly || ++guard.calls % CHECK_EVERY == 0) && check();
}

struct result {
	int r;
	regoff_t so, eo;
};

/* regexec in a child, waited for with the guard's checks; -1 when it cannot start. */
static int in_child(const regex_t *re, const char *text, regmatch_t *rm)
{
	int fds[2];
	if (pipe(fds) != 0)
		return -1;
	pid_t pid = fork();
	if (pid < 0) {
		close(fds[0]);
		close(fds[1]);
		return -1;
	}
	if (pid == 0) {
		close(fds[0]);
		struct result res = {regexec(re, text, 1, rm, 0), 0, 0};
		res.so = rm->rm_so;
		res.eo = rm->rm_eo;
		ssize_t w = write(fds[1], &res, sizeof res);
		_exit(w == (ssize_t)sizeof res ? 0 : 1);
	}
	close(fds[1]);
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
