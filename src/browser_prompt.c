/* The prompts at the bottom line: search (/), filter (&), export (e) and its overwrite
 * question. Keys that edit arrive as actions; what is typed arrives as text. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "browser_internal.h"
#include "export.h"
#include "lineedit.h"

static struct lineedit editor(struct browser *b)
{
	return (struct lineedit){b->edit.input, sizeof b->edit.input, &b->edit.len, &b->edit.pos};
}

/* The prompt's input is set to s, selected: typing replaces it, editing keys keep it. */
static void prefill(struct browser *b, const char *s, bool selected)
{
	lineedit_set(editor(b), s);
	b->edit.selected = selected && b->edit.len > 0;
}

static int history_kind(enum prompt_kind k)
{
	return k == PROMPT_SEARCH || k == PROMPT_FIND ? 0 : k == PROMPT_FILTER ? 1 : 2;
}

/* An accepted input goes to the end of its prompt's history (once: a repeat moves). */
static void remember(struct browser *b, enum prompt_kind k)
{
	int h = history_kind(k);
	char **l = b->edit.history[h];
	size_t *n = &b->edit.nhistory[h];
	if (!b->edit.len)
		return;
	for (size_t i = 0; i < *n; i++)
		if (strcmp(l[i], b->edit.input) == 0) {
			free(l[i]);
			memmove(l + i, l + i + 1, (*n - i - 1) * sizeof *l);
			(*n)--;
			break;
		}
	if (*n == HISTORY_MAX) {
		free(l[0]);
		memmove(l, l + 1, (*n - 1) * sizeof *l);
		(*n)--;
	}
	if ((l[*n] = strdup(b->edit.input)))
		(*n)++;
}

/* Up and Down walk the history; past the newest entry is the line that was being typed. */
static bool history_move(struct browser *b, int dir)
{
	int h = history_kind(b->edit.kind);
	size_t n = b->edit.nhistory[h], at = b->edit.history_at;
	if ((dir < 0 && at == 0) || (dir > 0 && at >= n)) {
		browser_say(b, false, n ? "no more history" : "no history yet for this prompt");
		return false;
	}
	if (at == n) {
		free(b->edit.draft);
		if (!(b->edit.draft = strdup(b->edit.input)))
			browser_fail(b);
	}
	b->edit.history_at = dir < 0 ? at - 1 : at + 1;
	prefill(b, b->edit.history_at < n ? b->edit.history[h][b->edit.history_at]
				     : b->edit.draft ? b->edit.draft : "", false);
	return true;
}

unsigned browser_prompt_open(struct browser *b, enum prompt_kind k)
{
	struct view *v = browser_view(b);
	b->edit.kind = k;
	prefill(b, "", false);
	b->edit.history_at = b->edit.nhistory[history_kind(k)];
	/* / and & start from the pattern in force, selected: Enter keeps it, typing replaces
	 * it, and an editing key refines it. */
	if (k == PROMPT_SEARCH && b->search.on)
		prefill(b, b->search.m.pattern, true);
	else if (k == PROMPT_FILTER && v->has_filter)
		prefill(b, v->filter.pattern, true);
	if (k == PROMPT_SEARCH) {
		free(b->search.before);
		b->search.before = NULL;
		if (b->search.on && !(b->search.before = strdup(b->search.m.pattern)))
			browser_fail(b);
		b->search.before_cursor = v->cursor;
		b->search.before_top = v->top;
	} else if (k == PROMPT_FILTER) {
		free(b->search.filter_before);
		b->search.filter_before = NULL;
		if (v->has_filter && !(b->search.filter_before = strdup(v->filter.pattern)))
			browser_fail(b);
	} else if (k == PROMPT_EXPORT) {
		char name[64];
		snprintf(name, sizeof name, "%s.csv", dataset_table_name(b->focus));
		prefill(b, name, false);
	}
	return REDRAW_STATUS;
}

static void write_export(struct browser *b)
{
	char err[512];
	/* The user said y to replacing an existing file, read-only or not. */
	long n = export_to_path_flags(browser_view(b), NULL, 0, b->edit.export_path, EXPORT_FORCE, err,
				      sizeof err);
	if (n < 0)
		browser_say(b, true, "%s", err);
	else
		browser_say(b, false, "wrote %ld row%s to %s", n, n == 1 ? "" : "s", b->edit.export_path);
}

/* ~ and ~/... name the home directory, as in the shell that would otherwise expand them. */
static void expand_home(const char *in, char *out, size_t n)
{
	const char *home = getenv("HOME");
	if (in[0] == '~' && (in[1] == '\0' || in[1] == '/') && home && *home)
		snprintf(out, n, "%s%s", home, in + 1);
	else
		snprintf(out, n, "%s", in);
}

/* An existing file is only replaced when the user says so, and a file of the data being
 * browsed never. */
