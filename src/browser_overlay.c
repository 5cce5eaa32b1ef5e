/* Two overlays: the record view (a record with its linked items; Enter on an item jumps
 * to it in its pane) and the help. Both are lists of lines scrolled like a pane; the keys
 * of a list of lines with a cursor are here once, for the record view and F's results
 * (browser_results.c). The pictures are in browser_chart.c. */
#include <stdio.h>

#include "browser_internal.h"
#include "help.h"

void browser_lines_scroll(struct browser *b, struct record_state *s, long delta)
{
	s->at.count = s->rec.n;
	s->at.page = b->page;
	scroller_move(&s->at, delta);
}

void browser_lines_relayout(struct browser *b, struct record_state *s,
			    bool (*build)(struct browser *b))
{
	if (s->rec.rec == DS_NONE || s->rec.width == (b->width < 2 ? 2 : b->width)) {
		browser_lines_scroll(b, s, 0); /* the page may have changed */
		return;
	}
	const struct rline *l = s->at.cursor < s->rec.n ? &s->rec.lines[s->at.cursor] : NULL;
	enum table_id t = l ? l->table : TBL_MEETINGS;
	size_t item = l && l->kind == RL_ITEM ? l->rec : DS_NONE;
	if (!build(b))
		browser_fail(b);
	size_t line = item == DS_NONE ? DS_NONE : record_find(&s->rec, t, item);
	if (line != DS_NONE)
		s->at.cursor = line;
	browser_lines_scroll(b, s, 0);
}

static bool build_record(struct browser *b)
{
	return record_build(&b->record.rec, b->ds, b->record.rec.table, b->record.rec.rec, b->width);
}

void browser_record_resize(struct browser *b)
{
	browser_lines_relayout(b, &b->record, build_record);
}

void browser_help_scroll(struct browser *b, long delta)
{
	b->help.at.count = help_lines(NULL, 0);
	b->help.at.page = b->page;
	scroller_scroll(&b->help.at, delta);
}

unsigned browser_open_record(struct browser *b)
{
	size_t rec = view_current(browser_view(b));
	if (rec == DS_NONE) {
		browser_say(b, true, "nothing to open: the pane is empty");
		return 0;
	}
	browser_push(b);
	if (!record_build(&b->record.rec, b->ds, b->focus, rec, b->width))
		browser_fail(b);
	b->mode = MODE_RECORD;
	b->record.at.cursor = b->record.at.top = 0;
	return REDRAW_SCREEN;
}

void browser_record_close(struct browser *b)
{
	record_free(&b->record.rec);
	b->mode = MODE_LIST;
}

void browser_record_save(const struct browser *b, struct snapshot *s)
{
	s->at.record.table = b->record.rec.table;
	s->at.record.rec = b->record.rec.rec;
	s->at.record.cursor = b->record.at.cursor;
	s->at.record.top = b->record.at.top;
}

void browser_record_restore(struct browser *b, const union mode_snapshot *s)
{
	if (s->record.rec == DS_NONE)
		return;
	if (!record_build(&b->record.rec, b->ds, s->record.table, s->record.rec, b->width))
		browser_fail(b);
	b->mode = MODE_RECORD;
	b->record.at.cursor = s->record.cursor;
	b->record.at.top = s->record.top;
	browser_lines_scroll(b, &b->record, 0);
}

size_t browser_record_selected(const struct browser *b, enum table_id t)
{
	return b->record.rec.table == t ? b->record.rec.rec : DS_NONE;
}

/* A filter that hides the record is cleared, and the user told, rather than landing on
 * some other row. */
