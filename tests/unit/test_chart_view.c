/* Browsing the pictures without a terminal: where the cursor starts, moving along years
 * and rows (headings skipped), scrolling sideways and down, the window of lines, the
 * highlighted rectangle, and what Enter goes to. */
#include <criterion/criterion.h>
#include <locale.h>
#include <string.h>

#include "chart_view.h"
#include "charttest.h"
#include "dataset_struct.h"
#include "testutil.h"
#include "text.h"
#include "timeline.h"

static char *dir;
static struct dataset ds;
static struct diags diags;
static struct chart_view cv;

static void setup(void)
{
	setlocale(LC_ALL, "C.UTF-8");
	dir = fixture_with(NULL, NULL);
	cr_assert(dataset_load(&ds, dir, &diags), "%s", problems_text(&diags));
}

static void teardown(void)
{
	chart_view_close(&cv);
	dataset_free(&ds);
	diags_free(&diags);
	fixture_remove(dir);
}

TestSuite(chart_view, .init = setup, .fini = teardown);

static int year_of(void)
{
	return cv.years.v[cv.year].year;
}

static const char *row_id(void)
{
	size_t c = cv.map.rows[cv.row].concern;
	return c == DS_NONE ? "(heading)" : concern_field(&ds, c, CN_ID);
}

Test(chart_view, the_timeline_starts_on_the_latest_plenary_in_sight)
{
	cr_assert(chart_view_open(&cv, CHART_TIMELINE, &ds, NULL, 0, 80, 30, false));
	cr_expect_eq(year_of(), 2015);
	cr_expect_geq(timeline_column(&cv.years, cv.from, cv.year, 80), 0, "from %zu", cv.from);
	cr_expect_eq(chart_view_target(&cv), dataset_meeting(&ds, "p3"));
}

Test(chart_view, moving_along_years_names_them_and_their_meetings)
{
	char buf[256];
	cr_assert(chart_view_open(&cv, CHART_TIMELINE, &ds, NULL, 0, 80, 30, false));
	chart_view_move(&cv, -1, 0);
	cr_expect_eq(year_of(), 2014);
	cr_expect_eq(chart_view_target(&cv), DS_NONE, "nothing met in 2014");
	chart_view_describe(&cv, buf, sizeof buf);
	cr_expect_str_eq(buf, "2014: 7 Partners; no meeting");
	chart_view_home(&cv, false);
	cr_expect_eq(year_of(), 1987);
	cr_expect_eq(cv.from, 0, "scrolled back to the start");
	chart_view_move(&cv, 1, 0);
	cr_expect_eq(chart_view_target(&cv), dataset_meeting(&ds, "p1"));
	chart_view_move(&cv, -50, 0);
	cr_expect_eq(year_of(), 1987, "clamped");
	chart_view_home(&cv, true);
	cr_expect_eq(year_of(), 2015);
	chart_view_move(&cv, 50, 0);
	cr_expect_eq(year_of(), 2015, "clamped");
}

Test(chart_view, the_timeline_cursor_covers_its_year_down_the_band)
{
	cr_assert(chart_view_open(&cv, CHART_TIMELINE, &ds, NULL, 0, 80, 40, false));
	chart_view_home(&cv, false);
	chart_view_move(&cv, 1, 0); /* 1988: Plenary 1 in ITA */
	size_t n, y0, y1;
	int x, w;
	char *const *lines = chart_view_lines(&cv, &n);
	cr_assert_not_null(lines);
	chart_view_cursor(&cv, &y0, &y1, &x, &w);
	cr_expect_eq(w, TIMELINE_CELL - 1);
	cr_expect_eq(x, timeline_column(&cv.years, cv.from, cv.year, 80));
	cr_assert_lt(y0, y1);
	cr_assert_leq(y1, n);
	cr_expect(strstr(lines[y0], "1987"), "the band starts with its years: %s", lines[y0]);
	cr_expect(strstr(lines[y1 - 1], "ITA"), "and ends with the hosts: %s", lines[y1 - 1]);
}

