/* Screens drawn by curses without a terminal: newterm on /dev/null at a fixed size, the
 * browser drawn as the program draws it, the cells read back from curscr and compared with
 * golden text screens (tests/golden/screen-*.txt; MTCR_UPDATE_GOLDEN=1 rewrites them) or checked
 * cell by cell for widths, escapes, marks and attributes. */
#include <criterion/criterion.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>

#include "testutil.h"
#include "tui_internal.h"

static SCREEN *scr;
static FILE *scr_out, *scr_in;
static char *dir;
static struct dataset ds;
static struct diags diags;
static struct browser b;
static struct tui t;

/* Replaces the first `from` in dir/name with `to`. */
static void edit_fixture(const char *name, const char *from, const char *to)
{
	char path[4096], buf[16384], out[16384];
	snprintf(path, sizeof path, "%s/%s", dir, name);
	FILE *f = fopen(path, "rb");
	cr_assert_not_null(f);
	size_t n = fread(buf, 1, sizeof buf - 1, f);
	fclose(f);
	buf[n] = '\0';
	char *at = strstr(buf, from);
	cr_assert_not_null(at, "%s not in %s", from, name);
	snprintf(out, sizeof out, "%.*s%s%s", (int)(at - buf), buf, to, at + strlen(from));
	f = fopen(path, "wb");
	cr_assert_not_null(f);
	fputs(out, f);
	cr_assert_eq(fclose(f), 0);
}

static void open_screen(int lines, int cols)
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
}

static void draw(void)
{
	tui_draw(&t, REDRAW_CLEAR | REDRAW_SCREEN);
}

/* Loads the fixture (as edited) and draws the first screen. */
static void start(int lines, int cols)
{
	cr_assert(dataset_load(&ds, dir, &diags), "%s", problems_text(&diags));
	cr_assert(browser_init(&b, &ds));
	open_screen(lines, cols);
	t = (struct tui){.b = &b, .screen = scr};
	tui_prepare(&t, false);
	tui_layout(&t);
	draw();
}

static void resize(int lines, int cols)
{
	resizeterm(lines, cols);
	tui_layout(&t);
	draw();
}

static void act(enum action a)
{
	browser_do(&b, a);
	draw();
}

static void setup(void)
{
	cr_assert_not_null(setlocale(LC_ALL, "C.UTF-8"));
	dir = fixture_dir(NULL);
}

static void teardown(void)
{
	if (scr) {
		tui_release(&t);
		endwin();
		delscreen(scr);
		fclose(scr_out);
		fclose(scr_in);
	}
	browser_free(&b);
	dataset_free(&ds);
	diags_free(&diags);
	fixture_remove(dir);
}

TestSuite(render, .init = setup, .fini = teardown);

/* Line y of the screen as UTF-8, without trailing blanks. */
static const char *line(int y)
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

/* The display column where text starts on line y, measured with wcswidth. */
static int column_of(int y, const wchar_t *text)
{
	wchar_t w[1024];
	cr_assert_neq(mvwinnwstr(curscr, y, 0, w, COLS), ERR);
	wchar_t *at = wcsstr(w, text);
	cr_assert_not_null(at, "%ls not on line %d: %s", text, y, line(y));
	*at = L'\0';
	return wcswidth(w, 1024);
}

static int find_line(const char *text)
{
	for (int y = 0; y < LINES; y++)
		if (strstr(line(y), text))
			return y;
	return -1;
}

static attr_t attr_at(int y, int x)
{
	cchar_t c;
	wchar_t wc[CCHARW_MAX + 1];
	attr_t a;
	short pair;
	cr_assert_neq(mvwin_wch(curscr, y, x, &c), ERR);
	getcchar(&c, wc, &a, &pair, NULL);
	return a;
}

static void expect_golden(const char *name)
{
	char path[4096], want[16384] = "", got[16384] = "";
	for (int y = 0; y < LINES; y++) {
		strcat(got, line(y));
		strcat(got, "\n");
	}
	snprintf(path, sizeof path, "%s/../golden/screen-%s.txt", TESTDATADIR, name);
	if (getenv("MTCR_UPDATE_GOLDEN")) {
		FILE *f = fopen(path, "w");
		cr_assert_not_null(f, "%s", path);
		fputs(got, f);
		fclose(f);
	}
	FILE *f = fopen(path, "r");
	cr_assert_not_null(f, "no golden screen %s (MTCR_UPDATE_GOLDEN=1 writes it)", path);
	want[fread(want, 1, sizeof want - 1, f)] = '\0';
	fclose(f);
	cr_expect_str_eq(got, want, "screen differs from %s", path);
}

