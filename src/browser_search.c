/* Search (/, n, N) and filter (&) in the focused pane, with the same matcher as --filter.
 * The search is incremental: every key typed searches again from where / began, so Esc
 * can put the cursor back. */
#include <stdio.h>
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
	if (b->search.on)
		matcher_free(&b->search.m);
	b->search.on = false;
	b->search.hits_valid = false;
	if (!pattern || !*pattern)
		return;
	if (!view_matcher_init(b->ds, b->focus, &b->search.m, pattern)) {
		matcher_free(&b->search.m);
		browser_fail(b);
		return;
	}
	b->search.on = true;
}

void browser_search_set(struct browser *b, const char *pattern)
{
	set_pattern(b, pattern);
}

/* "city:" names a column of one table: another pane reads the pattern anew. */
void browser_search_rescope(struct browser *b)
{
	if (!b->search.on)
		return;
	char *p = strdup(b->search.m.pattern);
	if (!p) {
		browser_fail(b);
		return;
	}
	set_pattern(b, p);
	free(p);
}

static const char *const pane_names[PANES] = {"Meetings", "Members", "Concerns"};

/* Counting another pane's matches scans its whole table: while a key is typed, only small
 * tables are counted; Enter counts them all. */
enum { COUNT_WHILE_TYPING = 100000 };

/* Nothing matches in the focused pane: says so, whether the pattern was read as text
 * because it is no valid regex, and how many rows of the other panes it would match. */
static void say_no_match(struct browser *b, const char *what, const char *text,
			 const struct matcher *m, bool typing)
{
	char where[160] = "";
	size_t used = 0;
	for (int p = 0; p < PANES; p++) {
		if (p == (int)b->focus || (typing && dataset_count(b->ds, (enum table_id)p) > COUNT_WHILE_TYPING))
			continue;
		size_t n = view_count_matches(b->ds, (enum table_id)p, text);
		int w = n ? snprintf(where + used, sizeof where - used, "%s%zu in %s",
				     used ? "," : "; ", n, pane_names[p]) : 0;
		if (w > 0 && (size_t)w < sizeof where - used)
			used += (size_t)w;
	}
	browser_say(b, true, "%s%s %s%s%s", m->literal ? BROWSER_AS_TEXT : "", what, text,
		    used ? " here" : "", where);
}

/* The screen's own lines when it searches them (the record view), else NULL: the lists. */
static struct record_state *searched(struct browser *b)
{
	return browser_ops(b)->searched ? browser_ops(b)->searched(b) : NULL;
}

static void say_no_line(struct browser *b, const struct matcher *m)
{
	browser_say(b, true, "%sno match for %s in this record", m->literal ? BROWSER_AS_TEXT : "",
		    m->pattern);
}

unsigned browser_lines_search_open(struct browser *b, struct record_state *s)
{
	unsigned redraw = browser_prompt_open(b, PROMPT_SEARCH);
	b->search.before_cursor = s->at.cursor;
	b->search.before_top = s->at.top;
	return redraw;
}

static void lines_put_back(struct browser *b, struct record_state *s)
{
	s->at.cursor = b->search.before_cursor;
	s->at.top = b->search.before_top;
	browser_lines_scroll(b, s, 0);
}

/* As in the lists: from the line / began on, that line first, wrapping to the top. */
static void lines_typed(struct browser *b, struct record_state *s)
{
	set_pattern(b, b->edit.input);
	lines_put_back(b, s);
	if (!b->search.on)
		return;
	size_t line = record_next_match(&s->rec, &b->search.m, b->search.before_cursor, true);
	if (line == DS_NONE)
		line = record_next_match(&s->rec, &b->search.m, 0, true);
	if (!scan_end(b, "search")) {
		set_pattern(b, b->search.before);
		return;
	}
	if (line == DS_NONE)
		say_no_line(b, &b->search.m);
	else
		browser_lines_scroll(b, s, (long)line - (long)s->at.cursor);
}

unsigned browser_lines_search_step(struct browser *b, struct record_state *s, int dir)
{
	const struct matcher *m = browser_match(b);
	size_t cur = s->at.cursor, line = DS_NONE, last = DS_NONE;
	if (dir > 0) {
		line = record_next_match(&s->rec, m, cur + 1, true);
		if (line == DS_NONE)
			line = last = record_next_match(&s->rec, m, 0, true);
	} else {
		for (size_t i = record_next_match(&s->rec, m, 0, true); i != DS_NONE;
		     i = record_next_match(&s->rec, m, i + 1, true)) {
			if (i < cur)
				line = i;
			last = i;
		}
		if (line != DS_NONE)
			last = DS_NONE;
		else
			line = last;
	}
	if (!scan_end(b, "search"))
		return REDRAW_STATUS;
	if (line == DS_NONE) {
		say_no_line(b, m);
		return REDRAW_STATUS;
	}
	browser_lines_scroll(b, s, (long)line - (long)s->at.cursor);
	if (last != DS_NONE) /* it went round */
		browser_say(b, false, dir > 0 ? "search wrapped to the top" : "search wrapped to the bottom");
	return REDRAW_SCREEN;
}

