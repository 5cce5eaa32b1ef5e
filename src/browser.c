/* The browser's state and the actions of the three list panes. The record view and the
 * help live in browser_overlay.c, prompts and search in browser_prompt.c and
 * browser_search.c, the texts it shows in browser_text.c. */
#include "browser.h"

#include <stdlib.h>

#include "browser_internal.h"
#include "help.h"
#include "text.h"

bool browser_init(struct browser *b, const struct dataset *ds)
{
	/* Field by field: CI's cppcheck took the compound literal with designated initialisers
	 * that this was for an expression of unknown evaluation order (a false positive). */
	*b = (struct browser){0};
	b->ds = ds;
	b->focus = TBL_MEETINGS;
	b->page = 1;
	b->width = 80;
	b->lists.linked_rec = DS_NONE;
	b->record.rec.rec = DS_NONE;
	b->results.list.rec.rec = DS_NONE;
	b->picture.ascii = !text_utf8();
	for (int p = 0; p < PANES; p++) {
		b->lists.height[p] = 1;
		if (!view_init(&b->views[p], ds, (enum table_id)p))
			return false;
		view_set_typed(&b->views[p]); /* the & prompt filters as the user types */
	}
	browser_sync(b);
	return !b->failed;
}

void browser_free(struct browser *b)
{
	for (int p = 0; p < PANES; p++)
		view_free(&b->views[p]);
	record_free(&b->record.rec);
	record_free(&b->results.list.rec);
	browser_chart_close(b);
	browser_back_free(b);
	free(b->results.pattern);
	if (b->search.on)
		matcher_free(&b->search.m);
	free(b->search.before);
	free(b->search.filter_before);
	free(b->search.hits);
	free(b->copy);
	free(b->open_url);
	free(b->edit.draft);
	for (int k = 0; k < 3; k++)
		for (size_t i = 0; i < b->edit.nhistory[k]; i++)
			free(b->edit.history[k][i]);
	*b = (struct browser){0};
}

void browser_fail(struct browser *b)
{
	b->failed = true;
	b->quit = true;
}

void browser_set_row(struct browser *b, enum table_id p, size_t row)
{
	view_set_cursor(&b->views[p], row, b->lists.height[p]);
}

/* Relinking costs the marks of the old and the new record, not the size of the data;
 * only link-only mode rebuilds the other panes' rows. */
enum table_id browser_link_from(const struct browser *b)
{
	return b->lists.link_only ? b->lists.link_from : b->focus;
}

void browser_sync(struct browser *b)
{
	enum table_id from = browser_link_from(b);
	const struct view *f = &b->views[from];
	size_t cur = view_current(f);
	/* l over a filtered pane links the others to all its rows: a move changes nothing. */
	bool set = b->lists.link_only && f->has_filter;
	bool moved = !set && (cur != b->lists.linked_rec || from != b->lists.linked_table);
	if (moved || !b->lists.links_valid) {
		for (int p = 0; p < PANES; p++) {
			struct view *v = &b->views[p];
			bool refresh = !b->lists.links_valid || (b->lists.link_only && p != (int)from);
			if (!(set ? view_set_link_set(v, from, f->rows, f->nrows)
				  : view_set_link(v, from, cur)))
				browser_fail(b);
			view_set_link_only(v, b->lists.link_only);
			if (refresh && !view_refresh(v))
				browser_fail(b);
			if (refresh)
				browser_set_row(b, (enum table_id)p, v->cursor);
		}
		b->lists.linked_table = from;
		b->lists.linked_rec = cur;
		b->lists.links_valid = true;
	}
	if (!b->search.hits_valid)
		browser_count_hits(b);
}

void browser_focus(struct browser *b, enum table_id p)
{
	if (p == b->focus)
		return;
	b->focus = p;
	/* While l shows only related rows, the pane moved to keeps them (its rows can be
	 * read, opened and exported): the links stay with the pane l was pressed in. */
	if (!b->lists.link_only)
		b->lists.links_valid = false;
	b->search.hits_valid = false;
	browser_search_rescope(b);
	browser_sync(b);
}