static void export_to(struct browser *b)
{
	struct stat st;
	if (!b->edit.len) {
		browser_say(b, false, "nothing exported");
		return;
	}
	expand_home(b->edit.input, b->edit.export_path, sizeof b->edit.export_path);
	const char *data = dataset_data_file(b->ds, b->edit.export_path);
	if (data) {
		browser_say(b, true, "not written: %s is %s.csv of the data being browsed",
			    b->edit.export_path, data);
		return;
	}
	if (stat(b->edit.export_path, &st) == 0 && !S_ISDIR(st.st_mode)) {
		b->edit.kind = PROMPT_OVERWRITE;
		return;
	}
	write_export(b);
}

static unsigned accept(struct browser *b)
{
	enum prompt_kind k = b->edit.kind;
	b->edit.kind = PROMPT_NONE;
	if (k != PROMPT_OVERWRITE)
		remember(b, k);
	switch (k) {
	case PROMPT_SEARCH: browser_search_close(b, true); break;
	case PROMPT_FILTER: browser_filter_close(b, true); break;
	case PROMPT_EXPORT: export_to(b); break;
	case PROMPT_FIND: return browser_find(b, b->edit.input) | REDRAW_SCREEN;
	default: browser_say(b, false, "not written: %s is left as it was", b->edit.export_path); break;
	}
	return REDRAW_SCREEN;
}

static unsigned cancel(struct browser *b)
{
	if (b->edit.kind == PROMPT_SEARCH)
		browser_search_close(b, false);
	else if (b->edit.kind == PROMPT_FILTER)
		browser_filter_close(b, false);
	else if (b->edit.kind == PROMPT_OVERWRITE)
		browser_say(b, false, "not written: %s is left as it was", b->edit.export_path);
	b->edit.kind = PROMPT_NONE;
	return REDRAW_SCREEN;
}

/* An editing key on a selected input: erasing keys erase all of it, moving keys keep it. */
static bool edit(struct browser *b, enum action a)
{
	static const struct {
		enum action a;
		enum lineedit_op op;
	} ops[] = {
		{ACT_ERASE, LE_ERASE}, {ACT_DELETE, LE_DELETE}, {ACT_CLEAR, LE_KILL_START},
		{ACT_KILL, LE_KILL_END}, {ACT_ERASE_WORD, LE_ERASE_WORD},
		{ACT_CURSOR_LEFT, LE_LEFT}, {ACT_CURSOR_RIGHT, LE_RIGHT},
		{ACT_CURSOR_START, LE_START}, {ACT_CURSOR_END, LE_END},
	};
	bool selected = b->edit.selected;
	b->edit.selected = false;
	for (size_t i = 0; i < sizeof ops / sizeof *ops; i++) {
		if (ops[i].a != a)
			continue;
		if (selected && ops[i].op >= LE_ERASE) {
			prefill(b, "", false);
			return true;
		}
		return lineedit_do(editor(b), ops[i].op);
	}
	return false;
}

unsigned browser_prompt_do(struct browser *b, enum action a)
{
	switch (a) {
	case ACT_ACCEPT: return accept(b);
	case ACT_CANCEL: return cancel(b);
	case ACT_HISTORY_PREV:
	case ACT_HISTORY_NEXT:
		if (!history_move(b, a == ACT_HISTORY_PREV ? -1 : 1))
			return REDRAW_STATUS;
		break;
	default:
		if (!edit(b, a))
			return REDRAW_STATUS;
		break;
	}
	if (b->edit.kind == PROMPT_SEARCH)
		browser_search_typed(b);
	else if (b->edit.kind == PROMPT_FILTER)
		browser_filter_typed(b);
	return REDRAW_SCREEN;
}

unsigned browser_type(struct browser *b, const char *ch)
{
	b->message[0] = '\0';
	b->message_is_error = false;
	if (b->edit.kind == PROMPT_NONE)
		return 0;
	if (b->edit.kind == PROMPT_OVERWRITE) {
		b->edit.kind = PROMPT_NONE;
		if (strcmp(ch, "y") == 0 || strcmp(ch, "Y") == 0)
			write_export(b);
		else
			browser_say(b, false, "not written: %s is left as it was", b->edit.export_path);
		return REDRAW_STATUS;
	}
	if (b->edit.selected)
		prefill(b, "", false);
	if (!lineedit_insert(editor(b), ch)) {
		browser_say(b, true, "the input is full");
		return REDRAW_STATUS;
	}
	if (b->edit.kind == PROMPT_SEARCH)
		browser_search_typed(b);
	else if (b->edit.kind == PROMPT_FILTER)
		browser_filter_typed(b);
	else
		return REDRAW_STATUS;
	browser_sync(b);
	return REDRAW_SCREEN | REDRAW_STATUS;
}
