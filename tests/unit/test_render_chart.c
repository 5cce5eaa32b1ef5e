/* The pictures as the browser draws them, on a curses screen without a terminal: the title,
 * the picture's lines, the cursor in reverse video where the year (or the cell) is drawn,
 * the status line describing it, ASCII drawing, and data text escaped on the way.
 * Fixture: tests/data/good (p1 Rome 1988, p2 Seoul 2004, p3 Rotterdam 2015). */
#include <criterion/criterion.h>
#include <locale.h>
#include <string.h>

#include "dataset_struct.h"
#include "screentest.h"
#include "testutil.h"
#include "tui_internal.h"

static char *dir;
static struct dataset ds;
static struct diags diags;
static struct browser b;
static struct tui t;

static void draw(void)
{
	tui_draw(&t, REDRAW_CLEAR | REDRAW_SCREEN);
	cr_assert_not(t.failed, "drawing ran out of memory");
}

static void start(int lines, int cols, bool ascii)
{
	cr_assert(dataset_load(&ds, dir, &diags), "%s", problems_text(&diags));
	cr_assert(browser_init(&b, &ds));
	b.picture.ascii = ascii;
	t = (struct tui){.b = &b, .screen = screen_open(lines, cols)};
	tui_prepare(&t, false);
	tui_layout(&t);
	browser_do(&b, ACT_LAST); /* a picture opens on the selected meeting: the latest */
	draw();
}

static void act(enum action a)
{
	browser_do(&b, a);
	cr_assert_not(b.failed);
	draw();
}

static void setup(void)
{
	cr_assert_not_null(setlocale(LC_ALL, "C.UTF-8"));
	dir = fixture_dir(NULL);
}

static void teardown(void)
{
	if (t.screen) {
		tui_release(&t);
		screen_close();
	}
	browser_free(&b);
	dataset_free(&ds);
	diags_free(&diags);
	fixture_remove(dir);
}

TestSuite(render_chart, .init = setup, .fini = teardown);

static bool reversed(int y, int x)
{
	return screen_attr(y, x) & A_REVERSE;
}

/* Reverse-video cells of the picture (not its title or the status line), line by line. */
static int count_reversed(int *first_y, int *first_x)
{
	int n = 0;
	*first_y = *first_x = -1;
	for (int y = 1; y < LINES - 1; y++)
		for (int x = 0; x < COLS; x++)
			if (reversed(y, x) && n++ == 0) {
				*first_y = y;
				*first_x = x;
			}
	return n;
}

/* The timeline's cursor covers the year's column, three wide, down the whole band: from
 * the line under the title and a blank to the hosts' line over a blank and the legend. */
static void expect_year_column(const wchar_t *label)
{
	int top = 3, bottom = screen_find_line("Bars:") - 2;
	cr_assert_gt(bottom, top, "the band and the legend are drawn");
	int axis = -1;
	for (int y = top; y <= bottom && axis < 0; y++)
		if (screen_line(y)[0] == ' ' && strstr(screen_line(y), " '"))
			axis = y;
	cr_assert_geq(axis, 0, "the year axis is drawn");
	int x = screen_column_of(axis, label);
	for (int y = top; y <= bottom; y++) {
		cr_expect(reversed(y, x) && reversed(y, x + 2), "%ls: line %d is not in the cursor",
			  label, y);
		cr_expect_not(reversed(y, x - 1) || reversed(y, x + 3),
			      "%ls: the cursor is too wide", label);
	}
	int y0, x0;
	cr_expect_eq(count_reversed(&y0, &x0), 3 * (bottom - top + 1), "nothing else is reversed");
}

Test(render_chart, the_timeline_shows_the_cursor_on_the_selected_meeting_s_year)
{
	start(30, 80, false);
	act(ACT_TIMELINE);
	cr_expect(strstr(screen_line(0), " Timeline: h l move along the years"), "%s",
		  screen_line(0));
	cr_expect(screen_attr(0, 1) & A_REVERSE, "the title is in the focused style");
	cr_expect_str_eq(screen_line(1), "MTCR Partners and Plenaries, 1987\xe2\x80\x93" "2015");
	cr_expect(strstr(screen_line(LINES - 1),
			 " 2015: 7 Partners; Plenary 3, Rotterdam, 2015-10-05"),
		  "%s", screen_line(LINES - 1));
	expect_year_column(L"'15");
	act(ACT_PREV_YEAR);
	cr_expect(strstr(screen_line(LINES - 1), " 2014: 7 Partners; no meeting"));
	expect_year_column(L"'14");
}

