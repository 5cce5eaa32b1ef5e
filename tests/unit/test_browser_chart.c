/* The pictures in the browser, driven by actions with no terminal: t and c open them, the
 * cursor moves along years and rows, the status line describes it, Enter jumps to the
 * meeting in the Meetings pane, and q, Esc and the help leave things where they were.
 * Fixture: tests/data/good (p1 Rome 1988, p2 Seoul 2004, r1 Paris 2008, p3 Rotterdam 2015;
 * concerns itt, unscr1540, regional). */
#include <criterion/criterion.h>
#include <locale.h>
#include <string.h>

#include "browsertest.h"
#include "testutil.h"

static void setup(void)
{
	browsertest_setup(30);
}

TestSuite(browser_chart, .init = setup, .fini = browsertest_teardown);

static int year(void)
{
	return b.picture.chart.years.v[b.picture.chart.year].year;
}

Test(browser_chart, t_opens_the_timeline_on_the_selected_meeting_s_year)
{
	act(ACT_TIMELINE);
	cr_expect_eq(year(), 1988, "the first meeting is selected at the start");
	act(ACT_CLOSE);
	act(ACT_LAST);
	act(ACT_TIMELINE);
	cr_expect_eq(browser_picture(&b), CHART_TIMELINE);
	cr_expect(b.picture.open);
	cr_expect_eq(b.picture.chart.kind, CHART_TIMELINE);
	cr_expect_eq(b.picture.chart.width, 80, "as wide as the overlay");
	cr_expect_eq(b.picture.chart.height, 30, "as high as the overlay below its title");
	cr_expect_str_eq(status(), "2015: 7 Partners; Plenary 3, Rotterdam, 2015-10-05");
}

Test(browser_chart, years_move_and_enter_jumps_to_the_year_s_plenary)
{
	act(ACT_LAST);
	act(ACT_TIMELINE);
	act(ACT_PREV_YEAR);
	cr_expect_eq(year(), 2014);
	cr_expect_str_eq(status(), "2014: 7 Partners; no meeting");
	act(ACT_OPEN);
	cr_expect_eq(browser_picture(&b), CHART_TIMELINE, "nothing to go to: the picture stays");
	cr_expect_str_eq(b.message, "nothing to go to: no meeting in 2014");
	act(ACT_FIRST);
	cr_expect_eq(year(), 1987);
	act(ACT_NEXT_YEAR);
	act(ACT_OPEN);
	cr_expect_eq(b.mode, MODE_LIST);
	cr_expect_not(b.picture.open, "the picture is closed");
	cr_expect_eq(b.focus, TBL_MEETINGS);
	cr_expect_str_eq(current(TBL_MEETINGS), "p1");
}

Test(browser_chart, the_timeline_has_no_rows_and_says_how_to_move)
{
	act(ACT_LAST);
	act(ACT_TIMELINE);
	act(ACT_DOWN);
	cr_expect_eq(year(), 2015);
	cr_expect(strstr(b.message, "h and l"), "%s", b.message);
	act(ACT_LAST);
	cr_expect_eq(year(), 2015, "the last year of the fixture");
}

Test(browser_chart, c_maps_the_rows_of_the_concerns_pane_and_enter_jumps)
{
	act(ACT_LAST);
	act(ACT_CONCERNS);
	act(ACT_FILTER);
	type("tech");
	act(ACT_ACCEPT);
	cr_assert_eq(b.views[TBL_CONCERNS].nrows, 1);
	act(ACT_CONCERN_MAP);
	cr_expect_eq(browser_picture(&b), CHART_CONCERN_MAP);
	cr_expect_eq(b.picture.chart.map.n, 2, "one heading and the one concern shown");
	char title[256];
	browser_chart_title(&b, title, sizeof title);
	cr_expect(strstr(title, "1 of 3 concerns"), "%s", title);
	cr_expect_str_eq(status(), "Intangible technology transfer, 2015: Plenary 3, Rotterdam, "
				   "2015-10-05");
	act(ACT_FIRST);
	act(ACT_OPEN);
	cr_expect_str_eq(b.message, "nothing to go to: no Plenary in 1987");
	act(ACT_LAST);
	act(ACT_OPEN);
	cr_expect_eq(b.mode, MODE_LIST);
	cr_expect_eq(b.focus, TBL_MEETINGS);
	cr_expect_str_eq(current(TBL_MEETINGS), "p3");
}

