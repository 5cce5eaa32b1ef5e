/* The one list of what a user can do in the browser. It yields the action enum, the key
 * bindings (keymap.c reads the key names), the help screen, and the table the man-page
 * test checks mtcr(1) against, so none of them can drift from the others.
 *   X(ID, name, keys, group, help)
 * keys: the default keys as the help shows them, comma separated. A name is a printable
 * character, ^X for a control key, or one of Up Down Left Right PgUp PgDn Home End Tab
 * Shift-Tab Enter Backspace Delete Esc F1. */
#ifndef MTCR_ACTIONS_H
#define MTCR_ACTIONS_H
#include <stddef.h>

#define ACTIONS(X) \
	X(DOWN, "move-down", "j, Down", GROUP_MOVE, "move down one row") \
	X(UP, "move-up", "k, Up", GROUP_MOVE, "move up one row") \
	X(PAGE_DOWN, "page-down", "PgDn, ^F, Space", GROUP_MOVE, "move down one page") \
	X(PAGE_UP, "page-up", "PgUp, ^B, b", GROUP_MOVE, "move up one page") \
	X(HALF_DOWN, "half-page-down", "^D", GROUP_MOVE, "move down half a page") \
	X(HALF_UP, "half-page-up", "^U", GROUP_MOVE, "move up half a page") \
	X(FIRST, "first-row", "g, Home", GROUP_MOVE, "go to the first row") \
	X(LAST, "last-row", "G, End", GROUP_MOVE, "go to the last row") \
	X(SCROLL_LEFT, "scroll-left", "Left", GROUP_MOVE, "scroll the list left") \
	X(SCROLL_RIGHT, "scroll-right", "Right", GROUP_MOVE, \
	  "scroll the list right, to read values cut short") \
	X(NEXT_PANE, "next-pane", "Tab", GROUP_PANES, "focus the next pane") \
	X(PREV_PANE, "previous-pane", "Shift-Tab", GROUP_PANES, "focus the previous pane") \
	X(MEETINGS, "meetings-pane", "1", GROUP_PANES, "focus Meetings") \
	X(MEMBERS, "members-pane", "2", GROUP_PANES, "focus Members") \
	X(CONCERNS, "concerns-pane", "3", GROUP_PANES, "focus Concerns") \
	X(LINK, "toggle-link", "l", GROUP_PANES, \
	  "other panes: mark rows related to the selection, or show only those") \
	X(OPEN, "open", "Enter", GROUP_RECORD, \
	  "open the record view; on a linked item, jump to it in its pane") \
	X(BACK, "back", "Backspace, Esc, <", GROUP_RECORD, \
	  "go back to where the last jump came from") \
	X(COPY, "copy", "y", GROUP_RECORD, \
	  "copy the field or source under the cursor (OSC 52)") \
	X(CITE, "copy-citation", "Y", GROUP_RECORD, \
	  "copy a citation line: name, dates, sources") \
	X(OPEN_SOURCE, "open-source", "o", GROUP_RECORD, \
	  "open the source under the cursor with $BROWSER") \
	X(SEARCH, "search", "/", GROUP_FIND, \
	  "search the pane or the open record as you type; Esc restores") \
	X(SEARCH_NEXT, "search-next", "n", GROUP_FIND, "next match, wrapping around") \
	X(SEARCH_PREV, "search-previous", "N", GROUP_FIND, "previous match, wrapping around") \
	X(FIND, "find-everywhere", "F", GROUP_FIND, \
	  "search all panes: a list of matches to step and jump") \
	X(FILTER, "filter", "&", GROUP_FIND, \
	  "show only the rows that match (an empty pattern shows all)") \
	X(SORT, "sort", "s", GROUP_ORDER, "sort by the next column (then file order)") \
	X(SORT_REVERSE, "sort-reverse", "S", GROUP_ORDER, "reverse the sort order") \
	X(EXPORT, "export", "e, ^S", GROUP_ORDER, \
	  "write the focused pane's rows, as shown, to a CSV file") \
	X(TIMELINE, "timeline", "t", GROUP_PICTURES, \
	  "show the timeline: Partners and Plenaries year by year") \
	X(CONCERN_MAP, "concern-map", "c", GROUP_PICTURES, \
	  "show the concern map: the Plenaries that raised each concern") \
	X(PREV_YEAR, "previous-year", "h, Left", GROUP_IN_PICTURE, "move to the previous year") \
	X(NEXT_YEAR, "next-year", "l, Right", GROUP_IN_PICTURE, "move to the next year") \
	X(HELP, "help", "?, F1", GROUP_SCREEN, "show this help") \
	X(CLOSE, "close", "q", GROUP_SCREEN, \
	  "close the help or go back; with nowhere to go, quit") \
	X(QUIT, "quit", "Q, ^C", GROUP_SCREEN, "quit at once") \
	X(REDRAW, "redraw", "^L", GROUP_SCREEN, "redraw the screen") \
	X(ZOOM, "zoom", "O", GROUP_SCREEN, "give the focused pane the whole screen, and back") \
	X(DETAIL, "toggle-detail", "D", GROUP_SCREEN, "hide or show the detail area") \
	X(SUSPEND, "suspend", "^Z", GROUP_SCREEN, "suspend to the shell (fg resumes)") \
	X(ACCEPT, "prompt-accept", "Enter", GROUP_PROMPT, "accept the input") \
	X(CANCEL, "prompt-cancel", "Esc, ^G", GROUP_PROMPT, "cancel the prompt") \
	X(ERASE, "prompt-erase", "Backspace", GROUP_PROMPT, "erase the character before the cursor") \
	X(DELETE, "prompt-delete", "Delete", GROUP_PROMPT, "erase the character under the cursor") \
	X(CLEAR, "prompt-clear", "^U", GROUP_PROMPT, "erase from the start to the cursor") \
	X(KILL, "prompt-kill", "^K", GROUP_PROMPT, "erase from the cursor to the end") \
	X(ERASE_WORD, "prompt-erase-word", "^W", GROUP_PROMPT, "erase the word before the cursor") \
	X(CURSOR_LEFT, "prompt-left", "Left", GROUP_PROMPT, "move the cursor left") \
	X(CURSOR_RIGHT, "prompt-right", "Right", GROUP_PROMPT, "move the cursor right") \
	X(CURSOR_START, "prompt-start", "Home, ^A", GROUP_PROMPT, "move the cursor to the start") \
	X(CURSOR_END, "prompt-end", "End, ^E", GROUP_PROMPT, "move the cursor to the end") \
	X(HISTORY_PREV, "prompt-history-back", "Up", GROUP_PROMPT, \
	  "the previous input of this prompt (this session)") \
	X(HISTORY_NEXT, "prompt-history-forward", "Down", GROUP_PROMPT, \
	  "the next input of this prompt (this session)")

