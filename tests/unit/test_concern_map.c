/* The concern map: rows grouped by category from any list of concerns (a filtered view's
 * rows), the Plenaries behind each cell, marks and blank years, ASCII, widths, escaping. */
#include <criterion/criterion.h>
#include <locale.h>
#include <string.h>

#include "charttest.h"
#include "concern_map.h"
#include "dataset_struct.h"
#include "testutil.h"
#include "view.h"

static char *dir;
static struct dataset ds;
static struct diags diags;
static struct years y;
static struct concern_map m;
static struct chart c;
static struct idxlist cell;

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
	idxlist_free(&cell);
	chart_free(&c);
	concern_map_free(&m);
	years_free(&y);
	dataset_free(&ds);
	diags_free(&diags);
	if (dir)
		fixture_remove(dir);
	dir = NULL;
}

TestSuite(concern_map, .init = setup, .fini = teardown);

static const char concerns_two_controls[] =
	"id,name,category,description\n"
	"itt,Intangible technology transfer,controls,x\n"
	"unscr1540,UN Security Council Resolution 1540,un,x\n"
	"regional,Regional proliferation,controls,x\n";

/* The rows as "heading|id|...". */
static const char *rows(void)
{
	static char buf[512];
	buf[0] = '\0';
	for (size_t r = 0; r < m.n; r++) {
		strcat(buf, r ? "|" : "");
		size_t k = m.rows[r].concern;
		strcat(buf, k == DS_NONE ? m.rows[r].category : concern_field(&ds, k, CN_ID));
	}
	return buf;
}

static size_t row_of(const char *id)
{
	for (size_t r = 0; r < m.n; r++)
		if (m.rows[r].concern != DS_NONE &&
		    strcmp(concern_field(&ds, m.rows[r].concern, CN_ID), id) == 0)
			return r;
	cr_assert_fail("no row for %s: %s", id, rows());
	return DS_NONE;
}

static size_t year(int yr)
{
	size_t i = years_find(&y, yr);
	cr_assert_neq(i, DS_NONE);
	return i;
}

static wchar_t mark(const char *id, int yr)
{
	int x = concern_map_column(&m, 0, year(yr), 80);
	cr_assert_geq(x, 0);
	return chart_cell(&c, c.head + row_of(id), x);
}

Test(concern_map, concerns_are_grouped_under_categories_in_first_seen_order)
{
	load("concerns", concerns_two_controls);
	cr_assert(concern_map_build(&m, &ds, &y, NULL, 0));
	cr_expect_str_eq(rows(), "controls|itt|regional|un|unscr1540");
}

Test(concern_map, the_rows_given_set_which_concerns_and_their_order)
{
	load(NULL, NULL);
	size_t list[] = {2, 0};
	cr_assert(concern_map_build(&m, &ds, &y, list, 2));
	cr_expect_str_eq(rows(), "regional|regional|controls|itt");
}

Test(concern_map, a_filter_on_the_concerns_view_narrows_the_map)
{
	load(NULL, NULL);
	struct view v;
	cr_assert(view_init(&v, &ds, TBL_CONCERNS));
	cr_assert(view_set_filter(&v, "intangible") && view_refresh(&v));
	cr_assert(concern_map_build(&m, &ds, &y, v.rows, v.nrows));
	view_free(&v);
	cr_expect_str_eq(rows(), "controls|itt");
}

Test(concern_map, a_cell_names_the_plenaries_that_raised_the_concern_that_year)
{
	load(NULL, NULL);
	cr_assert(concern_map_build(&m, &ds, &y, NULL, 0));
	cr_assert(concern_map_cell(&m, row_of("itt"), year(2004), &cell));
	cr_assert_eq(cell.n, 1);
	cr_expect_eq(cell.v[0], dataset_meeting(&ds, "p2"));
	cr_assert(concern_map_cell(&m, row_of("itt"), year(2015), &cell));
	cr_assert_eq(cell.n, 1);
	cr_expect_eq(cell.v[0], dataset_meeting(&ds, "p3"));
	cr_assert(concern_map_cell(&m, row_of("unscr1540"), year(2015), &cell));
	cr_expect_eq(cell.n, 0, "p3 did not raise it");
	cr_assert(concern_map_cell(&m, row_of("itt"), year(1988), &cell));
	cr_expect_eq(cell.n, 0);
	cr_assert(concern_map_cell(&m, 0, year(2004), &cell));
	cr_expect_eq(cell.n, 0, "a heading has no meetings");
}

