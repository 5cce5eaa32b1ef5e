/* The back stack: every jump (opening a record, following a link, a picture and Enter in
 * it, a search result) first pushes where the user was; q, Backspace and < pop back to
 * exactly that: the screen, the focused pane, and each pane's filter, sort and cursor. */
#include <stdlib.h>
#include <string.h>

#include "browser_internal.h"

static void snapshot_free(struct snapshot *s)
{
	for (int p = 0; p < PANES; p++)
		free(s->pane[p].filter);
	*s = (struct snapshot){0};
}

void browser_back_free(struct browser *b)
{
	for (size_t i = 0; i < b->nback; i++)
		snapshot_free(&b->back[i]);
	free(b->back);
	b->back = NULL;
	b->nback = 0;
}

static bool take(const struct browser *b, struct snapshot *s)
{
	*s = (struct snapshot){.mode = b->mode == MODE_HELP ? b->help_from : b->mode,
			       .focus = b->focus, .link_only = b->link_only,
			       .rec_table = b->rec.table, .rec_rec = b->rec.rec,
			       .rec_cursor = b->rec_at.cursor, .rec_top = b->rec_at.top,
			       .chart_kind = b->chart.kind, .chart_year = b->chart.year, .chart_row = b->chart.row};
	for (int p = 0; p < PANES; p++) {
		const struct view *v = &b->views[p];
		struct pane_state *ps = &s->pane[p];
		*ps = (struct pane_state){.sort_col = v->sort_col, .sort_desc = v->sort_desc,
					  .rec = view_current(v), .top = v->top};
		if (v->has_filter && !(ps->filter = strdup(v->filter.pattern)))
			return false;
	}
	return true;
}

void browser_push(struct browser *b)
{
	if (!b->back && !(b->back = calloc(BACK_MAX, sizeof *b->back))) {
		browser_fail(b);
		return;
	}
	if (b->nback == BACK_MAX) { /* the oldest place is forgotten */
		snapshot_free(&b->back[0]);
		memmove(b->back, b->back + 1, (BACK_MAX - 1) * sizeof *b->back);
		b->nback--;
	}
	if (!take(b, &b->back[b->nback])) {
		snapshot_free(&b->back[b->nback]);
		browser_fail(b);
		return;
	}
	b->nback++;
}

static void put_cursor(struct browser *b, enum table_id p, const struct pane_state *ps)
{
	struct view *v = &b->views[p];
	size_t row = ps->rec == DS_NONE ? DS_NONE : view_find_row(v, ps->rec);
	v->top = ps->top;
	browser_set_row(b, p, row == DS_NONE ? 0 : row);
}

static void restore(struct browser *b, const struct snapshot *s)
{
	if (browser_ops(b)->picture)
		browser_chart_close(b);
	record_free(&b->rec);
	b->mode = MODE_LIST;
	b->focus = s->focus;
	b->link_only = s->link_only;
	for (int p = 0; p < PANES; p++) {
		struct view *v = &b->views[p];
		if (!view_set_filter(v, s->pane[p].filter))
			browser_fail(b);
		view_set_sort(v, s->pane[p].sort_col, s->pane[p].sort_desc);
	}
	/* The focused pane first: the others' links follow its cursor. */
	struct view *f = browser_view(b);
	view_set_link(f, b->focus, DS_NONE);
	view_set_link_only(f, false);
	if (!view_refresh(f))
		browser_fail(b);
	put_cursor(b, b->focus, &s->pane[b->focus]);
	b->links_valid = false;
	b->hits_valid = false;
	browser_search_rescope(b);
	browser_sync(b);
	for (int p = 0; p < PANES; p++)
		if (p != (int)b->focus)
			put_cursor(b, (enum table_id)p, &s->pane[p]);
	if (s->mode == MODE_RECORD && s->rec_rec != DS_NONE) {
		if (s->rec_table == RECORD_RESULTS)
			browser_find_rebuild(b);
		else if (!record_build(&b->rec, b->ds, s->rec_table, s->rec_rec, b->rec_width))
			browser_fail(b);
		b->mode = MODE_RECORD;
		b->rec_at.cursor = s->rec_cursor;
		b->rec_at.top = s->rec_top;
		browser_record_scroll(b, 0);
	} else if (s->mode == MODE_PICTURE) {
		browser_chart_show(b, s->chart_kind);
		if (b->has_chart)
			chart_view_set(&b->chart, s->chart_year, s->chart_row);
	}
}

bool browser_pop(struct browser *b)
{
	if (!b->nback)
		return false;
	struct snapshot *s = &b->back[--b->nback];
	restore(b, s);
	snapshot_free(s);
	return true;
}

void browser_start(struct browser *b, const struct start_state *s)
{
	struct view *n = &b->views[s->narrowed];
	if (!view_set_filter(n, s->filter))
		browser_fail(b);
	view_set_sort(n, s->sort_col, s->sort_desc);
	if (!view_refresh(n))
		browser_fail(b);
	b->link_only = s->link_only;
	b->links_valid = false;
	browser_focus(b, s->pane);
	if (s->rec != DS_NONE) {
		size_t row = view_find_row(&b->views[s->rec_table], s->rec);
		char name[256];
		record_describe(b->ds, s->rec_table, s->rec, name, sizeof name);
		if (row == DS_NONE)
			browser_say(b, true, "%s is not shown: the filter hides it", name);
		else
			browser_set_row(b, s->rec_table, row);
	}
	b->links_valid = false;
	browser_sync(b);
	if (s->filter && !n->nrows)
		browser_say(b, true, "no row matches %s", s->filter);
	else if (s->filter && n->filter.literal)
		browser_say(b, false, "not a valid regular expression: filtered on the text %s",
			    s->filter);
}