enum action {
#define ACTION_ENUM(id, name, keys, group, help) ACT_##id,
	ACTIONS(ACTION_ENUM)
#undef ACTION_ENUM
	ACT_COUNT
};
#define ACT_NONE ACT_COUNT

/* Groups, in the order the help and the man page list them. */
enum action_group {
	GROUP_MOVE, GROUP_PANES, GROUP_RECORD, GROUP_FIND, GROUP_ORDER, GROUP_PICTURES,
	GROUP_IN_PICTURE, GROUP_SCREEN, GROUP_PROMPT, GROUP_COUNT
};

struct action_info {
	const char *name;  /* for the man page and messages: "move-down" */
	const char *keys;  /* "j, Down" */
	const char *help;
	enum action id;
	enum action_group group;
};

/* Indexed by enum action; ACT_COUNT entries. */
extern const struct action_info actions[];
extern const size_t nactions;

/* "Moving", "Panes and links", ...: the help screen's and the man page's headings. */
const char *action_group_name(enum action_group g);

/* Prompt actions are looked up only while a prompt is open; all others only outside. */
static inline int action_in_prompt(enum action a)
{
	return actions[a].group == GROUP_PROMPT;
}

/* Actions bound only while a picture is shown, where they take their keys (l among them)
 * before the lists' bindings do. */
static inline int action_in_picture(enum action a)
{
	return actions[a].group == GROUP_IN_PICTURE;
}

#endif
