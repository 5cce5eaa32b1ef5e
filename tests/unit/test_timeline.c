/* The record by year and the timeline drawn from it: Partner counts from `joined`, bars
 * that match them, Plenaries under their years, empty years, ASCII, widths, the cursor. */
#include <criterion/criterion.h>
#include <locale.h>
#include <string.h>

#include "charttest.h"
#include "dataset_struct.h"
#include "testutil.h"
#include "timeline.h"

static char *dir;
static struct dataset ds;
static struct diags diags;
static struct years y;
static struct chart c;

static void load(const char *name, const char *content)
{
	dir = fixture_with(name, content);
	cr_assert(dataset_load(&ds, dir, &diags), "%s", problems_text(&diags));
	cr_assert(years_build(&y, &ds));
}

static void setup(void)
{
	setlocale(LC_ALL, "C.UTF-8");
}

static void teardown(void)
{
	chart_free(&c);
	years_free(&y);
	dataset_free(&ds);
	diags_free(&diags);
	if (dir)
		fixture_remove(dir);
	dir = NULL;
}

TestSuite(timeline, .init = setup, .fini = teardown);

/* Two Plenaries in 2004, the later one first in the file. */
static const char two_in_2004[] =
	"id,kind,number,start,end,city,host,chair,chair_country,opened_by,partners,summary,"
	"notes,sources\n"
	"p1,plenary,1,1988-09,,Rome,ITA,,ITA,,,,,https://example.org/p1\n"
	"p2,plenary,2,2004-10-06,,Seoul,KOR,,KOR,,,,,https://example.org/p2\n"
	"r1,rpoc,,2008-04-10,,Paris,FRA,,,,,,,https://example.org/r1\n"
	"p3,plenary,3,2004-03,,Rotterdam,NLD,,NLD,,,,,https://example.org/p3\n";

static size_t year(int yr)
{
	size_t i = years_find(&y, yr);
	cr_assert_neq(i, DS_NONE, "%d is not in %d..%d", yr, y.first, y.first + (int)y.n - 1);
	return i;
}

static size_t meeting(const char *id)
{
	size_t m = dataset_meeting(&ds, id);
	cr_assert_neq(m, DS_NONE, "no meeting %s", id);
	return m;
}

static const char *codes(const struct idxlist *l)
{
	static char buf[256];
	buf[0] = '\0';
	for (uint32_t k = 0; k < l->n; k++) {
		strcat(buf, k ? " " : "");
		strcat(buf, member_field(&ds, l->v[k], MB_CODE));
	}
	return buf;
}

Test(timeline, years_run_from_the_first_partner_to_the_last_meeting)
{
	load(NULL, NULL);
	cr_expect_eq(y.first, 1987, "ITA joined on 1987-04-16");
	cr_expect_eq(y.first + (int)y.n - 1, 2015, "p3 met in 2015");
	cr_expect_eq(years_find(&y, 1986), DS_NONE);
	cr_expect_eq(years_find(&y, 2016), DS_NONE);
}

Test(timeline, partners_each_year_count_members_by_joined_and_status)
{
	load(NULL, NULL);
	cr_expect_eq(y.v[year(1987)].partners, 2, "ITA and FRA (year only)");
	cr_expect_eq(y.v[year(1989)].partners, 2, "no one joined in 1988 or 1989");
	cr_expect_eq(y.v[year(1990)].partners, 4);
	cr_expect_str_eq(codes(&y.v[year(1990)].joined), "NLD LUX", "file order");
	cr_expect_eq(y.v[year(2004)].partners, 7, "BGR joined in 2004-06");
	cr_expect_eq(y.v[year(2015)].partners, 7);
	cr_expect_eq(y.max_partners, 7, "the adherent CYP is not a Partner");
}

Test(timeline, a_years_meetings_are_in_start_order_and_plenaries_counted)
{
	load("meetings", two_in_2004);
	const struct year *yr = &y.v[year(2004)];
	cr_assert_eq(yr->meetings.n, 2);
	cr_expect_eq(yr->meetings.v[0], meeting("p3"), "March before October");
	cr_expect_eq(yr->meetings.v[1], meeting("p2"));
	cr_expect_eq(yr->plenaries.n, 2);
	cr_expect_eq(y.max_plenaries, 2);
	cr_expect_eq(years_plenary(&y, year(2004), 1), meeting("p2"));
	cr_expect_eq(years_plenary(&y, year(2008), 0), DS_NONE, "an RPOC is no Plenary");
	cr_expect_eq(y.v[year(2008)].meetings.n, 1);
}

/* Columns of each year in a band drawn at 80 columns. */
static int col(size_t from, int yr)
{
	int x = timeline_column(&y, from, year(yr), 80);
	cr_assert_geq(x, 0, "%d is not in the band from %zu", yr, from);
	return x;
}

static size_t line_with(const char *text)
{
	size_t i = chart_find(&c, 0, text);
	cr_assert_neq(i, (size_t)-1, "no line with '%s' in:\n%s", text, chart_text(&c));
	return i;
}