Test(browser_chart, rows_skip_headings_and_a_quiet_cell_says_so)
{
	act(ACT_LAST);
	act(ACT_CONCERN_MAP);
	size_t first = b.picture.chart.row;
	cr_expect_neq(b.picture.chart.map.rows[first].concern, DS_NONE, "the cursor starts on a concern");
	act(ACT_DOWN);
	cr_expect_gt(b.picture.chart.row, first);
	cr_expect_neq(b.picture.chart.map.rows[b.picture.chart.row].concern, DS_NONE, "headings are skipped");
	act(ACT_UP);
	cr_expect_eq(b.picture.chart.row, first);
	for (int i = 0; i < 6; i++)
		act(ACT_PREV_YEAR); /* 2009: no Plenary */
	act(ACT_OPEN);
	cr_expect_eq(browser_picture(&b), CHART_CONCERN_MAP);
	cr_expect_str_eq(b.message, "nothing to go to: no Plenary in 2009");
}

Test(browser_chart, an_empty_concerns_pane_has_no_map)
{
	act(ACT_CONCERNS);
	act(ACT_FILTER);
	type("nothing-like-this");
	act(ACT_ACCEPT);
	act(ACT_CONCERN_MAP);
	cr_expect_eq(b.mode, MODE_LIST);
	cr_expect_not(b.picture.open);
	cr_expect(b.message_is_error);
	cr_expect(strstr(b.message, "no concern to map"), "%s", b.message);
}

Test(browser_chart, a_jump_clears_a_filter_that_hides_the_meeting)
{
	act(ACT_FILTER);
	type("Seoul");
	act(ACT_ACCEPT);
	act(ACT_TIMELINE);
	cr_expect_eq(year(), 2004, "on the one meeting the filter shows");
	act(ACT_LAST);
	act(ACT_OPEN); /* 2015: p3, filtered out */
	cr_expect_eq(b.mode, MODE_LIST);
	cr_expect_str_eq(current(TBL_MEETINGS), "p3");
	cr_expect_not(b.views[TBL_MEETINGS].has_filter);
	cr_expect(strstr(b.message, "filter cleared"), "%s", b.message);
}

Test(browser_chart, q_esc_and_the_help_leave_the_lists_as_they_were)
{
	act(ACT_DOWN);
	act(ACT_TIMELINE);
	act(ACT_PREV_YEAR);
	act(ACT_HELP);
	cr_expect_eq(b.mode, MODE_HELP);
	act(ACT_CLOSE);
	cr_expect_eq(browser_picture(&b), CHART_TIMELINE, "the help goes back to the picture");
	cr_expect_eq(year(), 2003, "with its cursor");
	act(ACT_CLOSE);
	cr_expect_eq(b.mode, MODE_LIST);
	cr_expect_not(b.quit, "q closes the picture, it does not quit");
	cr_expect_str_eq(current(TBL_MEETINGS), "p2");
	act(ACT_CONCERN_MAP);
	act(ACT_BACK);
	cr_expect_eq(b.mode, MODE_LIST);
	cr_expect_not(b.picture.open);
}

