/* The full-screen browser: takes the terminal, turns keys into actions for the browser,
 * draws, and gives the terminal back however it ends. */
#include "tui.h"

#include <limits.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>
#include <wctype.h>

#include "keymap.h"
#include "monotime.h"
#include "tui_internal.h"

/* Text typed at a prompt, as UTF-8. */
static unsigned type_char(struct tui *t, wint_t ch)
{
	char buf[MB_LEN_MAX + 1];
	mbstate_t st = {0};
	size_t k = wcrtomb(buf, (wchar_t)ch, &st);
	if (k == (size_t)-1)
		return 0;
	buf[k] = '\0';
	return browser_type(t->b, buf);
}

/* At a prompt, printable keys are text; of the other keys only those that act on the
 * program (quit, suspend, redraw) keep their meaning. */
static enum action prompt_action(struct tui *t, bool fn, wint_t ch, unsigned *typed)
{
	enum action a = keymap_lookup(CTX_PROMPT, fn, (int)ch);
	if (a != ACT_NONE)
		return a;
	if (!fn && iswprint(ch)) {
		*typed = type_char(t, ch);
		return ACT_NONE;
	}
	a = keymap_lookup(CTX_BROWSE, fn, (int)ch);
	return a == ACT_QUIT || a == ACT_SUSPEND || a == ACT_REDRAW ? a : ACT_NONE;
}

static enum table_id pane_at(const struct tui *t, int y, int x, bool *found)
{
	for (int p = 0; p < PANES; p++) {
		const struct rect *r = &t->layout.pane[p];
		if (y >= r->y && y < r->y + r->h && x >= r->x && x < r->x + r->w) {
			*found = true;
			return (enum table_id)p;
		}
	}
	*found = false;
	return TBL_MEETINGS;
}

/* --mouse: the wheel scrolls the pane under the pointer, a click focuses and selects. */
static unsigned mouse(struct tui *t)
{
	MEVENT ev;
	bool found;
	if (getmouse(&ev) != OK || t->layout.too_small)
		return 0;
	enum table_id p = pane_at(t, ev.y, ev.x, &found);
	if (ev.bstate & BUTTON4_PRESSED)
		return browser_wheel(t->b, found ? p : t->b->focus, -3);
	if (ev.bstate & BUTTON5_PRESSED)
		return browser_wheel(t->b, found ? p : t->b->focus, 3);
	if (!found || !(ev.bstate & BUTTON1_PRESSED))
		return 0;
	int row = ev.y - t->layout.pane[p].y - 2; /* below the title and the column names */
	return browser_click(t->b, p, row < 0 ? DS_NONE : (size_t)row);
}

static unsigned unbound(struct tui *t, bool fn, wint_t ch, bool alt)
{
	char name[96];
	keymap_describe(fn, (int)ch, alt, name, sizeof name);
	return browser_unbound(t->b, name);
}

/* Alt-x arrives as Esc then x, together: a key already waiting after Esc is an Alt
 * combination (ESCDELAY keeps a lone Esc quick). */
static bool alt_key(bool *fn, wint_t *ch)
{
	wint_t next;
	wtimeout(stdscr, 0);
	int r = wget_wch(stdscr, &next);
	wtimeout(stdscr, 250);
	if (r == ERR)
		return false;
	*fn = r == KEY_CODE_YES;
	*ch = next;
	if (!*fn && (next == '[' || next == 'O')) {
		/* A sequence the terminal's entry does not list: swallow it, lest its bytes act
		 * as keys (Ctrl-Right would send 1 and focus Meetings). */
		wtimeout(stdscr, 0);
		while (wget_wch(stdscr, &next) != ERR)
			;
		wtimeout(stdscr, 250);
		*fn = true;
		*ch = 0;
	}
	return true;
}

static unsigned key(struct tui *t, bool fn, wint_t ch)
{
	unsigned dirty = 0;
	if (fn && ch == KEY_RESIZE) {
		tui_layout(t);
		return REDRAW_CLEAR | REDRAW_SCREEN;
	}
	if (fn && ch == KEY_MOUSE)
		return mouse(t);
	enum action a;
	if (!fn && ch == 0x1b && alt_key(&fn, &ch))
		return t->b->edit.kind != PROMPT_NONE ? 0 : unbound(t, fn, ch, true);
	if (t->b->edit.kind != PROMPT_NONE) {
		a = prompt_action(t, fn, ch, &dirty);
		if (a == ACT_NONE)
			return dirty; /* typed text, or a key with no meaning at a prompt */
	} else {
		/* A picture has keys of its own: l moves to the next year, not toggle-link. */
		a = keymap_lookup(browser_ops(t->b)->picture ? CTX_PICTURE : CTX_BROWSE, fn, (int)ch);
		if (a == ACT_NONE)
			return unbound(t, fn, ch, false);
	}
	switch (a) {
	case ACT_SUSPEND: tui_term_suspend(); return REDRAW_CLEAR | REDRAW_SCREEN;
	case ACT_REDRAW: return REDRAW_CLEAR | REDRAW_SCREEN;
	default: dirty = browser_do(t->b, a); break;
	}
	if (t->b->open_url)
		dirty |= tui_open_url(t);
	return dirty;
}

