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
	for (size_t i = 0; i < b->back.n; i++)
		snapshot_free(&b->back.stack[i]);
	free(b->back.stack);
	b->back.stack = NULL;
	b->back.n = 0;
}

static bool take(const struct browser *b, struct snapshot *s)
{
	*s = (struct snapshot){.mode = b->mode, .focus = b->focus,
			       .link_only = b->lists.link_only, .link_from = b->lists.link_from};
	const struct mode_ops *m = browser_ops(b);
	if (m->save)
		m->save(b, s); /* the screen keeps what it needs to come back */
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
	if (!b->back.stack && !(b->back.stack = calloc(BACK_MAX, sizeof *b->back.stack))) {
		browser_fail(b);
		return;
	}
	if (b->back.n == BACK_MAX) { /* the oldest place is forgotten */
		snapshot_free(&b->back.stack[0]);
		memmove(b->back.stack, b->back.stack + 1, (BACK_MAX - 1) * sizeof *b->back.stack);
		b->back.n--;
	}
	if (!take(b, &b->back.stack[b->back.n])) {
		snapshot_free(&b->back.stack[b->back.n]);
		browser_fail(b);
		return;
	}
	b->back.n++;
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
	const struct mode_ops *m = browser_ops(b);
	if (m->leave)
		m->leave(b); /* back to the lists, which are put back first */
	b->mode = MODE_LIST;
	b->focus = s->focus;
	b->lists.link_only = s->link_only;
	b->lists.link_from = s->link_from;
	for (int p = 0; p < PANES; p++) {
		struct view *v = &b->views[p];
		if (!view_set_filter(v, s->pane[p].filter))
			browser_fail(b);
		view_set_sort(v, s->pane[p].sort_col, s->pane[p].sort_desc);
	}
	/* The pane the links come from first: the others' follow its cursor. */
	enum table_id from = browser_link_from(b);
	struct view *f = &b->views[from];
	view_set_link(f, from, DS_NONE);
	view_set_link_only(f, false);
	if (!view_refresh(f))
		browser_fail(b);
	put_cursor(b, from, &s->pane[from]);
	b->lists.links_valid = false;
	b->search.hits_valid = false;
	browser_search_rescope(b);
	browser_sync(b);
	for (int p = 0; p < PANES; p++)
		if (p != (int)from)
			put_cursor(b, (enum table_id)p, &s->pane[p]);
	const struct mode_ops *to = browser_mode_ops(s->mode);
	if (to->restore)
		to->restore(b, &s->at); /* then the screen over them */
}

bool browser_pop(struct browser *b)
{
	if (!b->back.n)
		return false;
	struct snapshot *s = &b->back.stack[--b->back.n];
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
	b->lists.link_only = s->link_only;
	b->lists.link_from = s->pane;
	b->lists.links_valid = false;
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
	b->lists.links_valid = false;
	browser_sync(b);
	if (s->filter && !n->nrows)
		browser_say(b, true, "no row matches %s", s->filter);
	else if (s->filter && n->filter.literal)
		browser_say(b, false, "not a valid regular expression: filtered on the text %s",
			    s->filter);
}