unsigned browser_jump(struct browser *b, enum table_id t, size_t rec)
{
	b->mode = MODE_LIST;
	if (b->lists.link_only && b->lists.link_from != t) {
		/* a jump centres on its record: its pane shows all its rows again, and the
		 * others only those related to it */
		b->lists.link_from = t;
		b->lists.links_valid = false;
	}
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

/* Enter on a linked item: the screen closes and the item's pane shows it. */
static unsigned open_line(struct browser *b, const struct record_state *s)
{
	if (s->at.cursor >= s->rec.n || s->rec.lines[s->at.cursor].kind != RL_ITEM) {
		browser_say(b, false, "Enter on a linked item (listed below the fields) jumps to it");
		return 0;
	}
	const struct rline *l = &s->rec.lines[s->at.cursor];
	enum table_id t = l->table;
	size_t rec = l->rec;
	browser_push(b);
	browser_ops(b)->leave(b);
	return browser_jump(b, t, rec);
}

/* n and N: the next or previous linked item (a result of F). */
static unsigned step_item(struct browser *b, struct record_state *s, int dir)
{
	for (size_t i = s->at.cursor + (size_t)dir; i < s->rec.n; i += (size_t)dir)
		if (s->rec.lines[i].kind == RL_ITEM) {
			browser_lines_scroll(b, s, (long)i - (long)s->at.cursor);
			return REDRAW_SCREEN;
		}
	browser_say(b, false, dir > 0 ? "no item below" : "no item above");
	return REDRAW_STATUS;
}

unsigned browser_lines_do(struct browser *b, struct record_state *s, enum action a)
{
	long delta;
	if (scroller_delta(a, b->page, s->rec.n, &delta)) {
		browser_lines_scroll(b, s, delta);
		return REDRAW_SCREEN;
	}
	switch (a) {
	case ACT_OPEN: return open_line(b, s);
	case ACT_SEARCH:
		return browser_ops(b)->searched ? browser_lines_search_open(b, s) : 0;
	/* n and N: the next match of the pattern in force where the screen searches its lines
	 * (the record view), else the next linked item (the results of F) */
	case ACT_SEARCH_NEXT:
	case ACT_SEARCH_PREV: {
		int dir = a == ACT_SEARCH_NEXT ? 1 : -1;
		return browser_ops(b)->searched && browser_match(b) ? browser_lines_search_step(b, s, dir)
								     : step_item(b, s, dir);
	}
	case ACT_COPY: return browser_copy(b, false);
	case ACT_CITE: return browser_copy(b, true);
	case ACT_OPEN_SOURCE: return browser_open_source(b);
	case ACT_HELP: return browser_help_open(b);
	/* a picture opens on the record's meeting (its year) or concern; q comes back here */
	case ACT_TIMELINE: return browser_chart_open(b, CHART_TIMELINE);
	case ACT_CONCERN_MAP: return browser_chart_open(b, CHART_CONCERN_MAP);
	case ACT_BACK:
	case ACT_CLOSE:
		if (!browser_pop(b))
			browser_ops(b)->leave(b);
		return REDRAW_SCREEN;
	default: return 0;
	}
}

unsigned browser_record_do(struct browser *b, enum action a)
{
	return browser_lines_do(b, &b->record, a);
}

const struct record_state *browser_record_lines(const struct browser *b)
{
	return &b->record;
}

struct record_state *browser_record_searched(struct browser *b)
{
	return &b->record;
}

unsigned browser_help_open(struct browser *b)
{
	b->help.from = b->mode;
	b->mode = MODE_HELP;
	b->help.at.top = 0;
	return REDRAW_SCREEN;
}

void browser_record_wheel(struct browser *b, enum table_id p, long delta)
{
	(void)p;
	browser_lines_scroll(b, &b->record, delta);
}

void browser_help_resize(struct browser *b)
{
	browser_help_scroll(b, 0);
}

void browser_help_wheel(struct browser *b, enum table_id p, long delta)
{
	(void)p;
	browser_help_scroll(b, delta);
}

unsigned browser_help_do(struct browser *b, enum action a)
{
	long delta;
	size_t n = help_lines(NULL, 0);
	if (scroller_delta(a, b->page, n, &delta)) {
		browser_help_scroll(b, delta);
		return REDRAW_SCREEN;
	}
	if (a == ACT_BACK || a == ACT_CLOSE || a == ACT_HELP) { /* ? again: back */
		b->mode = b->help.from;
		return REDRAW_SCREEN;
	}
	return 0;
}