Test(timeline, each_bar_is_as_tall_as_the_partners_that_year)
{
	load(NULL, NULL);
	cr_assert(timeline_draw_from(&c, &ds, &y, 0, 80, false));
	size_t per = timeline_fit(&y, 80);
	for (size_t i = 0; i < per; i++) {
		int x = timeline_column(&y, 0, i, 80);
		size_t full = 0;
		for (size_t l = 0; l < c.n; l++)
			full += chart_cell(&c, l, x) == L'\u2588';
		cr_expect_eq(full, y.v[i].partners, "%d: %zu cells for %zu Partners\n%s",
			     y.v[i].year, full, y.v[i].partners, chart_text(&c));
	}
}

Test(timeline, founders_and_enlargements_are_labelled)
{
	load(NULL, NULL);
	cr_assert(timeline_draw_from(&c, &ds, &y, 0, 80, false));
	size_t added = line_with("new");
	cr_expect_str_eq(chart_cells(&c, added, col(0, 1987), 3), " +2", "the founders");
	cr_expect_str_eq(chart_cells(&c, added, col(0, 1988), 3), "   ");
	cr_expect_str_eq(chart_cells(&c, added, col(0, 1990), 3), " +2");
	/* The new total stands just above the bar: four Partners, four bar rows, label on
	 * the fifth row up from the axis. */
	size_t axis = line_with("\u2514");
	cr_expect_str_eq(chart_cells(&c, axis - 5, col(0, 1990), 3), "  4", "\n%s", chart_text(&c));
	cr_expect_str_eq(chart_cells(&c, axis - 4, col(0, 1991), 3), "\u2588\u2588\u2588");
	cr_expect_str_eq(chart_cells(&c, axis - 5, col(0, 1991), 3), "   ",
			 "1991 added no one: no label above its bar");
}

Test(timeline, plenaries_show_number_and_host_and_empty_years_a_dot)
{
	load(NULL, NULL);
	cr_assert(timeline_draw_from(&c, &ds, &y, 0, 80, false));
	size_t num = line_with("No."), host = num + 1;
	cr_expect_str_eq(chart_cells(&c, num, col(0, 1988), 3), "  1");
	cr_expect_str_eq(chart_cells(&c, host, col(0, 1988), 3), "ITA");
	cr_expect_str_eq(chart_cells(&c, num, col(0, 2004), 3), "  2");
	cr_expect_str_eq(chart_cells(&c, host, col(0, 2004), 3), "KOR");
	cr_expect_str_eq(chart_cells(&c, num, col(0, 1989), 3), " \u00b7 ", "no Plenary in 1989");
	cr_expect_str_eq(chart_cells(&c, host, col(0, 1989), 3), "   ");
	chart_free(&c);
	cr_assert(timeline_draw_from(&c, &ds, &y, year(2006), 80, false));
	num = line_with("No.");
	cr_expect_str_eq(chart_cells(&c, num, col(year(2006), 2008), 3), " \u00b7 ",
			 "2008 held only an RPOC");
	cr_expect_str_eq(chart_cells(&c, num, col(year(2006), 2015), 3), "  3");
}

Test(timeline, a_second_plenary_in_a_year_gets_its_own_lines)
{
	load("meetings", two_in_2004);
	cr_assert(timeline_draw_from(&c, &ds, &y, 0, 80, false));
	size_t num = line_with("No.");
	cr_expect_str_eq(chart_cells(&c, num, col(0, 2004), 3), "  3");
	cr_expect_str_eq(chart_cells(&c, num + 1, col(0, 2004), 3), "NLD");
	cr_expect_str_eq(chart_cells(&c, num + 2, col(0, 2004), 3), "  2");
	cr_expect_str_eq(chart_cells(&c, num + 3, col(0, 2004), 3), "KOR");
	cr_expect_str_eq(chart_cells(&c, num + 2, col(0, 1988), 3), "   ", "one Plenary in 1988");
}

Test(timeline, ascii_draws_with_ascii_only_and_unicode_with_blocks)
{
	load(NULL, NULL);
	cr_assert(timeline_draw(&c, &ds, &y, 80, true));
	for (size_t l = 0; l < c.n; l++)
		for (const char *p = c.lines[l]; *p; p++)
			cr_assert_lt((unsigned char)*p, 0x80, "line %zu: %s", l, c.lines[l]);
	cr_expect_neq(chart_find(&c, 0, "###"), (size_t)-1);
	cr_expect_neq(chart_find(&c, 0, "1987-2005"), (size_t)-1);
	chart_free(&c);
	cr_assert(timeline_draw(&c, &ds, &y, 80, false));
	cr_expect_neq(chart_find(&c, 0, "\u2588\u2588\u2588"), (size_t)-1);
	cr_expect_neq(chart_find(&c, 0, "1987\u20132005"), (size_t)-1);
}