/* How long one key's searching and filtering may take before it stops and says so (Esc or
 * ^C stop it sooner): a pattern that slow is a mistake, not a wait worth having. */
enum { SCAN_BUDGET_S = 5 };

/* The browser's poll during a long search or filter: Esc or ^C (or a stop signal) stops
 * it, and drops the keys typed before it (typed ahead into what is being stopped); other
 * keys typed meanwhile are kept, in order, for the main loop. */
static bool poll_keys(void *ctx)
{
	struct tui *t = ctx;
	bool stop = tui_term_stop_signal() != 0;
	int max = (int)(sizeof t->pending / sizeof *t->pending), r;
	wint_t ch;
	wtimeout(stdscr, 0);
	while (!stop && t->npending < max && (r = wget_wch(stdscr, &ch)) != ERR) {
		if (r == OK && (ch == 27 || ch == 3)) {
			stop = true;
			t->npending = 0;
		} else {
			t->pending[t->npending].ch = ch;
			t->pending[t->npending++].code = r == KEY_CODE_YES;
		}
	}
	wtimeout(stdscr, 250);
	return stop;
}

/* The next key: one kept by poll_keys, or one read. */
static int next_key(struct tui *t, wint_t *ch)
{
	if (!t->npending)
		return wget_wch(stdscr, ch);
	*ch = t->pending[0].ch;
	int r = t->pending[0].code ? KEY_CODE_YES : OK;
	memmove(t->pending, t->pending + 1, (size_t)--t->npending * sizeof *t->pending);
	return r;
}

/* wget_wch times out every 250 ms so that a stop signal is seen even if the read is
 * restarted; a read that fails at once, again and again, means the terminal is gone. */
static void run(struct tui *t)
{
	unsigned dirty = REDRAW_CLEAR | REDRAW_SCREEN;
	int fast_errors = 0;
	while (!t->b->quit && !tui_term_stop_signal() && fast_errors < 100) {
		if (dirty) { /* a search's highlights are matched too */
			matcher_guard_begin(poll_keys, t, SCAN_BUDGET_S);
			tui_draw(t, dirty);
			matcher_guard_end();
		}
		if (t->failed)
			break;
		tui_send_copy(t);
		wint_t ch;
		double start = monotime();
		int r = next_key(t, &ch);
		if (r == ERR) {
			fast_errors = monotime() - start < 0.01 ? fast_errors + 1 : 0;
			dirty = 0;
			continue;
		}
		fast_errors = 0;
		matcher_guard_begin(poll_keys, t, SCAN_BUDGET_S);
		dirty = key(t, r == KEY_CODE_YES, ch);
		matcher_guard_end();
	}
}

enum outcome_kind tui_run(const struct dataset *ds, const struct tui_options *o,
			  struct outcome *out)
{
	char msg[512];
	struct browser b;
	struct tui t = {.b = &b};
	if (!tui_term_check(msg, sizeof msg))
		return outcome_fail(out, OUTCOME_USAGE, false, "%s", msg);
	if (!browser_init(&b, ds)) {
		browser_free(&b);
		return outcome_fail(out, OUTCOME_FAILED, false, "out of memory");
	}
	b.picture.ascii |= o->ascii; /* the browser already chose ASCII outside a UTF-8 locale */
	if (o->start)
		browser_start(&b, o->start);
	b.data_origin = o->data_origin;
	if (!tui_term_open(&t, o, msg, sizeof msg)) {
		browser_free(&b);
		return outcome_fail(out, OUTCOME_USAGE, false, "%s", msg);
	}
	b.can_copy = tui_can_copy();
	tui_layout(&t);
	run(&t);
	tui_release(&t);
	tui_term_close(&t);
	bool failed = b.failed || t.failed;
	browser_free(&b);
	/* the terminal is back: the caller dies of the signal, as the shell expects */
	out->signal = tui_term_stop_signal();
	return failed ? outcome_fail(out, OUTCOME_FAILED, false, "out of memory") : OUTCOME_OK;
}
