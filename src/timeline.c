/* Drawing the timeline. A year is a cell TIMELINE_CELL columns wide at the same place on
 * every line of a band, so the bar, the year, the new Partners and the Plenaries of a year
 * read down one column. */
#include "timeline.h"

#include <stdio.h>
#include <string.h>

#include "dataset_struct.h"
#include "record.h"

/* MAX_SLOTS: Plenaries listed under a year; a record with more shows how many more. */
enum { MAX_ROWS = 8, MIN_MARGIN = 4, MAX_SLOTS = 3 };

/* The vertical scale: rows of `step` Partners each, the step a round number (1, 2, 5, 10,
 * 20, ...) so that the axis reads easily, and at most MAX_ROWS rows. */
struct layout {
	size_t step;
	int rows;
	int margin; /* columns before the first year: the axis labels */
	const struct chart_glyphs *g;
};

static int digits(size_t v)
{
	int d = 1;
	while (v >= 10) {
		v /= 10;
		d++;
	}
	return d;
}

/* The smallest round step that draws max Partners in at most MAX_ROWS rows. */
static size_t step_for(size_t max)
{
	static const size_t mult[] = {1, 2, 5};
	for (size_t base = 1;; base *= 10)
		for (size_t k = 0; k < 3; k++)
			if ((max + base * mult[k] - 1) / (base * mult[k]) <= MAX_ROWS)
				return base * mult[k];
}

static struct layout layout_of(const struct years *y, bool ascii)
{
	struct layout L = {.step = step_for(y->max_partners), .g = chart_glyphs(ascii)};
	L.rows = (int)((y->max_partners + L.step - 1) / L.step);
	if (L.rows < 1)
		L.rows = 1;
	L.margin = digits(L.step * (size_t)L.rows) + 1;
	if (L.margin < MIN_MARGIN)
		L.margin = MIN_MARGIN;
	return L;
}

static size_t fit(const struct layout *L, int width)
{
	int n = (width - L->margin) / TIMELINE_CELL;
	return n > 0 ? (size_t)n : 1;
}

static int column(const struct layout *L, size_t from, size_t i)
{
	return L->margin + (int)(i - from) * TIMELINE_CELL;
}

/* How much of bar row r (0 at the bottom) `count` Partners fill, in eighths. A row only
 * partly filled never shows as empty or full, so no Partner disappears in the rounding. */
static int eighths(const struct layout *L, size_t count, int r)
{
	size_t lo = (size_t)r * L->step;
	if (count >= lo + L->step)
		return 8;
	if (count <= lo)
		return 0;
	size_t e = (16 * (count - lo) + L->step) / (2 * L->step);
	return e < 1 ? 1 : e > 7 ? 7 : (int)e;
}

/* The row just above the top of a bar, where the new total is written. */
static int label_row(const struct layout *L, size_t count)
{
	return (int)((count + L->step - 1) / L->step);
}

/* A number right-aligned in a year's three columns. One too wide for them shows as an
 * ellipsis rather than running into the next year (the status line has it whole). */
static void number_cell(struct chart_line *l, const struct layout *L, const char *prefix,
			size_t v)
{
	char buf[32];
	int n = snprintf(buf, sizeof buf, "%s%zu", prefix, v);
	if (n < 0 || n > TIMELINE_CELL - 1) {
		chart_line_put(l, "  ", 2);
		chart_line_put(l, L->g->ellipsis, 1);
	} else {
		chart_line_printf(l, "%3s", buf);
	}
}

static void bar_cell(struct chart_line *l, const struct layout *L, const struct year *yr, int r)
{
	if (yr->joined.n > 0 && label_row(L, yr->partners) == r) {
		number_cell(l, L, "", yr->partners);
		return;
	}
	const char *glyph = L->g->bar[eighths(L, yr->partners, r)];
	for (int k = 0; k < TIMELINE_CELL - 1; k++)
		chart_line_put(l, glyph, 1);
}

/* Bar row r, or the row above the highest possible bar when r == L->rows. */
static void bar_row(struct chart *c, const struct layout *L, const struct years *y, size_t from,
		    size_t to, int r)
{
	struct chart_line l = {0};
	if (r < L->rows) {
		chart_line_printf(&l, "%*zu", L->margin - 1, (size_t)(r + 1) * L->step);
		chart_line_put(&l, L->g->ytick, 1);
	} else {
		chart_line_pad(&l, L->margin - 1);
		chart_line_put(&l, L->g->yaxis, 1);
	}
	for (size_t i = from; i < to; i++) {
		chart_line_pad(&l, column(L, from, i));
		bar_cell(&l, L, &y->v[i], r);
	}
	chart_add(c, &l);
}

