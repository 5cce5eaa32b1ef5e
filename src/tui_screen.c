/* Composing the screen: one window per part of the layout, each drawn by its pane and
 * copied with wnoutrefresh, then a single doupdate, so the terminal gets one update per
 * key with only the cells that changed. */
#include <stdio.h>
#include <string.h>

#include "draw.h"
#include "tui_internal.h"

void tui_prepare(struct tui *t, bool color)
{
	draw_init_styles(color);
	t->detail_rec = (struct record){.rec = DS_NONE};
	for (int p = 0; p < PANES; p++)
		pane_list_measure(t->b, (enum table_id)p, t->natural[p]);
}

static void free_windows(struct tui *t)
{
	WINDOW **wins[] = {&t->pane[0], &t->pane[1], &t->pane[2], &t->detail, &t->overlay,
			   &t->status};
	for (size_t i = 0; i < sizeof wins / sizeof *wins; i++) {
		WINDOW *w = *wins[i];
		if (w)
			delwin(w);
		*wins[i] = NULL;
	}
}

void tui_release(struct tui *t)
{
	free_windows(t);
	record_free(&t->detail_rec);
}

static WINDOW *window(const struct rect *r)
{
	if (r->h <= 0 || r->w <= 0)
		return NULL; /* a pane hidden by zoom, or no detail area (newwin(0, 0) is full size) */
	WINDOW *w = newwin(r->h, r->w, r->y, r->x);
	if (w)
		leaveok(w, TRUE);
	return w;
}

/* Side by side, a pane's share follows its content: each gets all its values need when
 * the screen has room for all, else what it needs to read well (long names cut at
 * FLEX_WANT) and a share of the rest in proportion to what it still lacks. */
static void share(const struct tui *t, int cols, int want[PANES])
{
	int min[PANES], full[PANES], smin = 0, sfull = 0;
	for (int p = 0; p < PANES; p++) {
		min[p] = pane_list_want((enum table_id)p, t->natural[p]);
		full[p] = pane_list_full((enum table_id)p, t->natural[p]);
		full[p] = full[p] > min[p] ? full[p] : min[p];
		smin += min[p];
		sfull += full[p];
	}
	for (int p = 0; p < PANES; p++)
		if (sfull <= cols)
			want[p] = full[p] + (cols - sfull) * full[p] / sfull;
		else if (smin >= cols)
			want[p] = min[p];
		else
			want[p] = min[p] + (int)((long)(full[p] - min[p]) * (cols - smin) / (sfull - smin));
	/* Shares that add up to the screen are kept exactly: what rounding left over goes to
	 * the pane that lacks the most, so a pane that fits is never a column short. */
	int sum = 0, lacking = PANES - 1;
	for (int p = 0; p < PANES; p++) {
		sum += want[p];
		if (full[p] - want[p] > full[lacking] - want[lacking])
			lacking = p;
	}
	if (sum <= cols)
		want[lacking] += cols - sum;
}

void tui_layout(struct tui *t)
{
	struct layout *l = &t->layout;
	const struct browser *b = t->b;
	int want[PANES];
	share(t, COLS, want);
	free_windows(t);
	layout_compute(l, LINES, COLS, want);
	t->laid_zoom = b->lists.zoom ? (int)b->focus : -1;
	t->laid_detail = !b->lists.detail_hidden;
	layout_adjust(l, t->laid_zoom, t->laid_detail);
	if (l->too_small)
		return;
	size_t rows[PANES];
	for (int p = 0; p < PANES; p++) {
		t->pane[p] = window(&l->pane[p]);
		rows[p] = (size_t)layout_rows(&l->pane[p]);
		t->b->lists.hmax[p] = l->pane[p].w > 0 ? pane_list_overflow((enum table_id)p, t->natural[p],
								       l->pane[p].w, l->sep[p])
						 : 0;
		t->b->lists.hstep[p] = l->pane[p].w / 4 > 4 ? l->pane[p].w / 4 : 4;
		if (t->b->lists.hscroll[p] > t->b->lists.hmax[p])
			t->b->lists.hscroll[p] = t->b->lists.hmax[p];
	}
	t->detail = window(&l->detail);
	t->overlay = window(&l->overlay);
	t->status = window(&l->status);
	if (t->status)
		leaveok(t->status, FALSE); /* the prompt shows the terminal's cursor */
	browser_resize(t->b, rows, (size_t)(l->overlay.h - 1), l->overlay.w);
}

