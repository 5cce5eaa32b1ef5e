/* Two overlays: the record view (a record with its linked items; Enter on an item jumps
 * to it in its pane) and the help. Both are lists of lines scrolled like a pane. The
 * pictures are in browser_chart.c. */
#include <stdio.h>

#include "browser_internal.h"
#include "help.h"

void browser_scroll_lines(size_t *cursor, size_t *top, size_t n, long delta, size_t page)
{
	if (page == 0)
		page = 1;
	size_t max_top = n > page ? n - page : 0;
	if (!cursor) {
		long t = (long)*top + delta;
		*top = t < 0 ? 0 : (size_t)t > max_top ? max_top : (size_t)t;
		return;
	}
	long c = (long)*cursor + delta;
	*cursor = c < 0 || n == 0 ? 0 : (size_t)c >= n ? n - 1 : (size_t)c;
	if (*cursor < *top)
		*top = *cursor;
	else if (*cursor >= *top + page)
		*top = *cursor - page + 1;
	if (*top > max_top)
		*top = max_top;
}

unsigned browser_open_record(struct browser *b)
{
	size_t rec = view_current(browser_view(b));
	if (rec == DS_NONE) {
		browser_say(b, true, "nothing to open: the pane is empty");
		return 0;
	}
	browser_push(b);
	if (!record_build(&b->rec, b->ds, b->focus, rec, b->rec_width))
		browser_fail(b);
	b->mode = MODE_RECORD;
	b->rec_cursor = b->rec_top = 0;
	return REDRAW_SCREEN;
}

static void close_record(struct browser *b)
{
	record_free(&b->rec);
	b->mode = MODE_LIST;
}

/* A filter that hides the record is cleared, and the user told, rather than landing on
 * some other row. */
unsigned browser_jump(struct browser *b, enum table_id t, size_t rec)
{
	b->mode = MODE_LIST;
	browser_focus(b, t);
	struct view *v = browser_view(b);
	size_t row = view_find_row(v, rec);
	if (row == DS_NONE && v->has_filter) {
		char name[256];
		record_describe(b->ds, t, rec, name, sizeof name);
		browser_filter(b, NULL);
		browser_say(b, false, "filter cleared to show %s", name);
		row = view_find_row(v, rec);
	}
	if (row != DS_NONE)
		browser_set_row(b, t, row);
	return REDRAW_SCREEN;
}

static unsigned open_line(struct browser *b)
{
	if (b->rec_cursor >= b->rec.n || b->rec.lines[b->rec_cursor].kind != RL_ITEM) {
		browser_say(b, false, "Enter on a linked item (listed below the fields) jumps to it");
		return 0;
	}
	const struct rline *l = &b->rec.lines[b->rec_cursor];
	enum table_id t = l->table;
	size_t rec = l->rec;
	browser_push(b);
	close_record(b);
	return browser_jump(b, t, rec);
}

/* n and N in the record view: the next or previous linked item (a result of F). */
static unsigned step_item(struct browser *b, int dir)
{
	for (size_t i = b->rec_cursor + (size_t)dir; i < b->rec.n; i += (size_t)dir)
		if (b->rec.lines[i].kind == RL_ITEM) {
			browser_scroll_lines(&b->rec_cursor, &b->rec_top, b->rec.n,
					     (long)i - (long)b->rec_cursor, b->page);
			return REDRAW_SCREEN;
		}
	browser_say(b, false, dir > 0 ? "no item below" : "no item above");
	return REDRAW_STATUS;
}

/* Movement in the record view and the help; half and whole pages as in the panes. */
static bool scroll_delta(enum action a, size_t page, size_t n, long *delta)
{
	long p = (long)page, h = page > 1 ? (long)page / 2 : 1, all = (long)n;
	switch (a) {
	case ACT_DOWN: *delta = 1; return true;
	case ACT_UP: *delta = -1; return true;
	case ACT_PAGE_DOWN: *delta = p; return true;
	case ACT_PAGE_UP: *delta = -p; return true;
	case ACT_HALF_DOWN: *delta = h; return true;
	case ACT_HALF_UP: *delta = -h; return true;
	case ACT_FIRST: *delta = -all - 1; return true;
	case ACT_LAST: *delta = all + 1; return true;
	default: return false;
	}
}

unsigned browser_record_do(struct browser *b, enum action a)
{
	long delta;
	if (scroll_delta(a, b->page, b->rec.n, &delta)) {
		browser_scroll_lines(&b->rec_cursor, &b->rec_top, b->rec.n, delta, b->page);
		return REDRAW_SCREEN;
	}
	switch (a) {
	case ACT_OPEN: return open_line(b);
	case ACT_SEARCH_NEXT: return step_item(b, 1);
	case ACT_SEARCH_PREV: return step_item(b, -1);
	case ACT_COPY: return browser_copy(b, false);
	case ACT_CITE: return browser_copy(b, true);
	case ACT_OPEN_SOURCE: return browser_open_source(b);
	case ACT_HELP: return browser_help_open(b);
	case ACT_BACK:
	case ACT_CLOSE:
		if (!browser_pop(b))
			close_record(b);
		return REDRAW_SCREEN;
	default: return 0;
	}
}

unsigned browser_help_open(struct browser *b)
{
	b->help_from = b->mode;
	b->mode = MODE_HELP;
	b->help_top = 0;
	return REDRAW_SCREEN;
}

void browser_record_wheel(struct browser *b, enum table_id p, long delta)
{
	(void)p;
	browser_scroll_lines(&b->rec_cursor, &b->rec_top, b->rec.n, delta, b->page);
}

void browser_help_wheel(struct browser *b, enum table_id p, long delta)
{
	(void)p;
	browser_scroll_lines(NULL, &b->help_top, help_lines(NULL, 0), delta, b->page);
}

unsigned browser_help_do(struct browser *b, enum action a)
{
	long delta;
	size_t n = help_lines(NULL, 0);
	if (scroll_delta(a, b->page, n, &delta)) {
		browser_scroll_lines(NULL, &b->help_top, n, delta, b->page);
		return REDRAW_SCREEN;
	}
	if (a == ACT_BACK || a == ACT_CLOSE || a == ACT_HELP) { /* ? again: back */
		b->mode = b->help_from;
		return REDRAW_SCREEN;
	}
	return 0;
}
