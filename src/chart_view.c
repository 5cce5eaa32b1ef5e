/* Browsing a picture: the cursor, the scrolling, and the window of lines the TUI copies.
 * The picture is drawn again only when the first year shown or the width changes; moving
 * the cursor within the screen only moves the highlighted rectangle. */
#include "chart_view.h"

#include <stdlib.h>

#include "timeline.h"

static bool is_map(const struct chart_view *cv)
{
	return cv->kind == CHART_CONCERN_MAP;
}

static bool is_heading(const struct chart_view *cv, size_t row)
{
	return row < cv->map.n && cv->map.rows[row].concern == DS_NONE;
}

/* The nearest concern row from `row` on in direction dir (+1 or -1), or DS_NONE. */
static size_t concern_row(const struct chart_view *cv, size_t row, int dir)
{
	while (row < cv->map.n && is_heading(cv, row))
		row = dir > 0 ? row + 1 : row == 0 ? DS_NONE : row - 1;
	return row < cv->map.n ? row : DS_NONE;
}

/* Lines above the map's rows (title, blank, year axis); fixed by the drawing. */
static size_t head_lines(struct chart_view *cv)
{
	chart_view_lines(cv, &(size_t){0});
	return cv->chart.head;
}

static size_t body_rows(struct chart_view *cv)
{
	size_t head = head_lines(cv);
	return cv->height > head ? cv->height - head : 1;
}

/* Scrolls so that the cursor is in sight: sideways for the year, down for the row. */
static void follow(struct chart_view *cv)
{
	if (cv->years.n == 0)
		return;
	cv->from = is_map(cv) ? concern_map_scroll(&cv->map, cv->width, cv->from, cv->year)
			      : timeline_scroll(&cv->years, cv->width, cv->from, cv->year);
	if (!is_map(cv))
		return;
	size_t rows = body_rows(cv);
	if (cv->row < cv->top) /* going up: show the heading over the cursor's group too */
		cv->top = rows > 1 && cv->row > 0 && is_heading(cv, cv->row - 1) ? cv->row - 1
										  : cv->row;
	else if (cv->row >= cv->top + rows)
		cv->top = cv->row - rows + 1;
	size_t max_top = cv->map.n > rows ? cv->map.n - rows : 0;
	if (cv->top > max_top)
		cv->top = max_top;
}

bool chart_view_open(struct chart_view *cv, enum chart_kind kind, const struct dataset *ds,
		     const size_t *concerns, size_t n, int width, size_t height, bool ascii)
{
	*cv = (struct chart_view){.kind = kind, .ds = ds, .ascii = ascii, .width = width,
				  .height = height};
	if (!years_build(&cv->years, ds))
		return false;
	if (kind == CHART_CONCERN_MAP &&
	    !concern_map_build(&cv->map, ds, &cv->years, concerns, n))
		return false;
	cv->year = cv->years.n ? cv->years.n - 1 : 0;
	while (cv->year > 0 && cv->years.v[cv->year].plenaries.n == 0)
		cv->year--;
	size_t first = concern_row(cv, 0, 1);
	cv->row = first == DS_NONE ? 0 : first;
	follow(cv);
	return !cv->chart.failed;
}

void chart_view_select(struct chart_view *cv, size_t m, size_t c)
{
	if (m != DS_NONE && !pdate_empty(&dataset_meeting_at(cv->ds, m)->start)) {
		size_t y = years_find(&cv->years, dataset_meeting_at(cv->ds, m)->start.year);
		if (y != DS_NONE)
			cv->year = y;
	}
	for (size_t r = 0; is_map(cv) && c != DS_NONE && r < cv->map.n; r++)
		if (cv->map.rows[r].concern == c)
			cv->row = r;
	follow(cv);
}

void chart_view_set(struct chart_view *cv, size_t year, size_t row)
{
	cv->year = year < cv->years.n ? year : cv->year;
	cv->row = row < cv->map.n && !is_heading(cv, row) ? row : cv->row;
	follow(cv);
}

size_t chart_view_concern(const struct chart_view *cv)
{
	return is_map(cv) && cv->row < cv->map.n ? cv->map.rows[cv->row].concern : DS_NONE;
}

