/* What matcher.c takes from matcher_guard.c. */
#ifndef MTCR_MATCHER_INTERNAL_H
#define MTCR_MATCHER_INTERNAL_H
#include <regex.h>
#include <stdbool.h>

/* True when a guarded scan is to stop. Looks at the clock every CHECK_EVERY calls, or at
 * every costly one (a regex: one call can take milliseconds). */
bool matcher_guard_stopped(bool costly);
/* regexec with one match, run where a guard can stop it when the text is long. */
int matcher_guarded_regexec(const regex_t *re, const char *text, regmatch_t *rm);

#endif
