/* A record as lines: the detail area under the panes (the record under the cursor) and
 * the record view (the same lines, full screen, with a cursor that Enter follows). */
#include <string.h>

#include "draw.h"
#include "tui_internal.h"

static void draw_line(WINDOW *w, int y, int width, const struct record *r, const struct rline *l,
		      attr_t base, const struct matcher *m)
{
	draw_blank(w, y, 0, width, base);
	switch (l->kind) {
	case RL_FIELD:
		if (l->label)
			draw_text(w, y, 0, r->label_width - 1, l->label, strlen(l->label),
				  draw_over(base, ST_LABEL), NULL, false);
		draw_text(w, y, r->label_width, width - r->label_width, l->text, l->len, base, m,
			  false);
		break;
	case RL_HEADING:
		draw_text(w, y, 0, width, l->text, l->len, draw_over(base, ST_HEADING), NULL, false);
		break;
	case RL_ITEM:
		if (l->mark == MARK_NEW)
			draw_text(w, y, 2, 1, "+", 1, draw_over(base, ST_NEW), NULL, false);
		draw_text(w, y, 4, width - 4, l->text, l->len,
			  l->mark == MARK_NEW ? draw_over(base, ST_NEW) : base, NULL, false);
		break;
	default:
		break;
	}
}

void pane_lines_draw(WINDOW *w, const struct browser *b, const struct record *r, size_t top,
		     size_t cursor, bool focused, const char *title)
{
	int h = getmaxy(w), width = getmaxx(w);
	draw_text(w, 0, 0, width, title, strlen(title),
		  draw_attr(focused ? ST_TITLE_FOCUS : ST_TITLE), NULL, true);
	for (int y = 1; y < h; y++) {
		size_t i = top + (size_t)(y - 1);
		if (i >= r->n) {
			draw_blank(w, y, 0, width, draw_attr(ST_NORMAL));
			continue;
		}
		attr_t base = draw_attr(i == cursor ? ST_CURSOR : ST_NORMAL);
		draw_line(w, y, width, r, &r->lines[i], base, browser_match(b));
	}
}

void pane_record_draw(WINDOW *w, const struct browser *b, const struct record *r, size_t top,
		      size_t cursor, bool focused, const char *hint)
{
	char title[700];
	if (r->rec == DS_NONE) {
		snprintf(title, sizeof title, " %s: nothing selected", record_kind_name(r->table));
	} else {
		char name[512];
		record_describe(b->ds, r->table, r->rec, name, sizeof name);
		snprintf(title, sizeof title, " %s: %s%s", record_kind_name(r->table), name, hint);
	}
	pane_lines_draw(w, b, r, top, cursor, focused, title);
}
