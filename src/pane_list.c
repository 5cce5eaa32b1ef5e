/* A list pane: its title (name, counts, link), the column names, and the visible rows. Only
 * the rows on screen are drawn, so the cost of a redraw does not grow with the data. */
#include <stdio.h>
#include <string.h>

#include "draw.h"
#include "text.h"
#include "tui_internal.h"

enum { FLEX_MIN = 5, FLEX_WANT = 18, FLEX_CAP = 40 };

/* Names, cities and categories give way first when a pane is narrow. */
static bool flexible(enum table_id t, int col)
{
	return (t == TBL_MEETINGS && col == MC_CITY) || (t == TBL_MEMBERS && col == MB_NAME) ||
	       (t == TBL_CONCERNS && (col == CN_NAME || col == CN_CATEGORY));
}

/* The column names of the file, but a short one where the values are short. */
static const char *header_name(enum table_id t, int col)
{
	return t == TBL_MEETINGS && col == MC_NUMBER ? "no." : view_column_name(t, col);
}

/* Columns of s, stopping early: a huge field costs no more than the cap. Printable ASCII,
 * which most fields are, is a column a byte; only other text needs text_clip (measuring
 * every field of 10^6 meetings through it held the first screen back by 0.25 s). */
static int capped_width(const char *s, int cap)
{
	int w = 0;
	while (w < cap && (unsigned char)s[w] >= 0x20 && (unsigned char)s[w] < 0x7f)
		w++;
	if (w == cap || s[w] == '\0')
		return w;
	bool cut;
	text_clip(s, strlen(s), cap, &w, &cut);
	return cut ? cap : w;
}

void pane_list_measure(const struct browser *b, enum table_id p, int natural[])
{
	const struct view *v = &b->views[p];
	size_t n;
	const int *cols = view_columns(p, &n);
	n = n < PANE_MAX_COLS ? n : PANE_MAX_COLS;
	int cap[PANE_MAX_COLS];
	for (size_t i = 0; i < n; i++) {
		cap[i] = flexible(p, cols[i]) ? FLEX_CAP : 20;
		natural[i] = text_width(header_name(p, cols[i]));
	}
	/* Row by row: a row's fields lie together, so the text (200 MB at 10^6 meetings) is
	 * read once, not once a column. */
	for (size_t r = 0; r < v->nrecords; r++)
		for (size_t i = 0; i < n; i++)
			if (natural[i] < cap[i]) {
				int cw = capped_width(view_cell_text(v, r, cols[i]), cap[i]);
				natural[i] = cw > natural[i] ? cw : natural[i];
			}
}

int pane_list_want(enum table_id p, const int natural[])
{
	size_t n;
	const int *cols = view_columns(p, &n);
	int want = 3 + (int)n; /* the mark, blanks between columns, a margin, the separator */
	for (size_t i = 0; i < n; i++)
		want += flexible(p, cols[i]) && natural[i] > FLEX_WANT ? FLEX_WANT : natural[i];
	return want;
}

static void widths(enum table_id p, const int natural[], int avail, int out[])
{
	size_t n;
	const int *cols = view_columns(p, &n);
	int minimum[PANE_MAX_COLS];
	bool flex[PANE_MAX_COLS];
	for (size_t i = 0; i < n; i++) {
		flex[i] = flexible(p, cols[i]);
		minimum[i] = flex[i] && natural[i] > FLEX_MIN ? FLEX_MIN : natural[i];
	}
	layout_columns(natural, minimum, flex, (int)n, avail, out);
}

static void draw_title(WINDOW *w, const struct browser *b, enum table_id p, int cw, bool focused)
{
	char title[256], line[300];
	browser_title(b, p, title, sizeof title);
	snprintf(line, sizeof line, " %d %s", (int)p + 1, title);
	draw_text(w, 0, 0, cw, line, strlen(line), draw_attr(focused ? ST_TITLE_FOCUS : ST_TITLE),
		  NULL, true);
}

static const char *arrow(bool desc)
{
	if (!text_utf8())
		return desc ? "v" : "^";
	return desc ? "\xe2\x86\x93" : "\xe2\x86\x91";
}

static void draw_header(WINDOW *w, const struct view *v, int cw, const int wd[])
{
	size_t n;
	const int *cols = view_columns(v->table, &n);
	attr_t a = draw_attr(ST_HEADER);
	draw_blank(w, 1, 0, cw, a);
	for (size_t i = 0, x = 2; i < n; x += (size_t)wd[i] + 1, i++) {
		if (!wd[i])
			continue;
		char name[64];
		bool sorted = v->sort_col == (int)i;
		snprintf(name, sizeof name, "%s%s", header_name(v->table, cols[i]),
			 !sorted ? "" : arrow(v->sort_desc));
		draw_text(w, 1, (int)x, wd[i], name, strlen(name), a, NULL, false);
	}
}

static void draw_row(WINDOW *w, const struct browser *b, const struct view *v, size_t row,
		     int y, int cw, const int wd[], bool focused)
{
	size_t n, rec = v->rows[row];
	const int *cols = view_columns(v->table, &n);
	enum view_mark mk = view_mark(v, rec);
	attr_t base = draw_attr(mk == MARK_NEW ? ST_NEW : mk == MARK_RELATED ? ST_RELATED : ST_NORMAL);
	if (row == v->cursor)
		base = draw_over(base, focused ? ST_CURSOR : ST_CURSOR_DIM);
	draw_blank(w, y, 0, cw, base);
	const char *mark = mk == MARK_NEW ? "+" : mk == MARK_RELATED ? "*" : " ";
	draw_text(w, y, 0, 1, mark, 1, base, NULL, false);
	for (size_t i = 0, x = 2; i < n; x += (size_t)wd[i] + 1, i++) {
		if (!wd[i] || (int)x >= cw)
			continue;
		const char *s = view_cell_text(v, rec, cols[i]);
		draw_text(w, y, (int)x, wd[i], s, strlen(s), base, browser_highlight(b), false);
	}
}

static void draw_separator(WINDOW *w, int h, int x)
{
	wattrset(w, draw_attr(ST_SEP));
	for (int y = 0; y < h; y++)
		mvwaddstr(w, y, x, text_utf8() ? "\xe2\x94\x82" : "|");
}

void pane_list_draw(WINDOW *w, const struct browser *b, enum table_id p, bool sep,
		    const int natural[])
{
	const struct view *v = &b->views[p];
	int h = getmaxy(w), cw = getmaxx(w) - (sep ? 1 : 0);
	int wd[PANE_MAX_COLS] = {0};
	bool focused = p == b->focus;
	widths(p, natural, cw - 2 - (sep ? 1 : 0), wd); /* the mark; a blank before the separator */
	draw_title(w, b, p, cw, focused);
	draw_header(w, v, cw, wd);
	for (int y = 2; y < h; y++) {
		size_t row = v->top + (size_t)(y - 2);
		if (row < v->nrows)
			draw_row(w, b, v, row, y, cw, wd, focused);
		else
			draw_blank(w, y, 0, cw, draw_attr(ST_NORMAL));
	}
	if (!v->nrows && h > 2) {
		const char *none = v->has_filter ? "no rows match the filter" : "no rows";
		draw_text(w, 2, 2, cw - 2, none, strlen(none), draw_attr(ST_NORMAL), NULL, false);
	}
	if (sep)
		draw_separator(w, h, cw);
}