Test(browser_chart, list_keys_say_they_do_nothing_here)
{
	act(ACT_TIMELINE);
	act(ACT_SEARCH);
	cr_expect_eq(b.edit.kind, PROMPT_NONE);
	cr_expect_eq(browser_picture(&b), CHART_TIMELINE);
	cr_expect_str_eq(b.message, "search: not in a picture; q closes it");
	act(ACT_CONCERN_MAP);
	cr_expect_eq(browser_picture(&b), CHART_CONCERN_MAP, "c goes from one picture to the other");
}

Test(browser_chart, a_resize_reaches_the_picture)
{
	act(ACT_LAST);
	act(ACT_CONCERN_MAP);
	size_t heights[PANES] = {3, 3, 3};
	browser_resize(&b, heights, 12, 50);
	cr_expect_eq(b.picture.chart.width, 50);
	cr_expect_eq(b.picture.chart.height, 12);
	cr_expect_eq(year(), 2015, "the cursor keeps its year");
}

Test(browser_chart, pictures_follow_the_locale_unless_told)
{
	cr_expect_not(b.picture.ascii, "a UTF-8 locale draws blocks");
	browser_free(&b);
	setlocale(LC_ALL, "C");
	cr_assert(browser_init(&b, &ds));
	cr_expect(b.picture.ascii, "elsewhere, ASCII");
	setlocale(LC_ALL, "C.UTF-8");
}

Test(browser_chart, the_map_opens_on_the_selected_concern_and_meeting_and_enter_goes_there)
{
	act(ACT_DOWN); /* p2, Seoul 2004 */
	act(ACT_CONCERNS);
	act(ACT_DOWN); /* unscr1540 */
	act(ACT_CONCERN_MAP);
	cr_expect_eq(year(), 2004);
	cr_expect_eq(chart_view_concern(&b.picture.chart), dataset_concern(&ds, "unscr1540"));
	act(ACT_NEXT_YEAR); /* 2005: no Plenary raised it */
	act(ACT_OPEN);
	cr_expect_eq(browser_picture(&b), CHART_CONCERN_MAP, "no Plenary in 2005: nothing to go to");
	act(ACT_LAST); /* 2015: Rotterdam did not raise 1540 */
	act(ACT_OPEN);
	cr_expect_eq(b.mode, MODE_LIST, "a cell without a Plenary raising it goes to the concern");
	cr_expect_eq(b.focus, TBL_CONCERNS);
	cr_expect_str_eq(current(TBL_CONCERNS), "unscr1540");
	act(ACT_BACK);
	cr_expect_eq(browser_picture(&b), CHART_CONCERN_MAP, "Backspace goes back to the map");
	cr_expect_eq(year(), 2015, "on the cell it left");
	act(ACT_BACK);
	cr_expect_eq(b.mode, MODE_LIST);
	cr_expect_eq(b.focus, TBL_CONCERNS);
	cr_expect_str_eq(current(TBL_MEETINGS), "p2");
}

Test(browser_chart, a_concern_chosen_in_its_pane_opens_the_map_where_it_was_first_raised)
{
	act(ACT_LAST); /* p3, Rotterdam 2015: it raised itt only */
	act(ACT_CONCERNS);
	act(ACT_DOWN); /* unscr1540, raised at Seoul 2004 only */
	act(ACT_CONCERN_MAP);
	cr_expect_eq(chart_view_concern(&b.picture.chart), dataset_concern(&ds, "unscr1540"));
	cr_expect_eq(year(), 2004, "not 2015, where the selected meeting did not raise it");
	act(ACT_OPEN);
	cr_expect_eq(b.focus, TBL_MEETINGS, "Enter goes to the Plenary that raised it");
	cr_expect_str_eq(current(TBL_MEETINGS), "p2");
	act(ACT_BACK);
	act(ACT_BACK);
	act(ACT_UP); /* itt, which Rotterdam did raise: the selected meeting's year stays */
	act(ACT_CONCERN_MAP);
	cr_expect_eq(chart_view_concern(&b.picture.chart), dataset_concern(&ds, "itt"));
	cr_expect_eq(year(), 2015);
}
