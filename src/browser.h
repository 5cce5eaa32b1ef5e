/* The browser apart from the terminal: three views (one per pane), focus, link mode, the
 * record view, the pictures and the help over them, prompts, search, and the status
 * message. The TUI draws this state and feeds it actions; the unit tests drive it the same
 * way, without curses. */
#ifndef MTCR_BROWSER_H
#define MTCR_BROWSER_H
#include <stdbool.h>
#include <stddef.h>

#include "actions.h"
#include "chart_view.h"
#include "dataset.h"
#include "export.h"
#include "layout.h"
#include "matcher.h"
#include "record.h"
#include "scroller.h"
#include "view.h"

/* A pane for each browsed table (layout.h says how many there are). */
_Static_assert(PANES == TBL_CONCERNS + 1, "one list pane per browsed table");

/* Pane i shows table i: TBL_MEETINGS, TBL_MEMBERS, TBL_CONCERNS. */
enum { PROMPT_MAX = 256, MESSAGE_MAX = 256, HISTORY_MAX = 32 };

/* MODE_PICTURE shows the timeline or the concern map: chart.kind says which. MODE_RESULTS
 * is F's list of matches in all panes. */
enum browser_mode { MODE_LIST, MODE_RECORD, MODE_HELP, MODE_PICTURE, MODE_RESULTS, MODE_COUNT };

enum prompt_kind {
	PROMPT_NONE, PROMPT_SEARCH, PROMPT_FILTER, PROMPT_EXPORT, PROMPT_OVERWRITE, PROMPT_FIND
};

/* What an action changed, so the TUI redraws only that. */
enum {
	REDRAW_STATUS = 1, /* the status line or prompt */
	REDRAW_SCREEN = 2, /* panes, detail or overlay */
	REDRAW_CLEAR = 4,  /* repaint every cell (^L, after a suspend) */
};

/* Where the user was, for the back stack: the screen, and each pane's filter, sort and
 * cursor (as records, which outlast rows). */
struct pane_state {
	char *filter;  /* NULL: none */
	int sort_col;
	bool sort_desc;
	size_t rec, top;
};

/* What a screen keeps of itself on the back stack: one member per screen that can be
 * returned to, written by its mode_ops save and read by its restore. */
union mode_snapshot {
	struct {
		enum table_id table; /* the record open, and the line on it */
		size_t rec, cursor, top;
	} record;
	struct {
		size_t cursor, top;  /* the line on F's list (rebuilt from its pattern) */
	} results;
	struct {
		enum chart_kind kind; /* which picture, and its cursor */
		size_t year, row;
	} picture;
};

struct snapshot {
	enum browser_mode mode;  /* the screen (the help saves the one under it) */
	enum table_id focus;
	bool link_only;
	enum table_id link_from;
	struct pane_state pane[PANES];
	union mode_snapshot at;
};

enum { BACK_MAX = 100 };

/* Each screen's own state: a mode's act reaches its own struct and the shared fields of
 * struct browser (views, focus, message), nothing of another mode's. */

/* MODE_LIST: the three panes' screen state beside their views. */
struct list_state {
	int hscroll[PANES];      /* Left/Right: columns a list is scrolled by */
	int hmax[PANES];         /* the most it can be (set by the TUI; 0: the columns fit) */
	int hstep[PANES];        /* columns one key scrolls */
	size_t height[PANES];    /* rows each list pane shows */
	enum table_id linked_table; /* the record the other panes are linked to */
	size_t linked_rec;
	bool link_only;          /* l: other panes show only related rows, not just marks */
	enum table_id link_from; /* l: the pane whose selection they are linked to; moving
				  * the focus to one of them keeps what it shows */
	bool zoom;               /* O: the focused pane takes the whole screen */
	bool detail_hidden;      /* D: no detail area under the panes */
	bool links_valid;        /* the other panes are linked to linked_rec */
};

