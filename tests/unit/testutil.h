/* Helpers for the unit tests: fixture data directories and looking through problems. */
#ifndef MTCR_TESTUTIL_H
#define MTCR_TESTUTIL_H
#include <stdbool.h>

#include "diag.h"

/* A temporary copy of tests/data/good with one file replaced by tests/data/bad/<bad>; the
 * file it replaces is named by the part of <bad> before the first '-'. bad may be NULL. */
char *fixture_dir(const char *bad);
void fixture_remove(char *dir);
/* Replaces the first `from` in dir/name with `to`; aborts when it is not there. */
void fixture_edit(const char *dir, const char *name, const char *from, const char *to);

/* True when a problem on file <name>, line `line`, contains `text`. */
bool has_problem(const struct diags *d, const char *name, unsigned long line, const char *text);

/* All problems as one string, for assertion messages. Static buffer. */
const char *problems_text(const struct diags *d);

#endif
