/* Shared by the render tests; see screentest.h. */
#include "screentest.h"

#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static SCREEN *scr;
static FILE *scr_out, *scr_in;

SCREEN *screen_open(int lines, int cols)
{
	char l[16], c[16];
	snprintf(l, sizeof l, "%d", lines);
	snprintf(c, sizeof c, "%d", cols);
	setenv("LINES", l, 1);
	setenv("COLUMNS", c, 1);
	scr_out = fopen("/dev/null", "w");
	scr_in = fopen("/dev/null", "r");
	cr_assert(scr_out && scr_in);
	scr = newterm("xterm-256color", scr_out, scr_in);
	cr_assert_not_null(scr, "no xterm-256color terminfo entry");
	set_term(scr);
	cr_assert_eq(LINES, lines);
	cr_assert_eq(COLS, cols);
	return scr;
}

void screen_close(void)
{
	if (!scr)
		return;
	endwin();
	delscreen(scr);
	fclose(scr_out);
	fclose(scr_in);
	scr = NULL;
}

const char *screen_line(int y)
{
	static char out[2048];
	wchar_t w[1024];
	cr_assert_neq(mvwinnwstr(curscr, y, 0, w, COLS), ERR);
	size_t n = wcstombs(out, w, sizeof out);
	cr_assert_neq(n, (size_t)-1);
	while (n > 0 && out[n - 1] == ' ')
		out[--n] = '\0';
	return out;
}

int screen_column_of(int y, const wchar_t *text)
{
	wchar_t w[1024];
	cr_assert_neq(mvwinnwstr(curscr, y, 0, w, COLS), ERR);
	wchar_t *at = wcsstr(w, text);
	cr_assert_not_null(at, "%ls not on line %d: %s", text, y, screen_line(y));
	*at = L'\0';
	return wcswidth(w, 1024);
}

int screen_find_line(const char *text)
{
	for (int y = 0; y < LINES; y++)
		if (strstr(screen_line(y), text))
			return y;
	return -1;
}

attr_t screen_attr(int y, int x)
{
	cchar_t c;
	wchar_t wc[CCHARW_MAX + 1];
	attr_t a;
	short pair;
	cr_assert_neq(mvwin_wch(curscr, y, x, &c), ERR);
	getcchar(&c, wc, &a, &pair, NULL);
	return a;
}