Test(render_chart, the_map_highlights_one_cell_and_names_it)
{
	start(30, 80, false);
	act(ACT_CONCERN_MAP);
	cr_expect(strstr(screen_line(0), " Concern map: h l j k move"), "%s", screen_line(0));
	int y, x;
	cr_expect_eq(count_reversed(&y, &x), 1, "one cell");
	cr_expect_eq(y, screen_find_line("Intangible technology transfer"));
	wchar_t cell[2];
	mvwinnwstr(curscr, y, x, cell, 1);
	cr_expect_eq(cell[0], L'\x25a0', "2015 raised it: a square");
	cr_expect(strstr(screen_line(LINES - 1), "Intangible technology transfer, 2015: Plenary 3, "
						 "Rotterdam"),
		  "%s", screen_line(LINES - 1));
	act(ACT_DOWN);
	int y2, x2;
	cr_expect_eq(count_reversed(&y2, &x2), 1);
	cr_expect_eq(y2, screen_find_line("UN Security Council Resolution 1540"),
		     "the un heading was skipped");
	cr_expect_eq(x2, x, "the same year");
	mvwinnwstr(curscr, y2, x2, cell, 1);
	cr_expect_eq(cell[0], L'\xb7', "a Plenary met and did not raise it");
	cr_expect(strstr(screen_line(LINES - 1), "1540, 2015: not raised at the Plenary"), "%s",
		  screen_line(LINES - 1));
	act(ACT_PREV_YEAR);
	cr_expect_eq(count_reversed(&y2, &x2), 1);
	cr_expect_eq(x2, x - 1, "one year to the left");
}

static void expect_ascii(void)
{
	for (int y = 0; y < LINES; y++)
		for (const char *s = screen_line(y); *s; s++)
			cr_expect_lt((unsigned char)*s, 0x80, "line %d is not ASCII: %s", y,
				     screen_line(y));
}

Test(render_chart, ascii_draws_no_block_characters)
{
	start(30, 80, true);
	act(ACT_TIMELINE);
	expect_ascii();
	int no = screen_find_line("No.");
	cr_assert_geq(no, 0);
	cr_expect(strstr(screen_line(no), " -  "), "a year without a Plenary: %s",
		  screen_line(no));
	act(ACT_CONCERN_MAP);
	expect_ascii();
	int y, x;
	cr_assert_eq(count_reversed(&y, &x), 1);
	cr_expect_eq(screen_line(y)[x], '#', "the raised mark under the cursor: %s",
		     screen_line(y));
}

Test(render_chart, data_text_is_escaped_in_the_picture_and_the_status_line)
{
	fixture_edit(dir, "concerns.csv", "Intangible technology", "Intangible\x1b[2J tech");
	start(30, 80, false);
	act(ACT_CONCERN_MAP);
	cr_expect_geq(screen_find_line("  Intangible^[[2J tech"), 0, "the map's row label");
	cr_expect(strstr(screen_line(LINES - 1), "Intangible^[[2J tech transfer, 2015"), "%s",
		  screen_line(LINES - 1));
	for (int y = 0; y < LINES; y++) {
		wchar_t w[1024];
		mvwinnwstr(curscr, y, 0, w, COLS);
		cr_expect_null(wcschr(w, L'\x1b'), "a raw ESC on line %d", y);
	}
}

Test(render_chart, the_picture_follows_a_resize_and_comes_back_after_the_help)
{
	start(30, 80, false);
	act(ACT_TIMELINE);
	act(ACT_HELP);
	cr_expect(strstr(screen_line(0), "Help"), "%s", screen_line(0));
	act(ACT_CLOSE);
	cr_expect(strstr(screen_line(0), " Timeline:"), "%s", screen_line(0));
	resizeterm(20, 50);
	tui_layout(&t);
	draw();
	cr_expect_eq(b.picture.chart.width, 50);
	expect_year_column(L"'15");
	act(ACT_CLOSE);
	cr_expect(strstr(screen_line(0), "Meetings"), "%s", screen_line(0));
}
