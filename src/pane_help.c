/* The help overlay: help.c's lines, scrolled. */
#include <stdio.h>
#include <string.h>

#include "draw.h"
#include "help.h"
#include "tui_internal.h"

enum { HELP_MAX_LINES = 128 };

static void draw_line(WINDOW *w, int y, int width, const struct help_line *l,
		      const struct browser *b)
{
	attr_t normal = draw_attr(ST_NORMAL);
	draw_blank(w, y, 0, width, normal);
	switch (l->kind) {
	case HELP_HEADING:
		draw_text(w, y, 1, width - 1, l->text, strlen(l->text), draw_attr(ST_HEADING), NULL, false);
		break;
	case HELP_ACTION:
		draw_text(w, y, 3, HELP_KEYS_WIDTH - 1, l->keys, strlen(l->keys), draw_attr(ST_LABEL),
			  NULL, false);
		draw_text(w, y, 3 + HELP_KEYS_WIDTH, width - 3 - HELP_KEYS_WIDTH, l->text,
			  strlen(l->text), normal, NULL, false);
		break;
	case HELP_TEXT:
		draw_text(w, y, 1, width - 1, l->text, strlen(l->text), normal, NULL, false);
		break;
	case HELP_DATA: {
		char text[4200];
		snprintf(text, sizeof text, "%s%s%s%s%s", l->text, b->ds && dataset_dir(b->ds) ? dataset_dir(b->ds) : "?",
			 b->data_origin ? " (" : "", b->data_origin ? b->data_origin : "",
			 b->data_origin ? ")" : "");
		draw_text(w, y, 1, width - 1, text, strlen(text), normal, NULL, false);
		break;
	}
	default:
		break;
	}
}

void pane_help_draw(WINDOW *w, const struct browser *b)
{
	static struct help_line lines[HELP_MAX_LINES];
	size_t n = help_lines(lines, HELP_MAX_LINES);
	int h = getmaxy(w), width = getmaxx(w);
	const char *title = " Help: every key of mtcr";
	draw_text(w, 0, 0, width, title, strlen(title), draw_attr(ST_TITLE_FOCUS), NULL, true);
	for (int y = 1; y < h; y++) {
		size_t i = b->help.at.top + (size_t)(y - 1);
		if (i < n && i < HELP_MAX_LINES)
			draw_line(w, y, width, &lines[i], b);
		else
			draw_blank(w, y, 0, width, draw_attr(ST_NORMAL));
	}
}
