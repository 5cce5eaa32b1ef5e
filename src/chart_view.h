/* The timeline and the concern map as the browser shows them: a cursor on a year (and, on
 * the map, on a row), sideways and vertical scrolling that keep it in sight, the lines to
 * draw, where the cursor is on them, what the status line says and which meeting Enter
 * goes to. Pure, like the browser's state: the TUI only copies lines and highlights one
 * rectangle, and the unit tests drive it without a terminal. */
#ifndef MTCR_CHART_VIEW_H
#define MTCR_CHART_VIEW_H
#include <stdbool.h>
#include <stddef.h>

#include "chart.h"
#include "concern_map.h"
#include "dataset.h"
#include "years.h"


struct chart_view {
	enum chart_kind kind;
	const struct dataset *ds;
	struct years years;
	struct concern_map map; /* CHART_CONCERN_MAP only */
	bool ascii;
	int width;              /* columns of the window */
	size_t height;          /* lines of the window */
	size_t year;            /* cursor: year index */
	size_t row;             /* cursor: map row (concern_map.rows) */
	size_t from;            /* first year shown */
	size_t top;             /* first map row shown */
	struct chart chart;     /* the picture as drawn for drawn_from and drawn_width */
	size_t drawn_from;
	int drawn_width;
	bool drawn;
	char **shown;           /* the lines chart_view_lines returns (pointers into chart) */
};

/* Opens a picture of ds in a window of width x height. The concern map's rows are
 * concerns[0..n) (a Concerns view's rows, so its filter applies) or all when NULL. The
 * cursor starts on the latest year with a Plenary (the year most users look at first) and,
 * on the map, on the first concern. Returns false when memory runs out; cv must be closed
 * either way. */
bool chart_view_open(struct chart_view *cv, enum chart_kind kind, const struct dataset *ds,
		     const size_t *concerns, size_t n, int width, size_t height, bool ascii);
void chart_view_close(struct chart_view *cv);

/* The window changed size: the cursor stays on its year and row, scrolled into sight. */
void chart_view_resize(struct chart_view *cv, int width, size_t height);

/* Puts the cursor on the year meeting m began and, on the map, on concern c's row; either
 * may be DS_NONE (the cursor stays where it is on that axis). What the user had selected
 * in the panes is what the picture opens on. */
void chart_view_select(struct chart_view *cv, size_t m, size_t c);
/* Puts the cursor on year index `year` and map row `row`, clamped: a picture as it was. */
void chart_view_set(struct chart_view *cv, size_t year, size_t row);
/* The concern of the cursor's map row, or DS_NONE (the timeline, a heading). */
size_t chart_view_concern(const struct chart_view *cv);

/* Moves the cursor dx years and dy rows (rows: the map only; headings are skipped),
 * clamped to the picture. */
void chart_view_move(struct chart_view *cv, long dx, long dy);
/* Puts the cursor on the first or the last year. */
void chart_view_home(struct chart_view *cv, bool last);

/* The lines to show, from the top of the window: the picture's title and axes, then
 * (the map) the rows from `top` that fit, then the legend as far as it fits. NULL when
 * memory runs out. *n gets the number of lines. */
char *const *chart_view_lines(struct chart_view *cv, size_t *n);
/* Where the cursor is in those lines: from line *y0 to *y1 (exclusive), columns *x to
 * *x + *w. The timeline marks the year's whole band; the map one cell. */
void chart_view_cursor(struct chart_view *cv, size_t *y0, size_t *y1, int *x, int *w);

/* What the status line says of the cursor: the year's Partners and meetings, or the
 * cell's Plenary. Data text is not escaped: draw it through text.c. */
void chart_view_describe(const struct chart_view *cv, char *buf, size_t n);
/* The meeting Enter goes to: the cursor year's first Plenary (or, without one, first
 * meeting); on the map the first Plenary of the cell. DS_NONE: nothing to go to. */
size_t chart_view_target(const struct chart_view *cv);

#endif