static void axis(struct chart *c, const struct layout *L, size_t from, size_t to)
{
	struct chart_line l = {0};
	chart_line_pad(&l, L->margin - 1);
	chart_line_put(&l, L->g->corner, 1);
	for (size_t i = from; i < to; i++)
		for (int k = 0; k < TIMELINE_CELL; k++)
			chart_line_put(&l, L->g->xaxis, 1);
	chart_add(c, &l);
}

/* Years as '87: four digits would fill the cell and run into the next year. */
static void year_row(struct chart *c, const struct layout *L, const struct years *y,
		     size_t from, size_t to)
{
	struct chart_line l = {0};
	for (size_t i = from; i < to; i++) {
		chart_line_pad(&l, column(L, from, i));
		chart_line_printf(&l, "'%02d", y->v[i].year % 100);
	}
	chart_add(c, &l);
}

static void joined_row(struct chart *c, const struct layout *L, const struct years *y,
		       size_t from, size_t to)
{
	struct chart_line l = {0};
	chart_line_put(&l, "new", 3);
	for (size_t i = from; i < to; i++) {
		chart_line_pad(&l, column(L, from, i));
		if (y->v[i].joined.n > 0)
			number_cell(&l, L, "+", y->v[i].joined.n);
	}
	chart_add(c, &l);
}

/* The k-th Plenary of each year: its number on one line, its host under it. */
static void plenary_rows(struct chart *c, const struct dataset *ds, const struct layout *L,
			 const struct years *y, size_t from, size_t to, size_t k)
{
	struct chart_line num = {0}, host = {0};
	if (k == 0) {
		chart_line_put(&num, "No.", 3);
		chart_line_put(&host, "in", 2);
	}
	for (size_t i = from; i < to; i++) {
		int x = column(L, from, i);
		size_t m = years_plenary(y, i, k);
		chart_line_pad(&num, x);
		chart_line_pad(&host, x);
		if (m == DS_NONE) {
			if (k == 0) {
				chart_line_pad(&num, x + 1);
				chart_line_put(&num, L->g->none, 1);
			}
			continue;
		}
		if (ds->meetings[m].number > 0)
			number_cell(&num, L, "", (size_t)ds->meetings[m].number);
		else
			chart_line_put(&num, "  ?", 3);
		if (ds->meetings[m].host != DS_NONE)
			chart_line_text(&host, member_field(ds, ds->meetings[m].host, MB_CODE),
					TIMELINE_CELL - 1, L->g);
	}
	chart_add(c, &num);
	chart_add(c, &host);
}

static bool band_has_plenary(const struct years *y, size_t from, size_t to, size_t k)
{
	for (size_t i = from; i < to; i++)
		if (years_plenary(y, i, k) != DS_NONE)
			return true;
	return false;
}

/* Under the listed Plenaries: how many more a year held. */
static void more_row(struct chart *c, const struct layout *L, const struct years *y, size_t from,
		     size_t to)
{
	struct chart_line l = {0};
	for (size_t i = from; i < to; i++) {
		chart_line_pad(&l, column(L, from, i));
		if (y->v[i].plenaries.n > MAX_SLOTS)
			number_cell(&l, L, "+", y->v[i].plenaries.n - MAX_SLOTS);
	}
	chart_add(c, &l);
}

static void range(char *buf, size_t n, const struct chart_glyphs *g, int a, int b)
{
	if (a == b)
		snprintf(buf, n, "%d", a);
	else
		snprintf(buf, n, "%d%s%d", a, g->dash, b);
}

static void band(struct chart *c, const struct dataset *ds, const struct layout *L,
		 const struct years *y, size_t from, size_t to)
{
	char buf[64];
	struct chart_line l = {0};
	range(buf, sizeof buf, L->g, y->v[from].year, y->v[to - 1].year);
	chart_line_pad(&l, L->margin);
	chart_line_put(&l, buf, 0);
	chart_add(c, &l);
	for (int r = L->rows; r >= 0; r--)
		bar_row(c, L, y, from, to, r);
	axis(c, L, from, to);
	year_row(c, L, y, from, to);
	joined_row(c, L, y, from, to);
	/* A second Plenary in a year gets a second pair of lines, in the bands that have one. */
	plenary_rows(c, ds, L, y, from, to, 0);
	for (size_t k = 1; k < y->max_plenaries && k < MAX_SLOTS; k++)
		if (band_has_plenary(y, from, to, k))
			plenary_rows(c, ds, L, y, from, to, k);
	if (band_has_plenary(y, from, to, MAX_SLOTS))
		more_row(c, L, y, from, to);
}

