/* What matcher.c takes from matcher_guard.c. */
#ifndef MTCR_MATCHER_INTERNAL_H
#define MTCR_MATCHER_INTERNAL_H
#include <regex.h>
#include <stdbool.h>

/* True when a guarded scan is to stop. Looks at the clock every CHECK_EVERY calls, or at
 * every costly one (a regex: one call can take milliseconds). */
bool matcher_guard_stopped(bool costly);
/* regexec with one match, run where a guard can stop it when the text is long and the
 * pattern a real regex (slow is false for escaped plain text, which glibc matches in one
 * pass: a fork per field would only cost). */
int matcher_guarded_regexec(const regex_t *re, const char *text, bool slow, regmatch_t *rm);

#endif
