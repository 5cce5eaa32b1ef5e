/* The bottom line: the prompt while one is open, otherwise the message of the last key or
 * the state of the focused pane, with "?:help" at the right. Also the screen shown when
 * the terminal is too small. */
#include <stdio.h>
#include <string.h>

#include "draw.h"
#include "text.h"
#include "tui_internal.h"

/* The first byte to show of a prompt so that its cursor (at byte c) is on screen. */
static size_t start_fitting(const char *s, size_t c, int cols)
{
	size_t start = 0;
	while (start < c && text_nwidth(s + start, c - start) > cols) {
		struct text_unit u;
		start += text_unit(s + start, strlen(s + start), &u);
	}
	return start;
}

/* The prompt with the terminal's cursor where the editor's is; a selected input (the
 * pattern / and & start from) is in the cursor's style. */
static void draw_prompt(WINDOW *w, const struct browser *b, int width)
{
	char text[PROMPT_MAX + 4400];
	size_t sel0, sel1;
	browser_prompt_text(b, text, sizeof text);
	size_t n = strlen(text), c = browser_prompt_cursor(b, &sel0, &sel1);
	c = c > n ? n : c;
	size_t start = start_fitting(text, c, width - 2);
	sel0 = sel0 < start ? start : sel0;
	sel1 = sel1 < sel0 ? sel0 : sel1;
	draw_blank(w, 0, 0, width, draw_attr(ST_NORMAL));
	size_t cut[4] = {start, sel0, sel1, n};
	int used = 0;
	for (int i = 0; i < 3 && used < width - 1; i++)
		if (cut[i + 1] > cut[i])
			used += draw_text(w, 0, used, width - 1 - used, text + cut[i], cut[i + 1] - cut[i],
					  draw_attr(i == 1 ? ST_CURSOR : ST_NORMAL), NULL, false);
	int mw = text_width(b->message);
	if (b->message[0] && used + 2 + mw < width)
		draw_text(w, 0, width - mw - 1, mw, b->message, strlen(b->message),
			  draw_attr(b->message_is_error ? ST_ERROR : ST_STATUS), NULL, false);
	int x = text_nwidth(text + start, c - start);
	wmove(w, 0, x < width ? x : width - 1);
}

void pane_status_draw(WINDOW *w, const struct browser *b)
{
	int width = getmaxx(w);
	if (b->edit.kind != PROMPT_NONE) {
		draw_prompt(w, b, width);
		return;
	}
	const char *help = "?:help ";
	int hw = (int)strlen(help);
	attr_t base = draw_attr(ST_STATUS);
	draw_blank(w, 0, 0, width, base);
	if (b->message[0])
		draw_text(w, 0, 1, width - hw - 2, b->message, strlen(b->message),
			  draw_attr(b->message_is_error ? ST_ERROR : ST_STATUS), NULL, false);
	else {
		char text[1024];
		browser_status(b, text, sizeof text);
		draw_text(w, 0, 1, width - hw - 2, text, strlen(text), base, NULL, false);
	}
	if (width > hw)
		draw_text(w, 0, width - hw, hw, help, (size_t)hw, base, NULL, false);
}

void pane_too_small_draw(WINDOW *w, int need_w, int need_h)
{
	char need[64];
	const char *what = "terminal too small";
	int width = getmaxx(w);
	snprintf(need, sizeof need, "(need %d x %d)", need_w, need_h);
	werase(w);
	attr_t a = draw_attr(ST_NORMAL);
	int wl = text_width(what), wn = text_width(need);
	if (wl + 1 + wn <= width) {
		draw_text(w, 0, 0, wl, what, strlen(what), a, NULL, false);
		draw_text(w, 0, wl + 1, wn, need, strlen(need), a, NULL, false);
	} else {
		/* Narrower still: one part a line, cut to the width (1x1 included). */
		draw_text(w, 0, 0, width, what, strlen(what), a, NULL, false);
		if (getmaxy(w) > 1)
			draw_text(w, 1, 0, width, need, strlen(need), a, NULL, false);
	}
}