Test(concern_map, marks_raised_quiet_and_blank_years)
{
	load(NULL, NULL);
	cr_assert(concern_map_build(&m, &ds, &y, NULL, 0));
	cr_assert(concern_map_draw_from(&c, &m, 0, 80, false));
	cr_assert_eq(c.body, m.n, "one line per row");
	cr_expect_eq(mark("itt", 2004), L'\u25a0', "\n%s", chart_text(&c));
	cr_expect_eq(mark("itt", 2015), L'\u25a0');
	cr_expect_eq(mark("unscr1540", 2015), L'\u00b7', "a Plenary met and did not raise it");
	cr_expect_eq(mark("itt", 1988), L'\u00b7');
	cr_expect_eq(mark("itt", 1989), L' ', "no Plenary: blank");
	cr_expect_eq(mark("itt", 2008), L' ', "an RPOC is no Plenary");
	cr_expect(strcmp(c.lines[c.head], "controls") == 0, "a heading is only its name");
}

/* r1, an RPOC, meets in 2015 like p3 and raises unscr1540; p3 does not. */
static const char rpoc_in_2015[] =
	"id,kind,number,start,end,city,host,chair,chair_country,opened_by,partners,summary,"
	"notes,sources\n"
	"p1,plenary,1,1988-09,,Rome,ITA,,ITA,,,,,https://example.org/p1\n"
	"p2,plenary,2,2004-10-06,,Seoul,KOR,,KOR,,,,,https://example.org/p2\n"
	"r1,rpoc,,2015-04-10,,Paris,FRA,,,,,,,https://example.org/r1\n"
	"p3,plenary,3,2015-10-05,,Rotterdam,NLD,,NLD,,,,,https://example.org/p3\n";

Test(concern_map, only_plenaries_count_not_other_meetings_of_the_year)
{
	load("meetings", rpoc_in_2015);
	char path[4096];
	snprintf(path, sizeof path, "%s/meeting_concerns.csv", dir);
	FILE *f = fopen(path, "a");
	cr_assert(f && fputs("r1,unscr1540\n", f) != EOF && fclose(f) == 0);
	dataset_free(&ds);
	years_free(&y);
	cr_assert(dataset_load(&ds, dir, &diags), "%s", problems_text(&diags));
	cr_assert(years_build(&y, &ds));
	cr_assert(concern_map_build(&m, &ds, &y, NULL, 0));
	cr_assert(concern_map_draw_from(&c, &m, 0, 80, false));
	cr_expect_eq(mark("unscr1540", 2015), L'\u00b7', "\n%s", chart_text(&c));
	cr_assert(concern_map_cell(&m, row_of("unscr1540"), year(2015), &cell));
	cr_expect_eq(cell.n, 0);
}

Test(concern_map, the_axis_labels_decades_with_a_tick_below)
{
	load(NULL, NULL);
	cr_assert(concern_map_build(&m, &ds, &y, NULL, 0));
	cr_assert(concern_map_draw_from(&c, &m, 0, 80, false));
	size_t labels = c.head - 2, ticks = c.head - 1;
	static const int decades[] = {1990, 2000, 2010};
	for (size_t k = 0; k < 3; k++) {
		int x = concern_map_column(&m, 0, year(decades[k]), 80);
		char want[8];
		snprintf(want, sizeof want, "%d", decades[k]);
		cr_expect_str_eq(chart_cells(&c, labels, x, 4), want, "\n%s", chart_text(&c));
		cr_expect_eq(chart_cell(&c, ticks, x), L'\u2502');
	}
	cr_expect_eq(chart_find(&c, 0, "1987 "), (size_t)-1, "1987 would run into 1990");
}

Test(concern_map, ascii_uses_hash_and_dot)
{
	load(NULL, NULL);
	cr_assert(concern_map_build(&m, &ds, &y, NULL, 0));
	cr_assert(concern_map_draw_from(&c, &m, 0, 80, true));
	cr_expect_eq(mark("itt", 2004), L'#');
	cr_expect_eq(mark("itt", 1988), L'.');
	for (size_t l = 0; l < c.n; l++)
		for (const char *p = c.lines[l]; *p; p++)
			cr_assert_lt((unsigned char)*p, 0x80, "line %zu: %s", l, c.lines[l]);
}