void browser_resize(struct browser *b, const size_t height[PANES], size_t page, int rec_width)
{
	for (int p = 0; p < PANES; p++)
		b->lists.height[p] = height[p] ? height[p] : 1;
	b->page = page ? page : 1;
	b->width = rec_width;
	browser_modes_resize(b);
}

static unsigned sort_next(struct browser *b, bool reverse)
{
	struct view *v = browser_view(b);
	size_t n;
	view_columns(v->table, &n);
	if (reverse)
		view_set_sort(v, v->sort_col < 0 ? 0 : v->sort_col, v->sort_col < 0 || !v->sort_desc);
	else
		view_set_sort(v, v->sort_col + 1 < (int)n ? v->sort_col + 1 : -1, false);
	if (!view_refresh(v))
		browser_fail(b);
	browser_set_row(b, b->focus, v->cursor);
	b->search.hits_valid = false;
	return REDRAW_SCREEN;
}

static unsigned toggle_link(struct browser *b)
{
	const struct view *f = browser_view(b);
	b->lists.link_only = !b->lists.link_only;
	b->lists.link_from = b->focus;
	b->lists.links_valid = false;
	if (b->lists.link_only && f->has_filter)
		browser_say(b, false, "link: the other panes show only rows related to the %zu %s "
			    "the filter shows", f->nrows, dataset_table_name(b->focus));
	else
		browser_say(b, false, b->lists.link_only ? "link: the other panes show only related rows"
						   : "link: the other panes mark related rows");
	return REDRAW_SCREEN;
}

/* Left and Right: a list scrolls by a quarter of its width, within what its columns need
 * (the TUI measures that into hmax). */
static unsigned hscroll(struct browser *b, int dir)
{
	enum table_id p = b->focus;
	int step = b->lists.hstep[p] > 0 ? b->lists.hstep[p] : 8, h = b->lists.hscroll[p] + dir * step;
	if (b->lists.hmax[p] <= 0) {
		browser_say(b, false, "nothing to scroll: every column of %s fits",
			    dataset_table_name(p));
		b->lists.hscroll[p] = 0;
		return REDRAW_STATUS;
	}
	b->lists.hscroll[p] = h < 0 ? 0 : h > b->lists.hmax[p] ? b->lists.hmax[p] : h;
	return REDRAW_SCREEN;
}

static unsigned toggle_zoom(struct browser *b)
{
	b->lists.zoom = !b->lists.zoom;
	browser_say(b, false, b->lists.zoom ? "zoom: the focused pane fills the screen (O: back)"
				      : "zoom off: all panes shown");
	return REDRAW_SCREEN | REDRAW_CLEAR;
}

static unsigned toggle_detail(struct browser *b)
{
	b->lists.detail_hidden = !b->lists.detail_hidden;
	browser_say(b, false, b->lists.detail_hidden ? "detail area hidden (D shows it)"
					       : "detail area shown");
	return REDRAW_SCREEN | REDRAW_CLEAR;
}

/* The movement keys, as on every screen (scroller.c); the view keeps its own cursor. */
static unsigned move_do(struct browser *b, enum action a)
{
	struct view *v = browser_view(b);
	size_t h = b->lists.height[b->focus];
	long delta;
	if (!scroller_delta(a, h, v->nrows, &delta))
		return 0;
	view_move(v, delta, h); /* the view keeps the cursor within its rows */
	return REDRAW_SCREEN;
}