Test(render, wide_layout_matches_the_golden_screen)
{
	start(24, 120);
	cr_expect(t.layout.wide);
	expect_golden("wide");
}

Test(render, narrow_layout_matches_the_golden_screen)
{
	start(24, 80);
	cr_expect_not(t.layout.wide);
	act(ACT_DOWN); /* p2 Seoul: links, a new member, a two-line summary */
	expect_golden("narrow");
}

Test(render, the_focused_pane_is_unmistakable_without_colour)
{
	start(24, 120);
	int x1 = t.layout.pane[1].x + 2;
	cr_expect(attr_at(0, 2) & A_REVERSE, "the focused title is in reverse video");
	cr_expect_not(attr_at(0, x1) & A_REVERSE, "other titles are not");
	cr_expect(attr_at(2, 3) & A_REVERSE, "the focused cursor row is in reverse video");
	cr_expect_not(attr_at(2, x1) & A_REVERSE, "another pane's cursor row is not");
	cr_expect(attr_at(2, x1) & A_UNDERLINE, "but it is underlined");
	act(ACT_NEXT_PANE);
	cr_expect_not(attr_at(0, 2) & A_REVERSE, "focus moved");
	cr_expect(attr_at(0, x1) & A_REVERSE);
}

Test(render, linked_rows_are_marked)
{
	start(30, 80);
	int ita = find_line("Italy"), kor = find_line("Republic of Korea");
	cr_assert(ita >= 0 && kor >= 0);
	cr_expect_eq(line(ita)[0], '*', "Italy hosted p1: %s", line(ita));
	cr_expect(attr_at(ita, 4) & A_BOLD, "marked rows are bold");
	cr_expect_eq(line(kor)[0], ' ', "Korea had not joined in 1988: %s", line(kor));
	cr_expect_not(attr_at(kor, 4) & A_BOLD);
	act(ACT_DOWN);
	int bgr = find_line("Bulgaria");
	cr_assert_geq(bgr, 0);
	cr_expect_eq(line(bgr)[0], '+', "Bulgaria is new at Seoul: %s", line(bgr));
	cr_expect_eq(line(find_line("Republic of Korea"))[0], '*');
}

Test(render, wide_characters_are_cut_whole_and_columns_stay_aligned)
{
	edit_fixture("members.csv", "Republic of Korea",
		     "\xe5\xa4\xa7\xe9\x9f\x93\xe6\xb0\x91\xe5\x9c\x8b\xe5\xa4\xa7\xe9\x9f\x93\xe6"
		     "\xb0\x91\xe5\x9c\x8b\xe5\xa4\xa7\xe9\x9f\x93 Korea");
	edit_fixture("members.csv", "Italy", "It\xc3\xa1ly");
	start(30, 46);
	int kor = find_line("KOR  2001"), ita = find_line("ITA  1987");
	cr_assert(kor >= 0 && ita >= 0, "%d %d", kor, ita);
	cr_expect(strstr(line(kor), "\xe5\xa4\xa7\xe9\x9f\x93\xe2\x80\xa6") ||
			  strstr(line(kor), "\xe9\x9f\x93\xe6\xb0\x91\xe2\x80\xa6") ||
			  strstr(line(kor), "\xe6\xb0\x91\xe5\x9c\x8b\xe2\x80\xa6") ||
			  strstr(line(kor), "\xe5\x9c\x8b\xe5\xa4\xa7\xe2\x80\xa6"),
		  "the name is cut after a whole character, with an ellipsis: %s", line(kor));
	cr_expect_eq(column_of(kor, L"KOR"), column_of(ita, L"ITA"),
		     "codes line up:\n%s\n%s", line(kor), line(ita));
	cr_expect_eq(column_of(kor, L"2001"), column_of(ita, L"1987"));
}