Test(timeline, too_many_years_for_the_width_are_drawn_in_bands)
{
	load(NULL, NULL);
	cr_assert_eq(timeline_fit(&y, 80), 19, "(80 - 4) / 4");
	cr_assert(timeline_draw(&c, &ds, &y, 80, false));
	size_t first = line_with("1987\u20132005");
	size_t second = line_with("2006\u20132015");
	cr_expect_gt(second, first);
	cr_expect_eq(chart_find(&c, second + 1, "1987"), (size_t)-1, "two bands only");
}

Test(timeline, no_line_is_wider_than_asked)
{
	load("meetings", two_in_2004);
	static const int widths[] = {20, 31, 40, 57, 80, 133};
	for (size_t k = 0; k < sizeof widths / sizeof *widths; k++) {
		for (int ascii = 0; ascii < 2; ascii++) {
			cr_assert(timeline_draw(&c, &ds, &y, widths[k], ascii));
			cr_expect_leq(chart_widest(&c), widths[k], "%s", chart_text(&c));
			chart_free(&c);
			cr_assert(timeline_draw_from(&c, &ds, &y, 5, widths[k], ascii));
			cr_expect_leq(chart_widest(&c), widths[k], "%s", chart_text(&c));
			chart_free(&c);
		}
	}
}

Test(timeline, the_band_lines_are_marked_for_the_cursor)
{
	load(NULL, NULL);
	cr_assert(timeline_draw_from(&c, &ds, &y, 0, 80, false));
	cr_expect_str_eq(c.lines[c.head], "    1987\u20132005", "the band starts at head");
	cr_expect(strstr(c.lines[c.head + c.body - 1], "ITA"), "and ends with the hosts");
}

Test(timeline, the_cursor_year_names_its_meetings_and_new_partners)
{
	load(NULL, NULL);
	char buf[512];
	cr_expect_eq(timeline_meeting(&y, year(2004)), meeting("p2"));
	cr_expect_eq(timeline_meeting(&y, year(2008)), meeting("r1"), "no Plenary: the RPOC");
	cr_expect_eq(timeline_meeting(&y, year(1989)), DS_NONE);
	cr_expect_eq(timeline_meeting(&y, y.n), DS_NONE);
	timeline_describe(&ds, &y, year(1990), buf, sizeof buf);
	cr_expect_str_eq(buf, "1990: 4 Partners, new NLD LUX; no meeting");
	timeline_describe(&ds, &y, year(2004), buf, sizeof buf);
	cr_expect(strstr(buf, "2004: 7 Partners, new BGR; ") == buf, "%s", buf);
	cr_expect(strstr(buf, "Seoul"), "%s", buf);
	timeline_describe(&ds, &y, year(1990), buf, 8);
	cr_expect_str_eq(buf, "1990: 4", "cut to the buffer");
}

Test(timeline, scrolling_keeps_the_cursor_year_on_screen)
{
	load(NULL, NULL);
	cr_expect_eq(timeline_scroll(&y, 80, 0, 5), 0, "already visible");
	cr_expect_eq(timeline_scroll(&y, 80, 0, 25), 7, "25 becomes the last of 19");
	cr_expect_eq(timeline_scroll(&y, 80, 7, 3), 3);
	cr_expect_eq(timeline_column(&y, 7, 6, 80), -1, "left of the screen");
	cr_expect_eq(timeline_column(&y, 7, 7, 80), 4);
	cr_expect_eq(timeline_column(&y, 7, 26, 80), -1, "right of the screen");
	cr_expect_eq(timeline_column(&y, 7, 25, 80), 4 + 18 * TIMELINE_CELL);
}

Test(timeline, the_bundled_record_shows_the_years_without_a_plenary)
{
	cr_assert(dataset_load(&ds, BUNDLEDDATADIR, &diags), "%s", problems_text(&diags));
	cr_assert(years_build(&y, &ds));
	cr_assert(timeline_draw_from(&c, &ds, &y, year(2006), 80, false));
	size_t num = line_with("No.");
	static const int empty[] = {2010, 2018, 2020};
	for (size_t k = 0; k < 3; k++)
		cr_expect_str_eq(chart_cells(&c, num, col(year(2006), empty[k]), 3), " \u00b7 ",
				 "%d", empty[k]);
	cr_expect_str_eq(chart_cells(&c, num, col(year(2006), 2019), 3), " 32");
	cr_expect_eq(y.v[year(2016)].partners, 35, "India joined in 2016");
}

Test(timeline, no_dated_record_draws_a_message_not_a_crash)
{
	load(NULL, NULL);
	struct years none = {0};
	cr_assert(timeline_draw(&c, &ds, &none, 80, false));
	cr_expect_eq(c.n, 1);
	cr_expect(strstr(c.lines[0], "no dated"), "%s", c.lines[0]);
	chart_free(&c);
	cr_assert(timeline_draw_from(&c, &ds, &none, 3, 80, false));
	cr_expect_eq(c.body, 0);
	cr_expect_eq(timeline_column(&none, 0, 0, 80), -1);
	cr_expect_eq(timeline_meeting(&none, 0), DS_NONE);
}