/* A list of lines with a cursor (count: rec.n), laid out at the browser's width: the
 * record view (MODE_RECORD) is one, the F results (MODE_RESULTS) another. */
struct record_state {
	struct record rec;
	struct scroller at;
};

/* MODE_HELP: its top, and the mode it returns to. */
struct help_state {
	struct scroller at;
	enum browser_mode from;
};

/* MODE_PICTURE: the timeline or the concern map (chart.kind), and the help over it. */
struct picture_state {
	struct chart_view chart;
	bool open;               /* chart is open */
	bool ascii;              /* pictures in ASCII: --ascii, or not a UTF-8 locale */
};

/* The prompt's line editor, over any mode. */
struct edit_state {
	char input[PROMPT_MAX];  /* what has been typed at the prompt */
	size_t len;
	size_t pos;              /* the cursor: a byte offset at a character boundary */
	char *history[3][HISTORY_MAX]; /* per prompt kind (search, filter, export), oldest first */
	size_t nhistory[3];
	size_t history_at;       /* Up/Down: the entry shown (nhistory: the line being typed) */
	char *draft;             /* the line being typed when Up was first pressed */
	char export_path[PROMPT_MAX + 4096];
	enum prompt_kind kind;
	bool selected;           /* the whole input is selected: typing replaces it */
};

/* / and &: the search pattern, its hits in the focused pane, and what Esc puts back. */
struct search_state {
	struct matcher m;
	char *before;            /* the pattern when / began, restored by Esc */
	char *filter_before;     /* the filter when & began, restored by Esc */
	size_t before_cursor, before_top;
	size_t *hits;            /* rows of the focused pane that match the search */
	size_t nhits;
	bool on;                 /* m holds a pattern, also while it is typed */
	bool hits_valid;         /* hits are up to date */
};

/* MODE_RESULTS (F): the rows of all panes that match pattern, as a list of lines. */
struct results_state {
	struct record_state list;
	char *pattern;
};

/* The back stack: every jump pushes, q and Backspace pop. */
struct back_state {
	struct snapshot *stack;
	size_t n;
};

struct browser {
	const struct dataset *ds;
	struct view views[PANES];
	enum table_id focus;
	enum browser_mode mode;

	struct list_state lists;
	struct record_state record;
	struct help_state help;
	struct picture_state picture;
	struct results_state results;
	struct edit_state edit;
	struct search_state search;
	struct back_state back;

	const char *data_origin; /* how the data directory was chosen, for the help */
	char *copy;              /* y, Y: text the TUI is to send to the terminal's clipboard */
	char *open_url;          /* o: an address the TUI is to open */
	char message[MESSAGE_MAX]; /* shown in the status line until the next key */
	size_t page;             /* rows the record view, the results and the help show */
	int width;               /* columns they and the pictures are laid out to */
	bool can_copy;           /* the terminal takes OSC 52 (the TUI decides) */
	bool message_is_error;   /* message is shown as an error */
	bool quit;
	bool failed;             /* memory ran out: the TUI quits and says so */
};

bool browser_init(struct browser *b, const struct dataset *ds);
void browser_free(struct browser *b);

/* Puts the browser in the state the command line asked for (mtcr --filter= --pane= ...). */
void browser_start(struct browser *b, const struct start_state *s);

/* The pane whose selection the others are linked to: the focused one, or while l shows
 * only related rows, the one l was pressed in (until a jump moves it). */
enum table_id browser_link_from(const struct browser *b);

/* Tells the browser what the screen shows: rows per list pane, rows and columns of the
 * record view and help. Cursors stay on their records, scrolled into sight. */
void browser_resize(struct browser *b, const size_t height[PANES], size_t page, int rec_width);

/* Performs an action; returns REDRAW_* bits. */
unsigned browser_do(struct browser *b, enum action a);
/* One character (UTF-8) typed at the prompt. */
unsigned browser_type(struct browser *b, const char *ch);

/* A key that means nothing: says how to find the keys that do. */
unsigned browser_unbound(struct browser *b, const char *key);

