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
}

/* Loads the fixture (as edited) and draws the first screen. */
static void start(int lines, int cols)
{
	cr_assert(dataset_load(&ds, dir, &diags), "%s", problems_text(&diags));
	cr_assert(browser_init(&b, &ds));
	t = (struct tui){.b = &b, .screen = screen_open(lines, cols)};
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
	if (t.screen) {
		tui_release(&t);
		screen_close();
	}
	browser_free(&b);
	dataset_free(&ds);
	diags_free(&diags);
	fixture_remove(dir);
}

TestSuite(render, .init = setup, .fini = teardown);

static void expect_golden(const char *name)
{
	char path[4096], want[16384] = "", got[16384] = "";
	for (int y = 0; y < LINES; y++) {
		strcat(got, screen_line(y));
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
	cr_expect(screen_attr(0, 2) & A_REVERSE, "the focused title is in reverse video");
	cr_expect_not(screen_attr(0, x1) & A_REVERSE, "other titles are not");
	cr_expect(screen_attr(2, 3) & A_REVERSE, "the focused cursor row is in reverse video");
	cr_expect_not(screen_attr(2, x1) & A_REVERSE, "another pane's cursor row is not");
	cr_expect(screen_attr(2, x1) & A_UNDERLINE, "but it is underlined");
	act(ACT_NEXT_PANE);
	cr_expect_not(screen_attr(0, 2) & A_REVERSE, "focus moved");
	cr_expect(screen_attr(0, x1) & A_REVERSE);
}

Test(render, linked_rows_are_marked)
{
	start(30, 80);
	int ita = screen_find_line("Italy"), kor = screen_find_line("Republic of Korea");
	cr_assert(ita >= 0 && kor >= 0);
	cr_expect_eq(screen_line(ita)[0], '*', "Italy hosted p1: %s", screen_line(ita));
	cr_expect(screen_attr(ita, 4) & A_BOLD, "marked rows are bold");
	cr_expect_eq(screen_line(kor)[0], ' ', "Korea had not joined in 1988: %s",
		     screen_line(kor));
	cr_expect_not(screen_attr(kor, 4) & A_BOLD);
	act(ACT_DOWN);
	int bgr = screen_find_line("Bulgaria");
	cr_assert_geq(bgr, 0);
	cr_expect_eq(screen_line(bgr)[0], '+', "Bulgaria is new at Seoul: %s", screen_line(bgr));
	cr_expect_eq(screen_line(screen_find_line("Republic of Korea"))[0], '*');
}

Test(render, wide_characters_are_cut_whole_and_columns_stay_aligned)
{
	fixture_edit(dir, "members.csv", "Republic of Korea",
		     "\xe5\xa4\xa7\xe9\x9f\x93\xe6\xb0\x91\xe5\x9c\x8b\xe5\xa4\xa7\xe9\x9f\x93\xe6"
		     "\xb0\x91\xe5\x9c\x8b\xe5\xa4\xa7\xe9\x9f\x93\xe6\xb0\x91\xe5\x9c\x8b"
		     "\xe5\xa4\xa7\xe9\x9f\x93\xe6\xb0\x91\xe5\x9c\x8b\xe5\xa4\xa7\xe9\x9f\x93 Korea");
	fixture_edit(dir, "members.csv", "Italy", "It\xc3\xa1ly");
	start(30, 46);
	int kor = screen_find_line("KOR  2001"), ita = screen_find_line("ITA  1987");
	cr_assert(kor >= 0 && ita >= 0, "%d %d", kor, ita);
	cr_expect(strstr(screen_line(kor), "\xe5\xa4\xa7\xe9\x9f\x93\xe2\x80\xa6") ||
			  strstr(screen_line(kor), "\xe9\x9f\x93\xe6\xb0\x91\xe2\x80\xa6") ||
			  strstr(screen_line(kor), "\xe6\xb0\x91\xe5\x9c\x8b\xe2\x80\xa6") ||
			  strstr(screen_line(kor), "\xe5\x9c\x8b\xe5\xa4\xa7\xe2\x80\xa6"),
		  "the name is cut after a whole character, with an ellipsis: %s",
		  screen_line(kor));
	cr_expect_eq(screen_column_of(kor, L"KOR"), screen_column_of(ita, L"ITA"),
		     "codes line up:\n%s\n%s", screen_line(kor), screen_line(ita));
	cr_expect_eq(screen_column_of(kor, L"2001"), screen_column_of(ita, L"1987"));
}

Test(render, control_characters_in_the_data_are_drawn_escaped)
{
	fixture_edit(dir, "meetings.csv", "Rome", "R\x1b]0;pwned\x07o\xc2\x9bme");
	fixture_edit(dir, "meetings.csv", "A second line.", "Clear\x1b[2J screen.");
	start(30, 120);
	int p1 = screen_find_line("R^[]0;");
	cr_assert_geq(p1, 0, "the OSC sequence shows as text:\n%s", screen_line(2));
	int x = screen_column_of(p1, L"^[]");
	cr_expect(screen_attr(p1, x) & A_BOLD, "escapes stand out");
	cr_expect_eq(screen_column_of(p1, L"ITA"),
		     screen_column_of(screen_find_line("KOR"), L"KOR"),
		     "and take the columns they are drawn in");
	for (int y = 0; y < LINES; y++) {
		wchar_t w[1024];
		mvwinnwstr(curscr, y, 0, w, COLS);
		cr_expect_null(wcschr(w, L'\x1b'), "a raw ESC on line %d", y);
		cr_expect_null(wcschr(w, L'\x9b'), "a raw CSI on line %d", y);
	}
	act(ACT_DOWN);
	cr_expect_geq(screen_find_line("Clear^[[2J screen."), 0, "in the detail area too");
}

Test(render, too_small_and_back)
{
	start(24, 80);
	resize(10, 30);
	cr_expect_str_eq(screen_line(0), "terminal too small");
	cr_expect_str_eq(screen_line(1), "(need 40 x 14)");
	resize(12, 60);
	cr_expect_str_eq(screen_line(0), "terminal too small (need 40 x 14)");
	resize(1, 1);
	cr_expect_str_eq(screen_line(0), "\xe2\x80\xa6", "even 1 x 1 says something");
	resize(24, 80);
	cr_expect_str_eq(screen_line(0), " 1 Meetings 4");
	cr_expect_eq(screen_find_line("too small"), -1);
}

Test(render, resizing_keeps_the_selection)
{
	start(24, 120);
	act(ACT_LAST);
	resize(16, 50);
	cr_expect_str_eq(screen_line(0), " 1 Meetings 4");
	int y = screen_find_line("Rotterdam");
	cr_assert_geq(y, 0, "the selected row stays in sight");
	cr_expect(screen_attr(y, 3) & A_REVERSE);
	resize(40, 200);
	cr_expect(screen_attr(screen_find_line("Rotterdam"), 3) & A_REVERSE);
}

Test(render, search_matches_are_highlighted)
{
	start(24, 80);
	act(ACT_SEARCH);
	browser_type(&b, "s");
	browser_type(&b, "e");
	browser_type(&b, "o");
	draw();
	cr_expect_str_eq(screen_line(23), "/seo", "the prompt shows what is typed");
	int y = screen_find_line("Seoul");
	int x = screen_column_of(y, L"Seoul");
	cr_expect(screen_attr(y, x) & A_UNDERLINE, "the match is highlighted");
	cr_expect(screen_attr(y, x + 2) & A_UNDERLINE);
	cr_expect_not(screen_attr(y, x + 3) & A_UNDERLINE, "only the match");
	int rome = screen_find_line("Rome");
	cr_expect_not(screen_attr(rome, screen_column_of(rome, L"Rome")) & A_UNDERLINE);
}

Test(render, the_help_shows_every_key)
{
	start(80, 100);
	act(ACT_HELP);
	for (size_t i = 0; i < nactions; i++) {
		bool found = false;
		for (int y = 0; y < LINES && !found; y++)
			found = strstr(screen_line(y), actions[i].keys) &&
				strstr(screen_line(y), actions[i].help);
		cr_expect(found, "%s (%s) is not on the help screen", actions[i].name, actions[i].keys);
	}
}

Test(render, the_record_view_lists_linked_items)
{
	start(50, 80);
	act(ACT_DOWN);
	act(ACT_OPEN);
	cr_expect(strstr(screen_line(0), "Meeting: Plenary 2, Seoul, 2004-10-06"), "%s",
		  screen_line(0));
	cr_expect_geq(screen_find_line("Partners at the time (7)"), 0);
	cr_expect_geq(screen_find_line("  + BGR Bulgaria"), 0);
	cr_expect_geq(screen_find_line("    KOR Republic of Korea"), 0);
	int y = screen_find_line("summary");
	cr_assert_geq(y, 0);
	cr_expect(strstr(screen_line(y + 1), "A second line."),
		  "a newline in a field starts a line");
}

Test(render, a_200x60_screen_shares_its_width_by_content)
{
	start(60, 200);
	expect_golden("200x60");
	cr_expect_neq(screen_find_line("UN Security Council Resolution 1540"), -1,
		      "a concern's name whole when there is room");
	cr_expect_gt(t.layout.pane[2].w, t.layout.pane[0].w, "Concerns, with the longest values, is widest");
}

Test(render, zoom_gives_the_focused_pane_the_screen)
{
	start(24, 80);
	act(ACT_MEMBERS);
	act(ACT_ZOOM);
	expect_golden("zoom");
	cr_expect_eq(screen_find_line("Meetings 4"), -1, "the other panes are gone");
	cr_expect_eq(screen_find_line("Member: "), -1, "and the detail area");
	act(ACT_ZOOM);
	act(ACT_DETAIL);
	cr_expect_neq(screen_find_line("Meetings 4"), -1, "O again: all panes");
	cr_expect_eq(screen_find_line("Member: "), -1, "D hides the detail area");
	cr_expect_gt(layout_rows(&t.layout.pane[1]), 3, "and the panes get its lines");
}

Test(render, right_scrolls_a_list_to_read_what_was_cut)
{
	start(24, 120);
	act(ACT_CONCERNS);
	int y = screen_find_line("UN Security Council");
	cr_assert_geq(y, 0);
	cr_expect_null(strstr(screen_line(y), "Resolution 1540"), "cut at first: %s", screen_line(y));
	act(ACT_SCROLL_RIGHT);
	expect_golden("hscroll");
	cr_expect_neq(screen_find_line("Council Resolution 1540"), -1, "Right shows the rest");
	act(ACT_SCROLL_LEFT);
	cr_expect_neq(screen_find_line("UN Security Council"), -1, "Left goes back");
}

Test(render, source_addresses_are_never_broken)
{
	fixture_edit(dir, "meetings.csv", "https://example.org/p1",
		     "https://example.org/a/very/long/path/that/goes/on/and/on/past/the/edge/of/"
		     "an/eighty/column/screen/p1.html https://example.org/short");
	start(24, 80);
	act(ACT_OPEN);
	expect_golden("urls");
	int y = screen_find_line("https://example.org/a/very/long");
	cr_assert_geq(y, 0);
	cr_expect_neq(strstr(screen_line(y), "\xe2\x80\xa6"), NULL, "cut with an ellipsis: %s",
		      screen_line(y));
	cr_expect_eq(screen_find_line("an/eighty/column"), -1, "not wrapped onto a second line");
	cr_expect_neq(screen_find_line("https://example.org/short"), -1, "one address a line");
	b.record.at.cursor = b.record.at.top + (size_t)y - 1;
	b.can_copy = true;
	act(ACT_COPY);
	cr_expect_str_eq(b.copy, "https://example.org/a/very/long/path/that/goes/on/and/on/past/the/"
				 "edge/of/an/eighty/column/screen/p1.html",
			 "the copy is whole");
}

Test(render, without_colour_matches_in_other_rows_are_not_the_cursor)
{
	start(24, 80);
	act(ACT_SEARCH);
	browser_type(&b, "r");
	act(ACT_ACCEPT);
	draw();
	int y = screen_find_line("Paris");
	cr_assert_geq(y, 0);
	int x = screen_column_of(y, L"Paris") + 2; /* the r */
	cr_expect_not(screen_attr(y, x) & (A_REVERSE | A_STANDOUT), "another row's match is not reverse");
	cr_expect(screen_attr(y, x) & A_UNDERLINE, "but underlined");
}

Test(render, outside_a_utf8_locale_names_lose_their_accents)
{
	cr_assert_not_null(setlocale(LC_ALL, "C"));
	start(24, 80);
	act(ACT_MEMBERS);
	act(ACT_LAST);
	act(ACT_UP);
	int y = screen_find_line("Turkiye");
	cr_expect_geq(y, 0, "Turkiye, not T<C3><BC>rkiye");
	cr_expect_eq(screen_find_line("<C3>"), -1, "no byte escapes anywhere");
}

Test(render, a_concern_history_keeps_its_source_addresses_whole)
{
	fixture_edit(dir, "meeting_concerns.csv", "meeting,concern", "meeting,concern,note,sources");
	fixture_edit(dir, "meeting_concerns.csv", "p2,unscr1540", "p2,unscr1540,,");
	fixture_edit(dir, "meeting_concerns.csv", "p2,itt", "p2,itt,,");
	fixture_edit(dir, "meeting_concerns.csv", "p2,regional", "p2,regional,,");
	fixture_edit(dir, "meeting_concerns.csv", "p3,itt",
		     "p3,itt,Raised again.,https://example.org/a/very/long/path/that/goes/on/and/on/"
		     "past/the/edge/of/an/eighty/column/screen/p3.html");
	start(24, 80);
	act(ACT_CONCERNS);
	act(ACT_OPEN);
	int y = screen_find_line("https://example.org/a/very/long");
	cr_assert_geq(y, 0, "the address is shown");
	cr_expect_eq(screen_find_line("an/eighty/column"), -1, "not wrapped onto a second line");
	b.record.at.cursor = b.record.at.top + (size_t)y - 1;
	b.can_copy = true;
	act(ACT_COPY);
	cr_expect_str_eq(b.copy, "https://example.org/a/very/long/path/that/goes/on/and/on/past/the/"
				 "edge/of/an/eighty/column/screen/p3.html", "y copies it whole");
	act(ACT_CITE);
	cr_expect_str_eq(b.copy, "MTCR policy concern: Intangible technology transfer (controls), "
				 "raised at 2 meetings, 2004-10-06 to 2015-10-05 (p2, p3). Sources: "
				 "https://example.org/a/very/long/path/that/goes/on/and/on/past/the/"
				 "edge/of/an/eighty/column/screen/p3.html; and the meetings' own "
				 "statements.", "Y cites the link's own sources");
}