void chart_view_close(struct chart_view *cv)
{
	chart_free(&cv->chart);
	free(cv->shown);
	concern_map_free(&cv->map);
	years_free(&cv->years);
	*cv = (struct chart_view){0};
}

void chart_view_resize(struct chart_view *cv, int width, size_t height)
{
	cv->width = width;
	cv->height = height;
	follow(cv);
}

void chart_view_move(struct chart_view *cv, long dx, long dy)
{
	long y = (long)cv->year + dx, last = (long)cv->years.n - 1;
	cv->year = y < 0 || last < 0 ? 0 : y > last ? (size_t)last : (size_t)y;
	if (is_map(cv) && dy != 0 && cv->map.n > 0) {
		long r = (long)cv->row + dy, max = (long)cv->map.n - 1;
		size_t to = r < 0 ? 0 : r > max ? (size_t)max : (size_t)r;
		size_t row = concern_row(cv, to, dy > 0 ? 1 : -1);
		if (row == DS_NONE) /* only headings that way: the nearest concern back */
			row = concern_row(cv, to, dy > 0 ? -1 : 1);
		if (row != DS_NONE)
			cv->row = row;
	}
	follow(cv);
}

void chart_view_home(struct chart_view *cv, bool last)
{
	chart_view_move(cv, last ? (long)cv->years.n : -(long)cv->years.n - 1, 0);
}

static bool draw(struct chart_view *cv)
{
	if (cv->drawn && cv->drawn_from == cv->from && cv->drawn_width == cv->width)
		return !cv->chart.failed;
	chart_free(&cv->chart);
	free(cv->shown);
	cv->shown = NULL;
	bool ok = is_map(cv) ? concern_map_draw_from(&cv->chart, &cv->map, cv->from, cv->width,
						     cv->ascii)
			     : timeline_draw_from(&cv->chart, cv->ds, &cv->years, cv->from,
						  cv->width, cv->ascii);
	cv->shown = malloc((cv->chart.n ? cv->chart.n : 1) * sizeof *cv->shown);
	cv->drawn = true;
	cv->drawn_from = cv->from;
	cv->drawn_width = cv->width;
	if (!ok || !cv->shown)
		cv->chart.failed = true;
	return !cv->chart.failed;
}

char *const *chart_view_lines(struct chart_view *cv, size_t *n)
{
	*n = 0;
	if (!draw(cv))
		return NULL;
	const struct chart *c = &cv->chart;
	size_t k = 0;
	for (size_t i = 0; i < c->n && k < cv->height; i++) {
		bool body = i >= c->head && i < c->head + c->body;
		if (is_map(cv) && body && i - c->head < cv->top)
			continue; /* map rows above the screen */
		cv->shown[k++] = c->lines[i];
	}
	*n = k;
	return cv->shown;
}

void chart_view_cursor(struct chart_view *cv, size_t *y0, size_t *y1, int *x, int *w)
{
	*y0 = *y1 = 0;
	*x = -1;
	*w = 0;
	if (!draw(cv) || cv->years.n == 0)
		return;
	if (is_map(cv)) {
		*y0 = cv->chart.head + (cv->row - cv->top);
		*y1 = *y0 + 1;
		*x = concern_map_column(&cv->map, cv->from, cv->year, cv->width);
		*w = 1;
	} else {
		*y0 = cv->chart.head;
		*y1 = cv->chart.head + cv->chart.body;
		*x = timeline_column(&cv->years, cv->from, cv->year, cv->width);
		*w = TIMELINE_CELL - 1;
	}
	if (*y1 > cv->height)
		*y1 = cv->height;
}

void chart_view_describe(const struct chart_view *cv, char *buf, size_t n)
{
	if (is_map(cv))
		concern_map_describe(&cv->map, cv->row, cv->year, buf, n);
	else
		timeline_describe(cv->ds, &cv->years, cv->year, buf, n);
}

size_t chart_view_target(const struct chart_view *cv)
{
	if (!is_map(cv))
		return timeline_meeting(&cv->years, cv->year);
	struct idxlist cell = {0};
	size_t m = DS_NONE;
	if (concern_map_cell(&cv->map, cv->row, cv->year, &cell) && cell.n > 0)
		m = cell.v[0];
	idxlist_free(&cell);
	return m;
}
