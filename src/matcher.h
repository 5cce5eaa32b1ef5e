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

#endif
