/* Citing what is on screen: y copies a field or a source address, Y the record as one
 * citation line, o opens a source. The browser only decides what; the TUI sends the copy
 * to the terminal (OSC 52) and runs the program that opens an address. */
#include <stdlib.h>
#include <string.h>

#include "browser_internal.h"

/* The record the keys act on, and in the record view the line under the cursor. */
static size_t target(const struct browser *b, enum table_id *t, const struct rline **line)
{
	*line = NULL;
	const struct mode_ops *m = browser_ops(b);
	if (m->lines) {
		const struct record_state *s = m->lines(b);
		*t = s->rec.table;
		if (s->at.cursor < s->rec.n)
			*line = &s->rec.lines[s->at.cursor];
		return s->rec.rec;
	}
	*t = b->focus;
	return view_current(&b->views[b->focus]);
}

static unsigned set_copy(struct browser *b, char *text, const char *what)
{
	if (!text) {
		browser_fail(b);
		return 0;
	}
	free(b->copy);
	b->copy = text;
	if (b->can_copy)
		browser_say(b, false, "copied %s: %s", what, text);
	else
		browser_say(b, false, "this terminal cannot take a copy (OSC 52); %s: %s", what, text);
	return REDRAW_STATUS;
}

static char *dup_n(const char *s, size_t n)
{
	char *d = malloc(n + 1);
	if (d) {
		memcpy(d, s, n);
		d[n] = '\0';
	}
	return d;
}

unsigned browser_copy(struct browser *b, bool citation)
{
	enum table_id t;
	const struct rline *l;
	size_t rec = target(b, &t, &l);
	if (rec == DS_NONE) {
		browser_say(b, true, "nothing to copy: the pane is empty");
		return REDRAW_STATUS;
	}
	if (citation)
		return set_copy(b, record_citation(b->ds, t, rec), "the citation");
	if (l && l->kind == RL_FIELD && l->value)
		return set_copy(b, dup_n(l->value, l->vlen), l->source ? "the source" : "the field");
	if (l && l->kind == RL_ITEM)
		return set_copy(b, dup_n(l->text, l->len), "the item");
	char src[4096];
	record_first_source(b->ds, t, rec, src, sizeof src);
	if (!src[0]) {
		browser_say(b, true, "nothing to copy: this record has no source (Y copies a citation)");
		return REDRAW_STATUS;
	}
	return set_copy(b, strdup(src), "the first source");
}

/* On a source line, that source; elsewhere the record's first. */
unsigned browser_open_source(struct browser *b)
{
	enum table_id t;
	const struct rline *l;
	size_t rec = target(b, &t, &l);
	char *url = NULL;
	if (rec != DS_NONE && l && l->kind == RL_FIELD && l->source) {
		url = dup_n(l->value, l->vlen);
	} else if (rec != DS_NONE) {
		char src[4096];
		record_first_source(b->ds, t, rec, src, sizeof src);
		if (!src[0]) {
			browser_say(b, true, "nothing to open: this record has no source");
			return REDRAW_STATUS;
		}
		url = strdup(src);
	} else {
		browser_say(b, true, "nothing to open: the pane is empty");
		return REDRAW_STATUS;
	}
	if (!url)
		browser_fail(b);
	free(b->open_url);
	b->open_url = url;
	return REDRAW_STATUS;
}