Test(render, control_characters_in_the_data_are_drawn_escaped)
{
	edit_fixture("meetings.csv", "Rome", "R\x1b]0;pwned\x07o\xc2\x9bme");
	edit_fixture("meetings.csv", "A second line.", "Clear\x1b[2J screen.");
	start(30, 120);
	int p1 = find_line("R^[]0;");
	cr_assert_geq(p1, 0, "the OSC sequence shows as text:\n%s", line(2));
	int x = column_of(p1, L"^[]");
	cr_expect(attr_at(p1, x) & A_BOLD, "escapes stand out");
	cr_expect_eq(column_of(p1, L"ITA"), column_of(find_line("KOR"), L"KOR"),
		     "and take the columns they are drawn in");
	for (int y = 0; y < LINES; y++) {
		wchar_t w[1024];
		mvwinnwstr(curscr, y, 0, w, COLS);
		cr_expect_null(wcschr(w, L'\x1b'), "a raw ESC on line %d", y);
		cr_expect_null(wcschr(w, L'\x9b'), "a raw CSI on line %d", y);
	}
	act(ACT_DOWN);
	cr_expect_geq(find_line("Clear^[[2J screen."), 0, "in the detail area too");
}

Test(render, too_small_and_back)
{
	start(24, 80);
	resize(10, 30);
	cr_expect_str_eq(line(0), "terminal too small");
	cr_expect_str_eq(line(1), "(need 40 x 14)");
	resize(12, 60);
	cr_expect_str_eq(line(0), "terminal too small (need 40 x 14)");
	resize(1, 1);
	cr_expect_str_eq(line(0), "\xe2\x80\xa6", "even 1 x 1 says something");
	resize(24, 80);
	cr_expect_str_eq(line(0), " 1 Meetings 4");
	cr_expect_eq(find_line("too small"), -1);
}

Test(render, resizing_keeps_the_selection)
{
	start(24, 120);
	act(ACT_LAST);
	resize(16, 50);
	cr_expect_str_eq(line(0), " 1 Meetings 4");
	int y = find_line("Rotterdam");
	cr_assert_geq(y, 0, "the selected row stays in sight");
	cr_expect(attr_at(y, 3) & A_REVERSE);
	resize(40, 200);
	cr_expect(attr_at(find_line("Rotterdam"), 3) & A_REVERSE);
}

Test(render, search_matches_are_highlighted)
{
	start(24, 80);
	act(ACT_SEARCH);
	browser_type(&b, "s");
	browser_type(&b, "e");
	browser_type(&b, "o");
	draw();
	cr_expect_str_eq(line(23), "/seo", "the prompt shows what is typed");
	int y = find_line("Seoul");
	int x = column_of(y, L"Seoul");
	cr_expect(attr_at(y, x) & A_UNDERLINE, "the match is highlighted");
	cr_expect(attr_at(y, x + 2) & A_UNDERLINE);
	cr_expect_not(attr_at(y, x + 3) & A_UNDERLINE, "only the match");
	int rome = find_line("Rome");
	cr_expect_not(attr_at(rome, column_of(rome, L"Rome")) & A_UNDERLINE);
}

Test(render, the_help_shows_every_key)
{
	start(80, 100);
	act(ACT_HELP);
	for (size_t i = 0; i < nactions; i++) {
		bool found = false;
		for (int y = 0; y < LINES && !found; y++)
			found = strstr(line(y), actions[i].keys) && strstr(line(y), actions[i].help);
		cr_expect(found, "%s (%s) is not on the help screen", actions[i].name, actions[i].keys);
	}
}

Test(render, the_record_view_lists_linked_items)
{
	start(50, 80);
	act(ACT_DOWN);
	act(ACT_OPEN);
	cr_expect(strstr(line(0), "Meeting: Plenary 2, Seoul, 2004-10-06"), "%s", line(0));
	cr_expect_geq(find_line("Partners at the time (7)"), 0);
	cr_expect_geq(find_line("  + BGR Bulgaria"), 0);
	cr_expect_geq(find_line("    KOR Republic of Korea"), 0);
	int y = find_line("summary");
	cr_assert_geq(y, 0);
	cr_expect(strstr(line(y + 1), "A second line."), "a newline in a field starts a line");
}
