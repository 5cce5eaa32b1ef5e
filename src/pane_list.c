/* A list pane: its title (name, counts, link), the column names, and the visible rows. Only
 * the rows on screen are drawn, so the cost of a redraw does not grow with the data. */
#include <stdio.h>
#include <string.h>

#include "columns.h"
#include "draw.h"
#include "text.h"
#include "tui_internal.h"

/* FLEX_CAP and FIXED_CAP bound what is measured: wide enough for any name of the record,
 * so that scrolling right shows a cut value whole. */
enum { FLEX_MIN = 5, FLEX_WANT = 18, FLEX_CAP = 120, FIXED_CAP = 40 };

/* Names, cities and categories give way first when a pane is narrow (columns.c). */
static bool flexible(enum table_id t, int col)
{
	return column_info(t, col)->flexible;
}

/* The column names of the file, but a short one where the values are short. */
static const char *header_name(enum table_id t, int col)
{
	const char *h = column_info(t, col)->header;
	return h ? h : view_column_name(t, col);
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
		cap[i] = flexible(p, cols[i]) ? FLEX_CAP : FIXED_CAP;
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

int pane_list_full(enum table_id p, const int natural[])
{
	size_t n;
	view_columns(p, &n);
	int want = 3 + (int)n;
	for (size_t i = 0; i < n; i++)
		want += natural[i];
	return want;
}

/* The columns of a pane's text area (after the mark, before a separator). */
static int text_cols(int pane_cols, bool sep)
{
	return pane_cols - (sep ? 1 : 0) - 2 - (sep ? 1 : 0);
}

int pane_list_overflow(enum table_id p, const int natural[], int pane_cols, bool sep)
{
	size_t n;
	view_columns(p, &n);
	int total = (int)n - 1;
	for (size_t i = 0; i < n; i++)
		total += natural[i];
	int over = total - text_cols(pane_cols, sep);
	return over > 0 ? over : 0;
}

/* A pane too narrow for every column at its width hides its droppable columns (the column
 * table's drop: a meeting's end, a member's status, a concern's category), right to left,
 * rather than cut the names by half a column's width or more: at 120 columns "Technical
 * Annex u…" beside "technology" told less than the whole name. A cut of a character or
 * two keeps the column. The sort column stays; Left/Right show them all. */
static void drop_columns(enum table_id p, const int *cols, size_t n, int natural[], int avail,
			 int sort_col)
{
	int total = -1;
	for (size_t i = 0; i < n; i++)
		total += natural[i] + 1;
	for (size_t i = n; i-- > 0 && total > avail;)
		if (column_info(p, cols[i])->drop && (int)i != sort_col &&
		    2 * (total - avail) >= natural[i] + 1) {
			total -= natural[i] + 1;
			natural[i] = 0;
		}
}

/* Scrolled sideways, every column has its whole width: what was cut can be read. */
static void widths(enum table_id p, const int natural_in[], int avail, int out[], bool scrolled,
		   int sort_col)
{
	if (scrolled) {
		size_t n;
		view_columns(p, &n);
		for (size_t i = 0; i < n; i++)
			out[i] = natural_in[i];
		return;
	}
	size_t n;
	const int *cols = view_columns(p, &n);
	int minimum[PANE_MAX_COLS], natural[PANE_MAX_COLS];
	bool flex[PANE_MAX_COLS];
	memcpy(natural, natural_in, n * sizeof *natural);
	drop_columns(p, cols, n, natural, avail, sort_col);
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

/* Draws s[0..n) in a column that starts at virtual x vx and is wd wide, on a list
 * scrolled by hs columns: the part left of the text area (column 2) is skipped. */
static void draw_cell(WINDOW *w, int y, int vx, int wd, int cw, int hs, const char *s, size_t n,
		      attr_t a, const struct matcher *m)
{
	int sx = vx - hs, skipped = 0;
	if (sx >= cw || sx + wd <= 2)
		return;
	if (sx < 2) {
		struct text_unit u;
		size_t pos = 0;
		while (pos < n && skipped < 2 - sx) {
			pos += text_unit(s + pos, n - pos, &u);
			skipped += u.width;
		}
		if (skipped < 2 - sx)
			return; /* the text ends left of the text area */
		s += pos;
		n -= pos;
		wd -= skipped;
		sx += skipped;
	}
	if (sx + wd > cw)
		wd = cw - sx;
	if (wd > 0)
		draw_text(w, y, sx, wd, s, n, a, m, false);
}

static void draw_header(WINDOW *w, const struct view *v, int cw, const int wd[], int hs)
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
		draw_cell(w, 1, (int)x, wd[i], cw, hs, name, strlen(name), a, NULL);
	}
}

static void draw_row(WINDOW *w, const struct browser *b, const struct view *v, size_t row,
		     int y, int cw, const int wd[], bool focused, int hs)
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
		if (!wd[i])
			continue;
		const char *s = view_cell_text(v, rec, cols[i]);
		draw_cell(w, y, (int)x, wd[i], cw, hs, s, strlen(s), base, browser_highlight(b));
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
	int hs = b->lists.hscroll[p];
	widths(p, natural, text_cols(getmaxx(w), sep), wd, hs > 0, v->sort_col);
	draw_title(w, b, p, cw, focused);
	draw_header(w, v, cw, wd, hs);
	for (int y = 2; y < h; y++) {
		size_t row = v->top + (size_t)(y - 2);
		if (row < v->nrows)
			draw_row(w, b, v, row, y, cw, wd, focused, hs);
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