Test(chart_view, a_narrower_window_scrolls_to_keep_the_cursor)
{
	cr_assert(chart_view_open(&cv, CHART_TIMELINE, &ds, NULL, 0, 133, 30, false));
	cr_expect_eq(cv.from, 0, "all 29 years fit in 133 columns");
	chart_view_resize(&cv, 40, 30);
	cr_expect_gt(cv.from, 0);
	cr_expect_geq(timeline_column(&cv.years, cv.from, cv.year, 40), 0);
	size_t n;
	char *const *lines = chart_view_lines(&cv, &n);
	for (size_t i = 0; i < n; i++)
		cr_expect_leq(text_width(lines[i]), 40, "%s", lines[i]);
}

Test(chart_view, the_map_starts_on_the_first_concern_and_skips_headings)
{
	cr_assert(chart_view_open(&cv, CHART_CONCERN_MAP, &ds, NULL, 0, 80, 30, false));
	cr_expect_str_eq(row_id(), "itt", "row 0 is the heading 'controls'");
	cr_expect_eq(year_of(), 2015);
	cr_expect_eq(chart_view_target(&cv), dataset_meeting(&ds, "p3"), "p3 raised itt");
	chart_view_move(&cv, 0, 1);
	cr_expect_str_eq(row_id(), "unscr1540", "over the heading 'un'");
	cr_expect_eq(chart_view_target(&cv), DS_NONE, "p3 did not raise it");
	chart_view_move(&cv, 0, 100);
	cr_expect_str_eq(row_id(), "regional");
	chart_view_move(&cv, 0, -100);
	cr_expect_str_eq(row_id(), "itt", "the first row is a heading: back to the first concern");
	chart_view_move(&cv, -11, 0);
	cr_expect_eq(year_of(), 2004);
	cr_expect_eq(chart_view_target(&cv), dataset_meeting(&ds, "p2"));
}

Test(chart_view, the_map_cursor_is_one_cell_on_its_row)
{
	char buf[256];
	cr_assert(chart_view_open(&cv, CHART_CONCERN_MAP, &ds, NULL, 0, 80, 30, false));
	chart_view_move(&cv, -11, 0); /* itt, 2004 */
	size_t n, y0, y1;
	int x, w;
	char *const *lines = chart_view_lines(&cv, &n);
	chart_view_cursor(&cv, &y0, &y1, &x, &w);
	cr_assert_eq(y1, y0 + 1);
	cr_assert_eq(w, 1);
	cr_assert_lt(y0, n);
	cr_expect(strstr(lines[y0], "Intangible technology transfer"), "%s", lines[y0]);
	struct chart one = {.lines = (char **)lines, .n = n};
	cr_expect_eq(chart_cell(&one, y0, x), L'\u25a0', "p2 raised it in 2004");
	chart_view_describe(&cv, buf, sizeof buf);
	cr_expect(strstr(buf, "Intangible technology transfer, 2004: ") == buf, "%s", buf);
}

Test(chart_view, a_short_window_scrolls_the_map_rows_under_fixed_axes)
{
	cr_assert(chart_view_open(&cv, CHART_CONCERN_MAP, &ds, NULL, 0, 80, 6, false));
	size_t n, y0, y1;
	int x, w;
	chart_view_move(&cv, 0, 100); /* the last row, regional */
	char *const *lines = chart_view_lines(&cv, &n);
	cr_assert_eq(n, 6);
	chart_view_cursor(&cv, &y0, &y1, &x, &w);
	cr_expect_eq(y0, 5, "the last line of the window");
	cr_expect(strstr(lines[y0], "Regional proliferation"), "%s", lines[y0]);
	cr_expect(strstr(lines[0], "Concerns raised"), "the title stays: %s", lines[0]);
	cr_expect_gt(cv.top, 0);
	chart_view_move(&cv, 0, -100);
	chart_view_lines(&cv, &n);
	chart_view_cursor(&cv, &y0, &y1, &x, &w);
	cr_expect_eq(cv.top, 0, "the heading over the cursor's group comes into sight too");
	cr_expect_eq(y0, 5);
}

Test(chart_view, a_filtered_row_list_makes_the_map)
{
	size_t only[] = {1}; /* unscr1540 */
	cr_assert(chart_view_open(&cv, CHART_CONCERN_MAP, &ds, only, 1, 80, 30, true));
	cr_expect_eq(cv.map.n, 2);
	cr_expect_str_eq(row_id(), "unscr1540");
	chart_view_move(&cv, 0, 1);
	cr_expect_str_eq(row_id(), "unscr1540", "nowhere to go");
}
