/* A browser on the good fixture, driven by actions with no terminal: the fixture and the
 * helpers shared by the browser's unit tests. The globals are the tests' whole world. */
#ifndef MTCR_BROWSERTEST_H
#define MTCR_BROWSERTEST_H
#include "browser.h"

extern struct dataset ds;
extern struct browser b;

/* Loads tests/data/good into ds and opens b on it with a detail area of detail_height
 * lines and three list panes of three rows, 80 columns wide. */
void browsertest_setup(size_t detail_height);
void browsertest_teardown(void);

void act(enum action a);            /* one action; the browser must not fail */
void type(const char *s);           /* text typed at a prompt, a character at a time */
const char *status(void);           /* the status line */
const char *current(enum table_id p); /* id or code under pane p's cursor, or "(none)" */

#endif
