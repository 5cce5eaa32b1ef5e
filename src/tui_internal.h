/* Shared between the TUI's source files (and the render tests); not for the model. */
#ifndef MTCR_TUI_INTERNAL_H
#define MTCR_TUI_INTERNAL_H
#include <curses.h>
#include <signal.h>

#include "browser.h"
#include "layout.h"
#include "record.h"
#include "tui.h"

enum { PANE_MAX_COLS = 8 };

struct tui {
	struct browser *b;
	SCREEN *screen;
	struct layout layout;
	WINDOW *pane[PANES], *detail, *overlay, *status;
	struct record detail_rec;       /* the record under the cursor, for the detail area */
	int natural[PANES][PANE_MAX_COLS]; /* widest value of each shown column */
	int laid_zoom;                  /* the zoomed pane the layout was made for, or -1 */
	bool laid_detail;               /* the layout has a detail area */
	/* Keys read while a search or filter scanned (tui_poll_keys), for the main loop. */
	struct { wint_t ch; bool code; } pending[16];
	int npending;
	bool failed; /* memory ran out while drawing: quit, and say so (drawing never writes
		      * the browser's state) */
};

/* Measures the columns and sets up the styles; the screen must be current. */
void tui_prepare(struct tui *t, bool color);
/* Lays the screen out for LINES x COLS and tells the browser what it shows. */
void tui_layout(struct tui *t);
/* Draws what dirty (REDRAW_*) says changed, and flushes once with doupdate. */
void tui_draw(struct tui *t, unsigned dirty);
void tui_release(struct tui *t);

/* The panes: each draws one part of the screen into its window. */
void pane_list_measure(const struct browser *b, enum table_id p, int natural[]);
/* The columns pane p would like, to share a wide screen in proportion. */
int pane_list_want(enum table_id p, const int natural[]);
/* The columns pane p needs to show every value whole. */
int pane_list_full(enum table_id p, const int natural[]);
/* The columns pane p's values need beyond what a pane that wide shows: how far Right can
 * scroll it (0: everything fits). */
int pane_list_overflow(enum table_id p, const int natural[], int pane_cols, bool sep);
void pane_list_draw(WINDOW *w, const struct browser *b, enum table_id p, bool sep,
		    const int natural[]);
void pane_record_draw(WINDOW *w, const struct browser *b, const struct record *r, size_t top,
		      size_t cursor, bool focused, const char *hint);
/* Lines of r from top under a title line; cursor DS_NONE: none (pane_record.c). */
void pane_lines_draw(WINDOW *w, const struct browser *b, const struct record *r, size_t top,
		     size_t cursor, bool focused, const char *title);
/* F's list of results over all panes (MODE_RESULTS). */
void pane_results_draw(WINDOW *w, const struct browser *b);
void pane_help_draw(WINDOW *w, const struct browser *b);
/* The picture of b (not const: the picture draws its lines when first asked for them). */
/* The picture b shows, drawn from cv (its lines are laid out as they are drawn); false:
 * memory ran out. */
bool pane_chart_draw(WINDOW *w, const struct browser *b, struct chart_view *cv);
void pane_status_draw(WINDOW *w, const struct browser *b);
void pane_too_small_draw(WINDOW *w, int need_w, int need_h);

/* y, Y and o: whether the terminal takes OSC 52, sending a pending copy, and opening a
 * pending address (returns REDRAW_* bits). */
bool tui_can_copy(void);
void tui_send_copy(struct tui *t);
unsigned tui_open_url(struct tui *t);

/* The terminal: checks before curses starts, signals, suspend. */
bool tui_term_check(char *msg, size_t n);
bool tui_term_open(struct tui *t, const struct tui_options *o, char *msg, size_t n);
void tui_term_close(struct tui *t);
void tui_term_suspend(void);
/* The signal (SIGTERM, SIGHUP, SIGINT) that asked the browser to stop, or 0. */
int tui_term_stop_signal(void);

#endif
