/* MODE_RESULTS: F's list of the rows of all three panes that match a pattern, as a list of
 * lines (pane headings, then each row with the column that matched). It moves, steps with
 * n and N, and jumps on Enter as the record view does (browser_lines_do), and has its own
 * state (b->results), status and title. Drawn by pane_results.c. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "browser_internal.h"

/* At most this many results a pane: a word found in every row of a million-row table
 * would make a list too long to step through, and the filter is the tool for that. */
enum { FIND_MAX = 1000 };

static bool build(struct browser *b)
{
	return record_build_results(&b->results.list.rec, b->ds,
				    b->results.pattern ? b->results.pattern : "", b->width,
				    FIND_MAX);
}

void browser_find_rebuild(struct browser *b)
{
	if (!build(b))
		browser_fail(b);
}

static size_t next_item(const struct record *r, size_t from)
{
	for (size_t i = from; i < r->n; i++)
		if (r->lines[i].kind == RL_ITEM)
			return i;
	return DS_NONE;
}

static unsigned no_match(struct browser *b, const char *text)
{
	struct matcher m;
	bool literal = matcher_init(&m, text) && m.literal;
	matcher_free(&m);
	browser_say(b, true, "%sno match for %s in any pane", literal ? BROWSER_AS_TEXT : "", text);
	return REDRAW_STATUS;
}

unsigned browser_find(struct browser *b, const char *text)
{
	if (!text || !*text) {
		browser_say(b, false, "nothing searched");
		return REDRAW_STATUS;
	}
	struct record r = {.rec = DS_NONE};
	if (!record_build_results(&r, b->ds, text, b->width, FIND_MAX))
		browser_fail(b);
	size_t first = next_item(&r, 0);
	if (first == DS_NONE) {
		record_free(&r);
		return no_match(b, text);
	}
	browser_push(b);
	char *p = strdup(text);
	if (!p)
		browser_fail(b);
	free(b->results.pattern);
	b->results.pattern = p;
	record_free(&b->results.list.rec);
	b->results.list.rec = r; /* the list just built: its lines and arena move over */
	browser_search_set(b, text);
	b->mode = MODE_RESULTS;
	b->results.list.at.top = 0;
	b->results.list.at.cursor = first;
	browser_lines_scroll(b, &b->results.list, 0);
	return REDRAW_SCREEN;
}

unsigned browser_results_do(struct browser *b, enum action a)
{
	return browser_lines_do(b, &b->results.list, a);
}

void browser_results_close(struct browser *b)
{
	record_free(&b->results.list.rec);
	b->mode = MODE_LIST;
}

void browser_results_save(const struct browser *b, struct snapshot *s)
{
	s->at.results.cursor = b->results.list.at.cursor;
	s->at.results.top = b->results.list.at.top;
}

/* Built again from the pattern: the data does not change while the browser runs. */
void browser_results_restore(struct browser *b, const union mode_snapshot *s)
{
	browser_find_rebuild(b);
	b->mode = MODE_RESULTS;
	b->results.list.at.cursor = s->results.cursor;
	b->results.list.at.top = s->results.top;
	browser_lines_scroll(b, &b->results.list, 0);
}

void browser_results_resize(struct browser *b)
{
	browser_lines_relayout(b, &b->results.list, build);
}

const struct record_state *browser_results_lines(const struct browser *b)
{
	return &b->results.list;
}

void browser_results_wheel(struct browser *b, enum table_id p, long delta)
{
	(void)p;
	browser_lines_scroll(b, &b->results.list, delta);
}

void browser_results_status(const struct browser *b, char *buf, size_t n)
{
	snprintf(buf, n, "Found: %s  line %zu/%zu", b->results.pattern ? b->results.pattern : "",
		 b->results.list.at.cursor + 1, b->results.list.rec.n);
}

void browser_results_title(const struct browser *b, char *buf, size_t n)
{
	snprintf(buf, n, " Found in all panes: %s  (Enter jumps to a row; n N step; q goes back)",
		 b->results.pattern ? b->results.pattern : "");
}
