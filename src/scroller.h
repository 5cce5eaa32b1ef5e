/* One scrolled list of lines, as every screen of the browser has: a cursor, the first line
 * shown, how many lines there are and how many a page shows. The movement keys (j k, pages,
 * half pages, g G) mean the same on every screen and are read here, once. */
#ifndef MTCR_SCROLLER_H
#define MTCR_SCROLLER_H
#include <stdbool.h>
#include <stddef.h>

#include "actions.h"

struct scroller {
	size_t cursor, top, count, page;
};

/* The lines a movement key moves by on a list of count lines shown page at a time (first
 * and last: past either end); false when a is not a movement key. */
bool scroller_delta(enum action a, size_t page, size_t count, long *delta);
/* Puts the cursor on line (past the end: the last), and the top so that it is in sight. */
void scroller_set(struct scroller *s, size_t line);
/* Moves the cursor by delta lines, within the list, and the top so that it is in sight. */
void scroller_move(struct scroller *s, long delta);
/* Moves the top only (a list without a cursor: the help). */
void scroller_scroll(struct scroller *s, long delta);

#endif