unsigned browser_list_do(struct browser *b, enum action a)
{
	switch (a) {
	case ACT_NEXT_PANE: browser_focus(b, (enum table_id)((b->focus + 1) % PANES)); break;
	case ACT_PREV_PANE: browser_focus(b, (enum table_id)((b->focus + PANES - 1) % PANES)); break;
	case ACT_MEETINGS: browser_focus(b, TBL_MEETINGS); break;
	case ACT_MEMBERS: browser_focus(b, TBL_MEMBERS); break;
	case ACT_CONCERNS: browser_focus(b, TBL_CONCERNS); break;
	case ACT_LINK: return toggle_link(b);
	case ACT_OPEN: return browser_open_record(b);
	case ACT_SEARCH: return browser_prompt_open(b, PROMPT_SEARCH);
	case ACT_FILTER: return browser_prompt_open(b, PROMPT_FILTER);
	case ACT_FIND: return browser_prompt_open(b, PROMPT_FIND);
	case ACT_EXPORT: return browser_prompt_open(b, PROMPT_EXPORT);
	case ACT_SEARCH_NEXT: return browser_search_step(b, 1);
	case ACT_SEARCH_PREV: return browser_search_step(b, -1);
	case ACT_SORT: return sort_next(b, false);
	case ACT_SORT_REVERSE: return sort_next(b, true);
	case ACT_TIMELINE: return browser_chart_open(b, CHART_TIMELINE);
	case ACT_CONCERN_MAP: return browser_chart_open(b, CHART_CONCERN_MAP);
	case ACT_HELP: return browser_help_open(b);
	case ACT_SCROLL_LEFT: return hscroll(b, -1);
	case ACT_SCROLL_RIGHT: return hscroll(b, 1);
	case ACT_ZOOM: return toggle_zoom(b);
	case ACT_DETAIL: return toggle_detail(b);
	case ACT_COPY: return browser_copy(b, false);
	case ACT_CITE: return browser_copy(b, true);
	case ACT_OPEN_SOURCE: return browser_open_source(b);
	case ACT_CLOSE: /* q: back where the last jump came from; with none, quit */
		if (!browser_pop(b))
			b->quit = true;
		break;
	case ACT_BACK:
		if (!browser_pop(b))
			browser_say(b, false, "nothing to go back to; q quits");
		break;
	default: return move_do(b, a);
	}
	return REDRAW_SCREEN;
}

unsigned browser_do(struct browser *b, enum action a)
{
	unsigned r;
	b->message[0] = '\0';
	b->message_is_error = false;
	if (a == ACT_QUIT) {
		b->quit = true;
		return 0;
	}
	if (b->edit.kind != PROMPT_NONE)
		r = browser_prompt_do(b, a);
	else
		r = browser_ops(b)->act(b, a);
	browser_sync(b);
	return r | REDRAW_STATUS;
}

unsigned browser_unbound(struct browser *b, const char *key)
{
	browser_say(b, false, "%s does nothing here; ? lists the keys", key);
	return REDRAW_STATUS;
}

void browser_list_resize(struct browser *b)
{
	for (int p = 0; p < PANES; p++)
		browser_set_row(b, (enum table_id)p, b->views[p].cursor);
}

unsigned browser_list_click(struct browser *b, enum table_id p, size_t r)
{
	browser_focus(b, p);
	struct view *v = &b->views[p];
	if (r != DS_NONE && v->top + r < v->nrows)
		browser_set_row(b, p, v->top + r);
	return REDRAW_SCREEN;
}

void browser_list_wheel(struct browser *b, enum table_id p, long delta)
{
	view_move(&b->views[p], delta, b->lists.height[p]);
}

unsigned browser_click(struct browser *b, enum table_id p, size_t r)
{
	b->message[0] = '\0';
	const struct mode_ops *m = browser_ops(b);
	if (!m->click || b->edit.kind != PROMPT_NONE)
		return 0;
	unsigned d = m->click(b, p, r);
	browser_sync(b);
	return d | REDRAW_STATUS;
}

unsigned browser_wheel(struct browser *b, enum table_id p, long delta)
{
	b->message[0] = '\0';
	browser_ops(b)->wheel(b, p, delta);
	browser_sync(b);
	return REDRAW_SCREEN | REDRAW_STATUS;
}
