/* Search (/, n, N) and filter (&) in the focused pane, with the same matcher as --filter.
 * The search is incremental: every key typed searches again from where / began, so Esc
 * can put the cursor back. */
#include <stdlib.h>
#include <string.h>

#include "browser_internal.h"

/* Whether the matching since the key began was cut short (see matcher_guard_begin: the
 * TUI guards each key); if so, says so, and the caller puts back what it had. */
static bool scan_end(struct browser *b, const char *what)
{
	enum matcher_stop s = matcher_guard_state();
	if (s == MATCHER_TIMEOUT)
		browser_say(b, true, "%s stopped: the pattern took too long on these rows", what);
	else if (s == MATCHER_CANCELLED)
		browser_say(b, true, "%s stopped", what);
	return s == MATCHER_DONE;
}

/* NULL or "" clears the pattern. */
static void set_pattern(struct browser *b, const char *pattern)
{
	if (b->has_search)
		matcher_free(&b->search);
	b->has_search = false;
	b->hits_valid = false;
	if (!pattern || !*pattern)
		return;
	if (!matcher_init(&b->search, pattern)) {
		matcher_free(&b->search);
		browser_fail(b);
		return;
	}
	b->has_search = true;
}

void browser_search_typed(struct browser *b)
{
	struct view *v = browser_view(b);
	set_pattern(b, b->input);
	v->top = b->before_top;
	browser_set_row(b, b->focus, b->before_cursor);
	if (!b->has_search || !v->nrows)
		return;
	/* From the row before the one / started on, so that row itself is tried first. */
	size_t from = b->before_cursor ? b->before_cursor - 1 : v->nrows - 1;
	bool wrapped;
	size_t row = view_search(v, &b->search, from, 1, &wrapped);
	if (!scan_end(b, "search")) { /* the cursor is where / began, the pattern as before */
		set_pattern(b, b->search_before);
		return;
	}
	if (row == DS_NONE)
		browser_say(b, true, "no match for %s", b->input);
	else
		browser_set_row(b, b->focus, row);
}

void browser_search_close(struct browser *b, bool keep)
{
	b->prompt = PROMPT_NONE;
	if (keep && b->input_len) {
		browser_count_hits(b);
		if (!b->nhits)
			browser_say(b, true, "no match for %s", b->input);
		else if (b->search.literal)
			browser_say(b, false, "not a valid regular expression: searched for the text %s",
				    b->input);
		return;
	}
	/* Esc, or Enter with nothing typed: everything as it was before /. */
	struct view *v = browser_view(b);
	set_pattern(b, b->search_before);
	v->top = b->before_top;
	browser_set_row(b, b->focus, b->before_cursor);
}

unsigned browser_search_step(struct browser *b, int dir)
{
	struct view *v = browser_view(b);
	if (!b->has_search) {
		browser_say(b, true, "no search pattern yet: / starts a search");
		return 0;
	}
	bool wrapped;
	size_t row = view_search(v, &b->search, v->cursor, dir, &wrapped);
	if (!scan_end(b, "search"))
		return REDRAW_STATUS;
	if (row == DS_NONE) {
		browser_say(b, true, "no match for %s", b->search.pattern);
		return 0;
	}
	browser_set_row(b, b->focus, row);
	if (wrapped)
		browser_say(b, false, dir > 0 ? "search wrapped to the top" : "search wrapped to the bottom");
	return REDRAW_SCREEN;
}

/* A stopped filter puts back the one before it, which was complete (it ran unguarded). */
static bool apply_filter(struct browser *b, const char *text)
{
	struct view *v = browser_view(b);
	char *before = v->has_filter ? strdup(v->filter.pattern) : NULL;
	size_t rec = view_current(v), top = v->top;
	bool ok = (!v->has_filter || before) && view_set_filter(v, text) && view_refresh(v);
	bool stopped = ok && !scan_end(b, "filter");
	if (stopped) {
		matcher_guard_hold(true);
		ok = view_set_filter(v, before) && view_refresh(v);
		matcher_guard_hold(false);
		size_t row = rec == DS_NONE ? DS_NONE : view_find_row(v, rec);
		if (row != DS_NONE) { /* the cut-short rows lost the cursor's record */
			v->cursor = row;
			v->top = top;
		}
	}
	free(before);
	if (!ok) {
		browser_fail(b);
		return false;
	}
	browser_set_row(b, b->focus, v->cursor);
	b->hits_valid = false;
	return !stopped;
}

void browser_filter(struct browser *b, const char *text)
{
	struct view *v = browser_view(b);
	if (!apply_filter(b, text))
		return;
	if (!text || !*text)
		browser_say(b, false, "filter cleared");
	else if (!v->nrows)
		browser_say(b, true, "no row matches %s", text);
	else if (v->filter.literal)
		browser_say(b, false, "not a valid regular expression: filtered on the text %s", text);
}

/* Each key typed narrows (or, erasing, widens) the rows at once; one more letter only
 * rescans the rows shown. */
void browser_filter_typed(struct browser *b)
{
	if (apply_filter(b, b->input) && b->input_len && !browser_view(b)->nrows)
		browser_say(b, true, "no row matches %s", b->input);
}

void browser_filter_close(struct browser *b, bool keep)
{
	b->prompt = PROMPT_NONE;
	if (keep)
		browser_filter(b, b->input);
	else
		apply_filter(b, b->filter_before);
}

/* The rows that match, so the status line can say "match 3/7" without a scan per key. */
void browser_count_hits(struct browser *b)
{
	struct view *v = browser_view(b);
	free(b->hits);
	b->hits = NULL;
	b->nhits = 0;
	b->hits_valid = true;
	if (!b->has_search || !v->nrows)
		return;
	b->hits = malloc(v->nrows * sizeof *b->hits);
	if (!b->hits) {
		browser_fail(b);
		return;
	}
	for (size_t i = 0; i < v->nrows; i++)
		if (view_record_matches(v, &b->search, v->rows[i]))
			b->hits[b->nhits++] = i;
	if (!scan_end(b, "search"))
		b->nhits = 0;
}
