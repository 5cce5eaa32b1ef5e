/* Shared between the browser's source files; not for other modules. */
#ifndef MTCR_BROWSER_INTERNAL_H
#define MTCR_BROWSER_INTERNAL_H
#include "browser.h"

/* Sets the status message (an error is shown as one). */
void browser_say(struct browser *b, bool error, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
/* Memory ran out: the browser stops, and the TUI says why after restoring the terminal. */
void browser_fail(struct browser *b);

/* Brings the other panes' links and the search hits up to date with the focused cursor. */
void browser_sync(struct browser *b);
/* Focuses pane p; in link-only mode its rows grow back to all of them. */
void browser_focus(struct browser *b, enum table_id p);
/* Moves the cursor within pane p's window. */
void browser_set_row(struct browser *b, enum table_id p, size_t row);
/* Moves the cursor of a list of lines (the record view, the results) by delta lines, or
 * scrolls the help. */
void browser_lines_scroll(struct browser *b, struct record_state *s, long delta);
void browser_help_scroll(struct browser *b, long delta);
/* The keys of a list of lines with a cursor: movement, Enter on an item, n N, y Y o, ?,
 * t c, q; the record view's and the results' act (browser_overlay.c). */
unsigned browser_lines_do(struct browser *b, struct record_state *s, enum action a);
/* Lays s out again with build when the width changed, the cursor kept on its item. */
void browser_lines_relayout(struct browser *b, struct record_state *s,
			    bool (*build)(struct browser *b));
/* Every mode's resize hook (browser_mode.c). */
void browser_modes_resize(struct browser *b);

/* Actions in the record view and the help, and at a prompt. */
unsigned browser_record_do(struct browser *b, enum action a);
unsigned browser_help_do(struct browser *b, enum action a);
unsigned browser_open_record(struct browser *b);
unsigned browser_prompt_open(struct browser *b, enum prompt_kind k);
unsigned browser_prompt_do(struct browser *b, enum action a);

/* Focuses pane t and puts its cursor on record rec (a filter that hides it is cleared);
 * the overlay that asked must be closed first. */
unsigned browser_jump(struct browser *b, enum table_id t, size_t rec);

/* The pictures: t and c open them (MODE_PICTURE, chart.kind k), and the
 * actions inside them. */
unsigned browser_chart_open(struct browser *b, enum chart_kind k);
unsigned browser_chart_do(struct browser *b, enum action a);
void browser_chart_close(struct browser *b);

/* The back stack (browser_history.c): push before a jump; pop returns false when there
 * is nowhere to go back to. */
void browser_push(struct browser *b);
bool browser_pop(struct browser *b);
void browser_back_free(struct browser *b);
/* Shows picture k over the panes, without pushing (a pop restores pictures with it). */
unsigned browser_chart_show(struct browser *b, enum chart_kind k);

/* F: the rows of all three panes matching text, as a list (MODE_RESULTS,
 * browser_results.c). */
unsigned browser_find(struct browser *b, const char *text);
/* Rebuilds the list of results (a resize, a pop back to it). */
void browser_find_rebuild(struct browser *b);
/* Sets the search pattern (n, N, highlights) without moving. */
void browser_search_set(struct browser *b, const char *pattern);

/* y and Y: the field, source or citation to copy (into b->copy, for the TUI to send);
 * o: the source to open (into b->open_url). In the record view, the line under the
 * cursor; in the lists, the selected record's first source. */
unsigned browser_copy(struct browser *b, bool citation);
unsigned browser_open_source(struct browser *b);

/* Search and filter. */
unsigned browser_search_step(struct browser *b, int dir);
void browser_search_typed(struct browser *b);
/* Before "no match ..." when the pattern is no valid regex and was read as plain text. */
#define BROWSER_AS_TEXT "not a valid regular expression, so matched as plain text: "
/* / and n, N on a screen's own lines (mode_ops.searched): the prompt opens on the line
 * the cursor is on; n and N go to the next line that matches the pattern in force. */
unsigned browser_lines_search_open(struct browser *b, struct record_state *s);
unsigned browser_lines_search_step(struct browser *b, struct record_state *s, int dir);
void browser_search_rescope(struct browser *b);
void browser_search_close(struct browser *b, bool keep);
void browser_filter(struct browser *b, const char *text);
/* The & prompt filters as it is typed; Esc puts the filter from before back. */
void browser_filter_typed(struct browser *b);
void browser_filter_close(struct browser *b, bool keep);
void browser_count_hits(struct browser *b);

/* Each mode's functions, as the mode table (browser_mode.c) lists them. */
unsigned browser_list_do(struct browser *b, enum action a);
unsigned browser_list_click(struct browser *b, enum table_id p, size_t r);
void browser_list_wheel(struct browser *b, enum table_id p, long delta);
void browser_list_status(const struct browser *b, char *buf, size_t n);
void browser_list_resize(struct browser *b);
void browser_record_close(struct browser *b);
size_t browser_record_selected(const struct browser *b, enum table_id t);
size_t browser_chart_selected(const struct browser *b, enum table_id t);
void browser_record_wheel(struct browser *b, enum table_id p, long delta);
void browser_record_status(const struct browser *b, char *buf, size_t n);
unsigned browser_help_open(struct browser *b);
void browser_help_wheel(struct browser *b, enum table_id p, long delta);
void browser_help_status(const struct browser *b, char *buf, size_t n);
void browser_chart_wheel(struct browser *b, enum table_id p, long delta);
const struct record_state *browser_record_lines(const struct browser *b);
struct record_state *browser_record_searched(struct browser *b);
void browser_record_resize(struct browser *b);
void browser_help_resize(struct browser *b);
void browser_record_save(const struct browser *b, struct snapshot *s);
void browser_record_restore(struct browser *b, const union mode_snapshot *s);
void browser_chart_save(const struct browser *b, struct snapshot *s);
void browser_chart_restore(struct browser *b, const union mode_snapshot *s);
void browser_results_save(const struct browser *b, struct snapshot *s);
void browser_results_restore(struct browser *b, const union mode_snapshot *s);
void browser_chart_resize(struct browser *b);
unsigned browser_results_do(struct browser *b, enum action a);
void browser_results_close(struct browser *b);
void browser_results_resize(struct browser *b);
const struct record_state *browser_results_lines(const struct browser *b);
void browser_results_wheel(struct browser *b, enum table_id p, long delta);
void browser_results_status(const struct browser *b, char *buf, size_t n);
void browser_results_title(const struct browser *b, char *buf, size_t n);
void browser_chart_status(const struct browser *b, char *buf, size_t n);

/* The view a search or filter applies to: the focused pane's. */
static inline struct view *browser_view(struct browser *b)
{
	return &b->views[b->focus];
}

#endif
