/* How things look: the styles of the screen (with and without colour) and drawing text
 * into a window through text.c, so that widths, escapes and cuts are the ones measured. */
#ifndef MTCR_DRAW_H
#define MTCR_DRAW_H
#include <curses.h>
#include <stdbool.h>
#include <stddef.h>

#include "matcher.h"

enum style {
	ST_NORMAL,
	ST_TITLE,        /* an unfocused pane's title */
	ST_TITLE_FOCUS,  /* the focused pane's title: reverse video, so it shows without colour */
	ST_HEADER,       /* column names */
	ST_CURSOR,       /* the selected row of the focused pane */
	ST_CURSOR_DIM,   /* the selected row of another pane */
	ST_RELATED,      /* a row linked to the focused selection */
	ST_NEW,          /* a member new at the selected meeting, or the meeting it joined at */
	ST_MATCH,        /* a search match */
	ST_ESCAPE,       /* a control character drawn escaped */
	ST_STATUS,
	ST_ERROR,
	ST_LABEL,        /* field names in the record view, keys in the help */
	ST_HEADING,
	ST_SEP,
	ST_COUNT
};

/* Sets up the styles; colour pairs on the default background when color is true. */
void draw_init_styles(bool color);
attr_t draw_attr(enum style s);

/* Draws s[0..n) at (y, x) within w columns: control characters escaped in ST_ESCAPE,
 * matches of m (NULL: none) in ST_MATCH, cut with an ellipsis when too long, and padded
 * with blanks in base when pad is set. Returns the columns drawn. */
int draw_text(WINDOW *win, int y, int x, int w, const char *s, size_t n, attr_t base,
	      const struct matcher *m, bool pad);

/* Fills w columns at (y, x) with blanks in attr. */
void draw_blank(WINDOW *win, int y, int x, int w, attr_t attr);

/* Combines a row's attributes with a style drawn over them: the style's colour wins. */
attr_t draw_over(attr_t base, enum style s);

#endif
