/* The matcher behind search (/) and filter (&, --filter): smart case (case-insensitive
 * unless the pattern has a capital), POSIX extended regex, and literal text when the pattern
 * does not compile as one. */
#ifndef MTCR_MATCHER_H
#define MTCR_MATCHER_H
#include <regex.h>
#include <sys/types.h>
#include <stdbool.h>
#include <stddef.h>

struct matcher {
	char *pattern;    /* as typed, a column scope ("city:seoul") included */
	const char *needle; /* what is matched: the pattern after its scope */
	size_t plen;      /* strlen(needle) */
	int col;          /* the file column a scoped pattern looks in; -1: every column */
	bool names;       /* may match a linked record's name (the view looks only then);
			   * true unless the view found that no name matches */
	bool rpoc;        /* may match the "RPOC" a meeting without a number shows; true
			   * unless the view found that it does not */
	bool icase;       /* no capital letter in the pattern */
	bool literal;     /* the pattern did not compile as a regex: matched as plain text */
	bool fast;        /* plain ASCII text: matched without regex, for speed */
	bool compiled;    /* re holds a compiled regex */
	regex_t re;
};

/* Prepares a matcher for pattern (copied). Returns false only when memory runs out. */
bool matcher_init(struct matcher *m, const char *pattern);
/* Like matcher_init, for a pattern whose first `skip` bytes name file column col
 * ("city:"): only the rest is matched, and the view looks in that column only. */
bool matcher_init_scoped(struct matcher *m, const char *pattern, size_t skip, int col);
void matcher_free(struct matcher *m);

/* Finds the first match in text; sets its byte offset and length when found. An empty
 * pattern matches everything with an empty match at 0. */
bool matcher_find(const struct matcher *m, const char *text, size_t *off, size_t *len);

/* For a plain ASCII matcher (m->fast): the first match in s[0..n), a run of fields with
 * NULs between them (a row's text, or the part of it before its last field). A match never
 * spans a NUL, as the pattern has none. Returns its offset, or n when there is none. One
 * pass over a row is much cheaper than a call per field. */
size_t matcher_find_in(const struct matcher *m, const char *s, size_t n);
/* For a plain ASCII matcher: whether the pattern starts at t (read no further than its
 * first NUL, which the pattern does not match). */
bool matcher_at(const struct matcher *m, const char *t);

/* A way out of slow matching. A regex can take minutes on one long field (glibc tries every
 * start: /(x+x+)+y on 10^5 x's is a minute), or on many short ones. Between begin and end
 * (the browser's handling of one key, or one redraw), matcher_find calls poll every few
 * milliseconds (it returns true to stop: the user typed Esc or Ctrl-C, or a signal came)
 * and stops once budget seconds have passed; a regex on a long text runs in a child
 * process, which is killed when it stops. Once stopped, matcher_find finds nothing until
 * matcher_guard_end, so every scan left ends at once; matcher_guard_state tells a caller
 * that its scan was cut short, to put back what it had. Guards do not nest; poll may be
 * NULL. matcher_guard_hold(true) lets matching run unguarded (putting back a filter that
 * was complete before) until matcher_guard_hold(false). */
enum matcher_stop { MATCHER_DONE, MATCHER_CANCELLED, MATCHER_TIMEOUT };
typedef bool (*matcher_poll_fn)(void *ctx);
void matcher_guard_begin(matcher_poll_fn poll, void *ctx, double budget);
enum matcher_stop matcher_guard_state(void);
void matcher_guard_hold(bool hold);
enum matcher_stop matcher_guard_end(void);

/* A child process to match in, that a kill can stop where regexec cannot be interrupted:
 * in the child returns 0 (it writes its answer to fds[1] and _exits), in the parent the
 * child's pid (it reads fds[0]), or -1 when there is no pipe or process to be had. The
 * child dies with its parent, so a parent killed by a signal leaves none behind. */
pid_t matcher_fork(int fds[2]);

#endif