static void flush(WINDOW *w)
{
	if (!w)
		return;
	touchwin(w); /* an overlay may have covered it: copy every line, not just changed ones */
	wnoutrefresh(w);
}

/* The detail area shows the record under the focused pane's cursor, laid out again only
 * when that record or the width changes. */
static void draw_detail(struct tui *t)
{
	const struct browser *b = t->b;
	size_t rec = view_current(&b->views[b->focus]);
	int width = t->layout.detail.w;
	struct record *r = &t->detail_rec;
	if (r->rec != rec || r->table != b->focus || r->width != width || !r->lines)
		if (!record_build(r, b->ds, b->focus, rec, width))
			t->failed = true;
	/* A match below the first lines (a summary, the sources) is scrolled into sight and
	 * named in the title. */
	size_t top = 0, line = record_first_match(r, browser_match(b));
	int h = getmaxy(t->detail);
	if (line != DS_NONE && h > 1 && line >= (size_t)(h - 1))
		top = line;
	const char *col = browser_match_column(b);
	char hint[96] = "";
	if (col)
		snprintf(hint, sizeof hint, "  (match in %s)", col);
	pane_record_draw(t->detail, b, r, top, DS_NONE, false, hint);
	flush(t->detail);
}

static void draw_lists(struct tui *t)
{
	for (int p = 0; p < PANES; p++) {
		if (!t->pane[p])
			continue;
		pane_list_draw(t->pane[p], t->b, (enum table_id)p, t->layout.sep[p], t->natural[p]);
		flush(t->pane[p]);
	}
	if (t->detail)
		draw_detail(t);
}

static void draw_record(struct tui *t)
{
	const struct browser *b = t->b;
	pane_record_draw(t->overlay, b, &b->record.rec, b->record.at.top, b->record.at.cursor, true,
			 "  (Enter on a linked item jumps to it; q goes back)");
	flush(t->overlay);
}

static void draw_results(struct tui *t)
{
	pane_results_draw(t->overlay, t->b);
	flush(t->overlay);
}

static void draw_help(struct tui *t)
{
	pane_help_draw(t->overlay, t->b);
	flush(t->overlay);
}

static void draw_chart(struct tui *t)
{
	if (!pane_chart_draw(t->overlay, t->b, &t->b->picture.chart))
		t->failed = true;
	flush(t->overlay);
}

/* What each mode of the browser puts above the status line. */
static void (*const draw_mode[MODE_COUNT])(struct tui *t) = {
	[MODE_LIST] = draw_lists,
	[MODE_RECORD] = draw_record,
	[MODE_HELP] = draw_help,
	[MODE_PICTURE] = draw_chart,
	[MODE_RESULTS] = draw_results,
};

void tui_draw(struct tui *t, unsigned dirty)
{
	int zoom = t->b->lists.zoom ? (int)t->b->focus : -1;
	if (zoom != t->laid_zoom || t->laid_detail == t->b->lists.detail_hidden) {
		tui_layout(t); /* O, D, or focus moved while zoomed */
		dirty |= REDRAW_CLEAR | REDRAW_SCREEN;
	}
	if (dirty & REDRAW_CLEAR)
		clearok(curscr, TRUE);
	if (t->layout.too_small) {
		pane_too_small_draw(stdscr, LAYOUT_MIN_COLS, LAYOUT_MIN_LINES);
		wnoutrefresh(stdscr);
		curs_set(0);
		doupdate();
		return;
	}
	if (dirty & (REDRAW_SCREEN | REDRAW_CLEAR)) {
		/* Keys are read through stdscr, and wgetch refreshes it when it has changed (it
		 * is new, or a resize touched it): copy it first, so it never paints over. */
		wnoutrefresh(stdscr);
		if (t->overlay)
			draw_mode[t->b->mode](t);
	}
	if (t->status) {
		pane_status_draw(t->status, t->b);
		flush(t->status);
	}
	curs_set(t->b->edit.kind != PROMPT_NONE ? 1 : 0);
	doupdate();
}