Test(concern_map, labels_give_way_to_years_then_years_scroll)
{
	load(NULL, NULL);
	cr_assert(concern_map_build(&m, &ds, &y, NULL, 0));
	cr_expect_eq(m.label_width, 37, "'  UN Security Council Resolution 1540'");
	cr_expect_geq(concern_map_fit(&m, 80), y.n, "all 29 years fit in 80 columns");
	cr_expect_eq(concern_map_column(&m, 0, 0, 80), 38);
	cr_expect_eq(concern_map_fit(&m, 40), 27, "a label of 12 columns leaves 27");
	cr_expect_eq(concern_map_scroll(&m, 40, 0, 28), 2);
	cr_expect_eq(concern_map_scroll(&m, 40, 5, 1), 1);
	cr_expect_eq(concern_map_column(&m, 2, 2, 40), 13);
	cr_expect_eq(concern_map_column(&m, 2, 1, 40), -1);
	cr_assert(concern_map_draw(&c, &m, 40, false));
	cr_expect_neq(chart_find(&c, 0, "  UN Securi\u2026"), (size_t)-1, "\n%s", chart_text(&c));
	size_t first = chart_find(&c, 0, "controls");
	cr_expect_neq(chart_find(&c, first + 1, "controls"), (size_t)-1, "a second band");
	chart_free(&c);
	cr_assert(concern_map_draw(&c, &m, 40, true));
	cr_expect_neq(chart_find(&c, 0, "  UN Securi~"), (size_t)-1, "\n%s", chart_text(&c));
}

Test(concern_map, no_line_is_wider_than_asked)
{
	load("concerns", concerns_two_controls);
	cr_assert(concern_map_build(&m, &ds, &y, NULL, 0));
	static const int widths[] = {20, 33, 50, 80, 120};
	for (size_t k = 0; k < sizeof widths / sizeof *widths; k++) {
		for (int ascii = 0; ascii < 2; ascii++) {
			cr_assert(concern_map_draw(&c, &m, widths[k], ascii));
			cr_expect_leq(chart_widest(&c), widths[k], "%s", chart_text(&c));
			chart_free(&c);
			cr_assert(concern_map_draw_from(&c, &m, 3, widths[k], ascii));
			cr_expect_leq(chart_widest(&c), widths[k], "%s", chart_text(&c));
			chart_free(&c);
		}
	}
}

Test(concern_map, control_characters_in_names_are_escaped)
{
	load("concerns", "id,name,category,description\n"
			 "itt,Bad\x1b[2Jname,con\x1b]0;x\x07trols,x\n"
			 "unscr1540,UN,un,x\n"
			 "regional,Regional,regional,x\n");
	cr_assert(concern_map_build(&m, &ds, &y, NULL, 0));
	cr_assert(concern_map_draw(&c, &m, 80, false));
	for (size_t l = 0; l < c.n; l++)
		cr_expect_null(strchr(c.lines[l], '\x1b'), "line %zu", l);
	cr_expect_neq(chart_find(&c, 0, "  Bad^[[2Jname"), (size_t)-1, "\n%s", chart_text(&c));
	cr_expect_neq(chart_find(&c, 0, "con^[]0;x^Gtrols"), (size_t)-1);
}

Test(concern_map, a_cell_is_described_for_the_status_line)
{
	load(NULL, NULL);
	char buf[512];
	cr_assert(concern_map_build(&m, &ds, &y, NULL, 0));
	concern_map_describe(&m, row_of("itt"), year(2004), buf, sizeof buf);
	cr_expect(strstr(buf, "Intangible technology transfer, 2004: ") == buf, "%s", buf);
	cr_expect(strstr(buf, "Seoul"), "%s", buf);
	concern_map_describe(&m, row_of("itt"), year(1989), buf, sizeof buf);
	cr_expect_str_eq(buf, "Intangible technology transfer, 1989: no Plenary that year");
	concern_map_describe(&m, row_of("itt"), year(1988), buf, sizeof buf);
	cr_expect_str_eq(buf, "Intangible technology transfer, 1988: not raised at the Plenary "
			      "of that year");
	concern_map_describe(&m, 0, year(1988), buf, sizeof buf);
	cr_expect_str_eq(buf, "controls, 1988");
}