/* The mouse: focus pane p and select its row r (an offset from the top of the window;
 * DS_NONE: focus only), or scroll it by delta rows. */
unsigned browser_click(struct browser *b, enum table_id p, size_t r);
unsigned browser_wheel(struct browser *b, enum table_id p, long delta);

/* The texts the TUI shows: a pane's title ("Members 7/8 (only linked to p2)"), the status
 * line's left part (pane, row, filter, search, sort) and the prompt with its input. */
void browser_title(const struct browser *b, enum table_id p, char *buf, size_t n);
void browser_status(const struct browser *b, char *buf, size_t n);
void browser_prompt_text(const struct browser *b, char *buf, size_t n);
/* Where the prompt text's cursor is (a byte offset into it), and the selected bytes
 * [*sel_start, *sel_end) (equal: none). */
size_t browser_prompt_cursor(const struct browser *b, size_t *sel_start, size_t *sel_end);

/* The mode table (browser_mode.c): one row per screen of the browser. browser_do gives a
 * key to the prompt first, else to the mode's act; the status line, the wheel and the mouse
 * go to the mode too. The TUI keeps a matching draw table (tui_screen.c). */
struct mode_ops {
	const char *name;
	bool picture;  /* the TUI looks keys up in CTX_PICTURE first */
	unsigned (*act)(struct browser *b, enum action a);
	void (*status)(const struct browser *b, char *buf, size_t n);
	/* The overlay's title; NULL: the screen titles itself (each pane, the record). */
	void (*title)(const struct browser *b, char *buf, size_t n);
	void (*wheel)(struct browser *b, enum table_id p, long delta);
	/* NULL: a click does nothing on this screen. */
	unsigned (*click)(struct browser *b, enum table_id p, size_t r);
	/* The record of table t this screen has selected (a picture's year opens on it);
	 * NULL or DS_NONE: the pane's. */
	size_t (*selected)(const struct browser *b, enum table_id t);
	/* Closes the screen, back to the lists (another screen opens over it); NULL: none. */
	void (*leave)(struct browser *b);
	/* The lines with a cursor the screen shows (y, Y and o act on the one under it);
	 * NULL: the screen has none. */
	const struct record_state *(*lines)(const struct browser *b);
	/* The lines / and n, N search on this screen (as less does), instead of the focused
	 * pane's rows; NULL: they act on the lists. */
	struct record_state *(*searched)(struct browser *b);
	/* The back stack: save puts what the screen needs to come back in s (s->mode is
	 * set to the mode first); restore opens it again over the lists, which are already
	 * put back. NULL save: nothing to keep; NULL restore: the lists are the screen. */
	void (*save)(const struct browser *b, struct snapshot *s);
	void (*restore)(struct browser *b, const union mode_snapshot *s);
	/* Lays the screen's state out again at the browser's width (called for every mode,
	 * open or not: help can be over it); NULL: nothing to do. */
	void (*resize)(struct browser *b);
};
const struct mode_ops *browser_ops(const struct browser *b);
/* The row of mode m. */
const struct mode_ops *browser_mode_ops(enum browser_mode m);

/* The picture shown (CHART_NONE: none), for tests and messages. */
static inline enum chart_kind browser_picture(const struct browser *b)
{
	return browser_ops(b)->picture ? b->picture.chart.kind : CHART_NONE;
}
/* The title of the picture shown: what it is, what narrows it, its keys. */
void browser_chart_title(const struct browser *b, char *buf, size_t n);

/* The matcher whose matches are highlighted, or NULL. */
const struct matcher *browser_highlight(const struct browser *b);
/* What the record under the cursor was found by: the search, else the focused pane's
 * filter, or NULL. The detail area and the record view highlight it. */
const struct matcher *browser_match(const struct browser *b);
/* The column of the focused pane's current record that browser_match matched, when the
 * pane does not show it ("summary"), else NULL. */
const char *browser_match_column(const struct browser *b);

#endif
