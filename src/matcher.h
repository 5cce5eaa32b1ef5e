/* The matcher behind search (/) and filter (&, --filter): smart case (case-insensitive
 * unless the pattern has a capital), POSIX extended regex, and literal text when the pattern
 * does not compile as one. */
#ifndef MTCR_MATCHER_H
#define MTCR_MATCHER_H
#include <regex.h>
#include <stdbool.h>
#include <stddef.h>

struct matcher {
	char *pattern;
	size_t plen;      /* strlen(pattern) */
	bool icase;       /* no capital letter in the pattern */
	bool literal;     /* the pattern did not compile as a regex: matched as plain text */
	bool fast;        /* plain ASCII text: matched without regex, for speed */
	bool compiled;    /* re holds a compiled regex */
	regex_t re;
};

/* Prepares a matcher for pattern (copied). Returns false only when memory runs out. */
bool matcher_init(struct matcher *m, const char *pattern);
void matcher_free(struct matcher *m);

/* Finds the first match in text; sets its byte offset and length when found. An empty
 * pattern matches everything with an empty match at 0. */
bool matcher_find(const struct matcher *m, const char *text, size_t *off, size_t *len);

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

#endif
