/* What the browser says in words: pane titles, the status line, the prompt, messages. */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "browser_internal.h"
#include "export.h"
#include "help.h"
#include "text.h"

static const char *const pane_names[PANES] = {"Meetings", "Members", "Concerns"};

void browser_say(struct browser *b, bool error, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(b->message, sizeof b->message, fmt, ap);
	va_end(ap);
	b->message_is_error = error;
}

/* Appends to buf[0..n) at *used, never past the end. */
static void add(char *buf, size_t n, size_t *used, const char *fmt, ...)
	__attribute__((format(printf, 4, 5)));
static void add(char *buf, size_t n, size_t *used, const char *fmt, ...)
{
	if (*used >= n)
		return;
	va_list ap;
	va_start(ap, fmt);
	int w = vsnprintf(buf + *used, n - *used, fmt, ap);
	va_end(ap);
	if (w > 0)
		*used = *used + (size_t)w < n ? *used + (size_t)w : n - 1;
}

void browser_title(const struct browser *b, enum table_id p, char *buf, size_t n)
{
	const struct view *v = &b->views[p];
	size_t used = 0;
	buf[0] = '\0';
	add(buf, n, &used, "%s ", pane_names[p]);
	if (v->nrows != v->nrecords || v->has_filter || (v->link_only && v->link_rec != DS_NONE))
		add(buf, n, &used, "%zu/%zu", v->nrows, v->nrecords);
	else
		add(buf, n, &used, "%zu", v->nrows);
	if (v->link_rec == DS_NONE) {
		if (v->has_filter)
			add(buf, n, &used, " (filtered)");
		return;
	}
	const char *id = dataset_record_id(b->ds, v->link_table, v->link_rec);
	if (v->link_only && v->link_n > 1)
		add(buf, n, &used, " (only linked to %zu %s", v->link_n,
		    dataset_table_name(v->link_table));
	else if (v->link_only)
		add(buf, n, &used, " (only linked to %s", id);
	else
		add(buf, n, &used, " (%zu linked to %s", v->nmarked, id);
	add(buf, n, &used, "%s)", v->has_filter ? ", filtered" : "");
}

/* The position of the cursor among the matches, from 1, or 0 when it is not on one. */
static size_t hit_number(const struct browser *b)
{
	size_t lo = 0, hi = b->search.nhits, cur = b->views[b->focus].cursor;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (b->search.hits[mid] < cur)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < b->search.nhits && b->search.hits[lo] == cur ? lo + 1 : 0;
}

static void status_search(const struct browser *b, char *buf, size_t n, size_t *used)
{
	if (!b->search.on)
		return;
	add(buf, n, used, "  search: %s%s", b->search.m.pattern, b->search.m.literal ? " (as text)" : "");
	size_t i = hit_number(b);
	if (!b->search.nhits)
		add(buf, n, used, " (no match)");
	else if (i)
		add(buf, n, used, " %zu/%zu", i, b->search.nhits);
	else
		add(buf, n, used, " (%zu match%s)", b->search.nhits, b->search.nhits == 1 ? "" : "es");
}

static void status_list(const struct browser *b, char *buf, size_t n, size_t *used)
{
	const struct view *v = &b->views[b->focus];
	add(buf, n, used, "%s", pane_names[b->focus]);
	if (v->nrows)
		add(buf, n, used, "  row %zu/%zu", v->cursor + 1, v->nrows);
	else
		add(buf, n, used, "  no rows");
	if (v->has_filter)
		add(buf, n, used, "  filter: %s%s", v->filter.pattern,
		    v->filter.literal ? " (as text)" : "");
	status_search(b, buf, n, used);
	const char *col = browser_match_column(b);
	if (col)
		add(buf, n, used, "  match in: %s", col);
	if (v->sort_col >= 0) {
		size_t ncols;
		const int *cols = view_columns(v->table, &ncols);
		bool utf8 = text_utf8();
		add(buf, n, used, "  sort: %s %s", view_column_name(v->table, cols[v->sort_col]),
		    v->sort_desc ? (utf8 ? "\xe2\x86\x93" : "desc") : (utf8 ? "\xe2\x86\x91" : "asc"));
	}
	if (b->lists.link_only)
		add(buf, n, used, "  link: only related");
}

void browser_list_status(const struct browser *b, char *buf, size_t n)
{
	size_t used = 0;
	buf[0] = '\0';
	status_list(b, buf, n, &used);
}

void browser_help_status(const struct browser *b, char *buf, size_t n)
{
	snprintf(buf, n, "Help  line %zu/%zu", b->help.at.top + 1, help_lines(NULL, 0));
}

void browser_record_status(const struct browser *b, char *buf, size_t n)
{
	snprintf(buf, n, "%s %s  line %zu/%zu", record_kind_name(b->record.rec.table),
		 dataset_record_id(b->ds, b->record.rec.table, b->record.rec.rec),
		 b->record.at.cursor + 1, b->record.rec.n);
}

void browser_status(const struct browser *b, char *buf, size_t n)
{
	if (n)
		buf[0] = '\0';
	browser_ops(b)->status(b, buf, n);
}

static const char *prompt_prefix(const struct browser *b)
{
	switch (b->edit.kind) {
	case PROMPT_SEARCH: return "/";
	case PROMPT_FILTER: return "&";
	case PROMPT_FIND: return "find in all panes: ";
	case PROMPT_EXPORT: return "export to: ";
	default: return "";
	}
}

void browser_prompt_text(const struct browser *b, char *buf, size_t n)
{
	if (b->edit.kind == PROMPT_OVERWRITE)
		snprintf(buf, n, "%s %s. Overwrite it? (y/N) ", b->edit.export_path,
			 export_target_read_only(b->edit.export_path) ? "is read-only" : "exists");
	else if (b->edit.kind != PROMPT_NONE)
		snprintf(buf, n, "%s%s", prompt_prefix(b), b->edit.input);
	else
		buf[0] = '\0';
}

size_t browser_prompt_cursor(const struct browser *b, size_t *sel_start, size_t *sel_end)
{
	size_t pre = strlen(prompt_prefix(b));
	*sel_start = *sel_end = 0;
	if (b->edit.kind == PROMPT_OVERWRITE) {
		char buf[PROMPT_MAX + 4200];
		browser_prompt_text(b, buf, sizeof buf);
		return strlen(buf);
	}
	if (b->edit.selected) {
		*sel_start = pre;
		*sel_end = pre + b->edit.len;
	}
	return pre + b->edit.pos;
}

const struct matcher *browser_highlight(const struct browser *b)
{
	return b->search.on && b->search.m.needle[0] ? &b->search.m : NULL;
}

const struct matcher *browser_match(const struct browser *b)
{
	const struct view *v = &b->views[b->focus];
	if (browser_highlight(b))
		return &b->search.m;
	return v->has_filter && v->filter.needle[0] ? &v->filter : NULL;
}

const char *browser_match_column(const struct browser *b)
{
	const struct view *v = &b->views[b->focus];
	const struct matcher *m = browser_match(b);
	size_t rec = view_current(v), n;
	if (!m || rec == DS_NONE)
		return NULL;
	int col = view_match_column(v, m, rec);
	const int *shown = view_columns(v->table, &n);
	for (size_t i = 0; i < n; i++)
		if (dataset_file_column(b->ds, v->table, shown[i]) == col)
			return NULL;
	return dataset_file_column_name(b->ds, v->table, col);
}
