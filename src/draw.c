/* Styles and text drawing. Every character reaches the terminal through draw_text, which
 * draws text_unit's idea of it: a control character in the data is never sent raw. */
#include "draw.h"

#include <string.h>

#include "text.h"

static attr_t styles[ST_COUNT];

/* Without colour, attributes alone keep every state distinct: focus is reverse video,
 * the other panes' selection underlined, marks bold. */
static const attr_t mono[ST_COUNT] = {
	[ST_NORMAL] = A_NORMAL,
	[ST_TITLE] = A_BOLD | A_UNDERLINE,
	[ST_TITLE_FOCUS] = A_BOLD | A_REVERSE,
	[ST_HEADER] = A_UNDERLINE,
	[ST_CURSOR] = A_REVERSE,
	[ST_CURSOR_DIM] = A_UNDERLINE,
	[ST_RELATED] = A_BOLD,
	[ST_NEW] = A_BOLD,
	[ST_MATCH] = A_BOLD | A_UNDERLINE, /* never reverse: that is the cursor */
	[ST_ESCAPE] = A_BOLD,
	[ST_STATUS] = A_REVERSE,
	[ST_ERROR] = A_REVERSE | A_BOLD,
	[ST_LABEL] = A_BOLD,
	[ST_HEADING] = A_BOLD | A_UNDERLINE,
	[ST_SEP] = A_NORMAL,
};

/* Foregrounds on the terminal's own background (-1); 0 keeps the default colour. */
static const short fg[ST_COUNT] = {
	[ST_TITLE] = COLOR_CYAN, [ST_TITLE_FOCUS] = COLOR_CYAN, [ST_HEADER] = COLOR_BLUE,
	[ST_RELATED] = COLOR_YELLOW, [ST_NEW] = COLOR_GREEN, [ST_MATCH] = COLOR_MAGENTA,
	[ST_ESCAPE] = COLOR_RED, [ST_ERROR] = COLOR_RED, [ST_LABEL] = COLOR_CYAN,
	[ST_HEADING] = COLOR_YELLOW, [ST_SEP] = COLOR_BLUE,
};

void draw_init_styles(bool color)
{
	for (int s = 0; s < ST_COUNT; s++) {
		styles[s] = mono[s];
		if (color && fg[s] && init_pair((short)s, fg[s], -1) == OK)
			styles[s] |= COLOR_PAIR(s);
	}
}

attr_t draw_attr(enum style s)
{
	return styles[s];
}

attr_t draw_over(attr_t base, enum style s)
{
	attr_t a = styles[s];
	if (a & A_COLOR)
		base &= ~A_COLOR;
	return base | a;
}

void draw_blank(WINDOW *win, int y, int x, int w, attr_t attr)
{
	wattrset(win, attr);
	for (int i = 0; i < w; i++)
		mvwaddch(win, y, x + i, ' ');
}

enum { MAX_SPANS = 32 };

/* Byte ranges of s[0..n) that m matches, up to MAX_SPANS; s is NUL-terminated at n or
 * later, so only matches that start before n count. */
static int find_spans(const struct matcher *m, const char *s, size_t n, size_t spans[][2])
{
	int k = 0;
	size_t pos = 0, off, len;
	while (m && k < MAX_SPANS && pos < n && matcher_find(m, s + pos, &off, &len) && len > 0) {
		if (pos + off >= n)
			break;
		spans[k][0] = pos + off;
		spans[k][1] = pos + off + len;
		k++;
		pos += off + len;
	}
	return k;
}

static bool in_span(size_t spans[][2], int k, size_t pos)
{
	for (int i = 0; i < k; i++)
		if (pos >= spans[i][0] && pos < spans[i][1])
			return true;
	return false;
}

int draw_text(WINDOW *win, int y, int x, int w, const char *s, size_t n, attr_t base,
	      const struct matcher *m, bool pad)
{
	int width;
	bool cut;
	size_t spans[MAX_SPANS][2];
	int k = find_spans(m, s, n, spans);
	size_t keep = text_clip(s, n, w, &width, &cut);
	struct text_unit u;
	wmove(win, y, x);
	for (size_t pos = 0; pos < keep; pos += u.len) {
		text_unit(s + pos, keep - pos, &u);
		attr_t a = base;
		if (in_span(spans, k, pos))
			a = draw_over(a, ST_MATCH);
		if (u.escaped)
			a = draw_over(a, ST_ESCAPE);
		wattrset(win, a);
		waddstr(win, u.shown);
	}
	if (cut && w > 0) {
		wattrset(win, base);
		waddstr(win, text_ellipsis());
		width++;
	}
	if (pad && width < w)
		draw_blank(win, y, x + width, w - width, base);
	return width;
}