void browser_search_typed(struct browser *b)
{
	struct record_state *s = searched(b);
	if (s) {
		lines_typed(b, s);
		return;
	}
	struct view *v = browser_view(b);
	set_pattern(b, b->edit.input);
	v->top = b->search.before_top;
	browser_set_row(b, b->focus, b->search.before_cursor);
	if (!b->search.on)
		return;
	if (!v->nrows) {
		say_no_match(b, "no match for", b->edit.input, &b->search.m, true);
		return;
	}
	/* From the row before the one / started on, so that row itself is tried first. */
	size_t from = b->search.before_cursor ? b->search.before_cursor - 1 : v->nrows - 1;
	bool wrapped;
	size_t row = view_search(v, &b->search.m, from, 1, &wrapped);
	if (!scan_end(b, "search")) { /* the cursor is where / began, the pattern as before */
		set_pattern(b, b->search.before);
		return;
	}
	if (row == DS_NONE)
		say_no_match(b, "no match for", b->edit.input, &b->search.m, true);
	else
		browser_set_row(b, b->focus, row);
}

void browser_search_close(struct browser *b, bool keep)
{
	struct record_state *s = searched(b);
	b->edit.kind = PROMPT_NONE;
	if (keep && b->edit.len) {
		bool none;
		if (s) {
			none = record_next_match(&s->rec, &b->search.m, 0, true) == DS_NONE;
		} else {
			browser_count_hits(b);
			none = !b->search.nhits;
		}
		if (none && s)
			say_no_line(b, &b->search.m);
		else if (none)
			say_no_match(b, "no match for", b->edit.input, &b->search.m, false);
		else if (b->search.m.literal)
			browser_say(b, false, "not a valid regular expression: searched for the text %s",
				    b->edit.input);
		return;
	}
	/* Esc, or Enter with nothing typed: everything as it was before /. */
	set_pattern(b, b->search.before);
	if (s) {
		lines_put_back(b, s);
		return;
	}
	struct view *v = browser_view(b);
	v->top = b->search.before_top;
	browser_set_row(b, b->focus, b->search.before_cursor);
}

unsigned browser_search_step(struct browser *b, int dir)
{
	struct view *v = browser_view(b);
	if (!b->search.on) {
		browser_say(b, true, "no search pattern yet: / starts a search");
		return 0;
	}
	bool wrapped;
	size_t row = view_search(v, &b->search.m, v->cursor, dir, &wrapped);
	if (!scan_end(b, "search"))
		return REDRAW_STATUS;
	if (row == DS_NONE) {
		say_no_match(b, "no match for", b->search.m.pattern, &b->search.m, false);
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
	b->search.hits_valid = false;
	if (b->lists.link_only) /* the other panes are linked to the rows the filter shows */
		b->lists.links_valid = false;
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
		say_no_match(b, "no row matches", text, &v->filter, false);
	else if (v->filter.literal)
		browser_say(b, false, "not a valid regular expression: filtered on the text %s", text);
}

/* Each key typed narrows (or, erasing, widens) the rows at once; one more letter only
 * rescans the rows shown. */
void browser_filter_typed(struct browser *b)
{
	struct view *v = browser_view(b);
	if (apply_filter(b, b->edit.input) && b->edit.len && !v->nrows)
		say_no_match(b, "no row matches", b->edit.input, &v->filter, true);
}

void browser_filter_close(struct browser *b, bool keep)
{
	b->edit.kind = PROMPT_NONE;
	if (keep)
		browser_filter(b, b->edit.input);
	else
		apply_filter(b, b->search.filter_before);
}

/* The rows that match, so the status line can say "match 3/7" without a scan per key. */
void browser_count_hits(struct browser *b)
{
	struct view *v = browser_view(b);
	free(b->search.hits);
	b->search.hits = NULL;
	b->search.nhits = 0;
	b->search.hits_valid = true;
	if (!b->search.on || !v->nrows)
		return;
	b->search.hits = malloc(v->nrows * sizeof *b->search.hits);
	if (!b->search.hits) {
		browser_fail(b);
		return;
	}
	for (size_t i = 0; i < v->nrows; i++)
		if (view_record_matches(v, &b->search.m, v->rows[i]))
			b->search.hits[b->search.nhits++] = i;
	if (!scan_end(b, "search"))
		b->search.nhits = 0;
}
