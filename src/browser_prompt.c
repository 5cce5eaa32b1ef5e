/* The prompts at the bottom line: search (/), filter (&), export (e) and its overwrite
 * question. Keys that edit arrive as actions; what is typed arrives as text. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "browser_internal.h"
#include "export.h"

unsigned browser_prompt_open(struct browser *b, enum prompt_kind k)
{
	struct view *v = browser_view(b);
	b->prompt = k;
	b->input_len = 0;
	b->input[0] = '\0';
	if (k == PROMPT_SEARCH) {
		free(b->search_before);
		b->search_before = NULL;
		if (b->has_search && !(b->search_before = strdup(b->search.pattern)))
			browser_fail(b);
		b->before_cursor = v->cursor;
		b->before_top = v->top;
	} else if (k == PROMPT_FILTER) {
		free(b->filter_before);
		b->filter_before = NULL;
		if (v->has_filter && !(b->filter_before = strdup(v->filter.pattern)))
			browser_fail(b);
	} else if (k == PROMPT_EXPORT) {
		snprintf(b->input, sizeof b->input, "%s.csv", dataset_schema(b->focus)->name);
		b->input_len = strlen(b->input);
	}
	return REDRAW_STATUS;
}

static void write_export(struct browser *b)
{
	char err[512];
	long n = export_to_path(browser_view(b), NULL, 0, b->export_path, err, sizeof err);
	if (n < 0)
		browser_say(b, true, "%s", err);
	else
		browser_say(b, false, "wrote %ld row%s to %s", n, n == 1 ? "" : "s", b->export_path);
}

/* An existing file is only replaced when the user says so. */
static void export_to(struct browser *b)
{
	struct stat st;
	if (!b->input_len) {
		browser_say(b, false, "nothing exported");
		return;
	}
	memcpy(b->export_path, b->input, b->input_len + 1);
	if (stat(b->export_path, &st) == 0 && !S_ISDIR(st.st_mode)) {
		b->prompt = PROMPT_OVERWRITE;
		return;
	}
	write_export(b);
}

static unsigned accept(struct browser *b)
{
	enum prompt_kind k = b->prompt;
	b->prompt = PROMPT_NONE;
	switch (k) {
	case PROMPT_SEARCH: browser_search_close(b, true); break;
	case PROMPT_FILTER: browser_filter_close(b, true); break;
	case PROMPT_EXPORT: export_to(b); break;
	case PROMPT_FIND: return browser_find(b, b->input) | REDRAW_SCREEN;
	default: browser_say(b, false, "not written: %s is left as it was", b->export_path); break;
	}
	return REDRAW_SCREEN;
}

static unsigned cancel(struct browser *b)
{
	if (b->prompt == PROMPT_SEARCH)
		browser_search_close(b, false);
	else if (b->prompt == PROMPT_FILTER)
		browser_filter_close(b, false);
	else if (b->prompt == PROMPT_OVERWRITE)
		browser_say(b, false, "not written: %s is left as it was", b->export_path);
	b->prompt = PROMPT_NONE;
	return REDRAW_SCREEN;
}

/* Erases the last character, not the last byte. */
static void erase(struct browser *b)
{
	while (b->input_len > 0 && ((unsigned char)b->input[--b->input_len] & 0xc0) == 0x80)
		;
	b->input[b->input_len] = '\0';
}

unsigned browser_prompt_do(struct browser *b, enum action a)
{
	switch (a) {
	case ACT_ACCEPT: return accept(b);
	case ACT_CANCEL: return cancel(b);
	case ACT_ERASE: erase(b); break;
	case ACT_CLEAR: b->input_len = 0; b->input[0] = '\0'; break;
	default: return 0;
	}
	if (b->prompt == PROMPT_SEARCH)
		browser_search_typed(b);
	else if (b->prompt == PROMPT_FILTER)
		browser_filter_typed(b);
	return REDRAW_SCREEN;
}

unsigned browser_type(struct browser *b, const char *ch)
{
	size_t len = strlen(ch);
	b->message[0] = '\0';
	b->message_is_error = false;
	if (b->prompt == PROMPT_NONE)
		return 0;
	if (b->prompt == PROMPT_OVERWRITE) {
		b->prompt = PROMPT_NONE;
		if (strcmp(ch, "y") == 0 || strcmp(ch, "Y") == 0)
			write_export(b);
		else
			browser_say(b, false, "not written: %s is left as it was", b->export_path);
		return REDRAW_STATUS;
	}
	if (b->input_len + len >= sizeof b->input) {
		browser_say(b, true, "the input is full");
		return REDRAW_STATUS;
	}
	memcpy(b->input + b->input_len, ch, len + 1);
	b->input_len += len;
	if (b->prompt == PROMPT_SEARCH)
		browser_search_typed(b);
	else if (b->prompt == PROMPT_FILTER)
		browser_filter_typed(b);
	else
		return REDRAW_STATUS;
	browser_sync(b);
	return REDRAW_SCREEN | REDRAW_STATUS;
}