static void title(struct chart *c, const struct layout *L, const struct years *y, int width)
{
	char buf[128], span[64];
	range(span, sizeof span, L->g, y->v[0].year, y->v[y->n - 1].year);
	snprintf(buf, sizeof buf, "MTCR Partners and Plenaries, %s", span);
	chart_add_wrapped(c, buf, width);
}

static void legend(struct chart *c, const struct layout *L, const struct years *y, int width)
{
	char buf[512];
	snprintf(buf, sizeof buf,
		 "Bars: Partners at the end of each year, one row = %zu; over a bar, the new "
		 "total when Partners joined (new: how many). No.: each Plenary's number, in: its "
		 "host; %s: no Plenary that year.%s",
		 L->step, L->g->none,
		 y->max_plenaries > MAX_SLOTS ? " +N below the hosts: N more Plenaries." : "");
	chart_add_text(c, "");
	chart_add_wrapped(c, buf, width);
}

static bool empty(struct chart *c)
{
	chart_add_text(c, "MTCR Partners and Plenaries: no dated Partners or meetings");
	return !c->failed;
}

bool timeline_draw(struct chart *c, const struct dataset *ds, const struct years *y, int width,
		   bool ascii)
{
	if (y->n == 0)
		return empty(c);
	struct layout L = layout_of(y, ascii);
	size_t per = fit(&L, width);
	title(c, &L, y, width);
	for (size_t from = 0; from < y->n; from += per) {
		chart_add_text(c, "");
		band(c, ds, &L, y, from, from + per < y->n ? from + per : y->n);
	}
	legend(c, &L, y, width);
	return !c->failed;
}

bool timeline_draw_from(struct chart *c, const struct dataset *ds, const struct years *y,
			size_t from, int width, bool ascii)
{
	if (y->n == 0)
		return empty(c);
	struct layout L = layout_of(y, ascii);
	size_t per = fit(&L, width);
	if (from >= y->n)
		from = y->n - 1;
	title(c, &L, y, width);
	chart_add_text(c, "");
	c->head = c->n;
	band(c, ds, &L, y, from, from + per < y->n ? from + per : y->n);
	c->body = c->n - c->head;
	legend(c, &L, y, width);
	return !c->failed;
}

size_t timeline_fit(const struct years *y, int width)
{
	struct layout L = layout_of(y, true);
	return fit(&L, width);
}

int timeline_column(const struct years *y, size_t from, size_t i, int width)
{
	struct layout L = layout_of(y, true);
	if (i < from || i >= y->n || i - from >= fit(&L, width))
		return -1;
	return column(&L, from, i);
}

size_t timeline_scroll(const struct years *y, int width, size_t from, size_t cursor)
{
	return chart_scroll(timeline_fit(y, width), from, cursor);
}

size_t timeline_meeting(const struct years *y, size_t i)
{
	if (i >= y->n)
		return DS_NONE;
	size_t m = years_plenary(y, i, 0);
	if (m == DS_NONE && y->v[i].meetings.n > 0)
		m = y->v[i].meetings.v[0];
	return m;
}

void timeline_describe(const struct dataset *ds, const struct years *y, size_t i, char *buf,
		       size_t n)
{
	if (n == 0)
		return;
	buf[0] = '\0';
	if (i >= y->n)
		return;
	const struct year *yr = &y->v[i];
	chart_cat(buf, n, "%d: %zu Partner%s", yr->year, yr->partners,
		  yr->partners == 1 ? "" : "s");
	for (uint32_t k = 0; k < yr->joined.n; k++)
		chart_cat(buf, n, "%s%s", k ? " " : ", new ",
			  member_field(ds, yr->joined.v[k], MB_CODE));
	if (yr->meetings.n == 0)
		chart_cat(buf, n, "; no meeting");
	for (uint32_t k = 0; k < yr->meetings.n; k++) {
		char what[256];
		record_describe(ds, TBL_MEETINGS, yr->meetings.v[k], what, sizeof what);
		chart_cat(buf, n, "; %s", what);
	}
}
