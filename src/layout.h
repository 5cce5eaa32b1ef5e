/* Where things go on a screen of a given size: the three panes (side by side when wide,
 * stacked when narrow, always in the same order), the detail area, the overlays and the
 * status line; and how a pane's columns share its width. Pure arithmetic, unit-tested. */
#ifndef MTCR_LAYOUT_H
#define MTCR_LAYOUT_H
#include <stdbool.h>

enum {
	LAYOUT_MIN_COLS = 40,   /* below either, the "terminal too small" screen */
	LAYOUT_MIN_LINES = 14,
	LAYOUT_WIDE_COLS = 110, /* from here the panes stand side by side */
	PANES = 3,              /* the list panes: Meetings, Members, Concerns */
};

struct rect {
	int y, x, h, w;
};

struct layout {
	int lines, cols;
	bool too_small;
	bool wide;
	struct rect pane[PANES]; /* title, column header, rows */
	bool sep[PANES];         /* the pane's last column is a separator */
	struct rect detail;             /* title, then the record under the cursor */
	struct rect overlay;            /* record view and help: all but the status line */
	struct rect status;
};

/* want: the columns each pane would like side by side (NULL: equal shares); the width is
 * shared in proportion to it. */
void layout_compute(struct layout *l, int lines, int cols, const int want[PANES]);

/* After layout_compute: zoom >= 0 gives that pane all the screen but the status line;
 * otherwise, without the detail area, the panes take its lines too. */
void layout_adjust(struct layout *l, int zoom, bool detail);

/* Rows of records a pane of that rectangle shows (its title and header take two lines). */
int layout_rows(const struct rect *r);

/* Shares avail columns among n columns separated by one blank: each gets its natural
 * width when all fit; otherwise flexible columns shrink first, then the others, down to
 * their minimum, and columns that still do not fit are dropped from the right (width 0). */
void layout_columns(const int natural[], const int minimum[], const bool flexible[], int n,
		    int avail, int out[]);

#endif
