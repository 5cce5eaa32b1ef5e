/* A picture over the panes: a title with its keys, the lines chart_view gives, and the
 * cursor as one rectangle in reverse video (the whole year down the timeline's band, one
 * cell on the map), which shows with and without colour. */
#include <string.h>

#include "draw.h"
#include "tui_internal.h"

/* The cursor's cells take the cursor style over what is drawn there. */
static void draw_cursor(WINDOW *w, struct chart_view *cv, int top)
{
	size_t y0, y1;
	int x, cw;
	chart_view_cursor(cv, &y0, &y1, &x, &cw);
	attr_t a = draw_attr(ST_CURSOR);
	int width = getmaxx(w), h = getmaxy(w);
	if (x < 0 || x >= width)
		return;
	if (x + cw > width)
		cw = width - x;
	for (size_t y = y0; y < y1 && top + (int)y < h; y++)
		mvwchgat(w, top + (int)y, x, cw, a & ~A_COLOR, (short)PAIR_NUMBER(a), NULL);
}

bool pane_chart_draw(WINDOW *w, const struct browser *b, struct chart_view *cv)
{
	char title[256];
	int h = getmaxy(w), width = getmaxx(w);
	browser_ops(b)->title(b, title, sizeof title);
	draw_text(w, 0, 0, width, title, strlen(title), draw_attr(ST_TITLE_FOCUS), NULL, true);
	size_t n = 0;
	char *const *lines = chart_view_lines(cv, &n);
	if (!lines)
		return false; /* memory ran out: the TUI says so once it has quit */
	attr_t normal = draw_attr(ST_NORMAL);
	for (int y = 1; y < h; y++) {
		size_t i = (size_t)(y - 1);
		if (i < n) /* lines are escaped already; draw_text measures them the same way */
			draw_text(w, y, 0, width, lines[i], strlen(lines[i]), normal, NULL, true);
		else
			draw_blank(w, y, 0, width, normal);
	}
	draw_cursor(w, cv, 1);
	return true;
}
