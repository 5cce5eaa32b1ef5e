/* The list of problems: order, repeats and the cap when printing. */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "diag.h"

static struct diags d;

static void teardown(void)
{
	diags_free(&d);
}

TestSuite(diag, .fini = teardown);

/* The problems printed, as one string (static buffer). */
static const char *printed(size_t max)
{
	static char buf[4096];
	FILE *out = fmemopen(buf, sizeof buf, "w");
	cr_assert_not_null(out);
	diags_print(&d, out, "mtcr", max);
	fclose(out);
	return buf;
}

Test(diag, sorted_by_file_then_line_and_repeats_dropped)
{
	diags_add(&d, "b.csv", 1, 3, "later file");
	diags_add(&d, "a.csv", 0, 9, "line %d", 9);
	diags_add(&d, "a.csv", 0, 2, "first");
	diags_add(&d, "a.csv", 0, 2, "second on the same line");
	diags_add(&d, "a.csv", 0, 9, "line %d", 9);
	diags_sort(&d);
	cr_assert_str_eq(printed(50), "mtcr: a.csv:2: first\n"
				      "mtcr: a.csv:2: second on the same line\n"
				      "mtcr: a.csv:9: line 9\n"
				      "mtcr: b.csv:3: later file\n");
}

Test(diag, printing_stops_at_the_cap_and_counts_the_rest)
{
	for (int i = 1; i <= 5; i++)
		diags_add(&d, "a.csv", 0, (unsigned long)i, "problem %d", i);
	diags_sort(&d);
	cr_assert_str_eq(printed(2), "mtcr: a.csv:1: problem 1\nmtcr: a.csv:2: problem 2\n"
				     "mtcr: ... and 3 more problems (mtcr --check lists them all)\n");
}


static const char *column_of(const char *msg)
{
	static char buf[64];
	diag_column(msg, buf, sizeof buf);
	return buf;
}

Test(diag, the_column_a_message_is_about)
{
	cr_expect_str_eq(column_of("kind 'meeting' is not one of: plenary, rpoc"), "kind");
	cr_expect_str_eq(column_of("name is empty"), "name");
	cr_expect_str_eq(column_of("sources has no http(s) address"), "sources");
	cr_expect_str_eq(column_of("end 2001 is before start 2002"), "end");
	cr_expect_str_eq(column_of("duplicate id 'p1' (first on line 2)"), "id");
	cr_expect_str_eq(column_of("chair_country 'XXX' is not a member code in members.csv"),
			 "chair_country");
	cr_expect_str_eq(column_of("missing required column 'city'"), "city");
	cr_expect_str_eq(column_of("invalid UTF-8 in column 'notes'"), "notes");
	cr_expect_str_eq(column_of("row has 3 fields, the header has 14"), "");
	cr_expect_str_eq(column_of("link p1,c1 appears twice"), "");
	cr_expect_str_eq(column_of("bad quoting: a quote inside an unquoted field"), "");
	cr_expect_str_eq(column_of("cannot open: No such file or directory"), "");
	cr_expect_str_eq(column_of("no data rows after the header"), "");
}

Test(diag, tsv_escapes_what_would_break_a_line_or_a_field)
{
	char buf[512] = {0};
	diags_add(&d, "a\tb.csv", 0, 2, "kind 'x\ty\\z\nw' is not one of: plenary, rpoc");
	diags_add(&d, "a\tb.csv", 0, 0, "empty file: expected a header row naming the columns");
	FILE *out = fmemopen(buf, sizeof buf, "w");
	cr_assert_not_null(out);
	diags_print_tsv(&d, out);
	fclose(out);
	cr_assert_str_eq(buf, "file\tline\tcolumn\tmessage\n"
			      "a\\tb.csv\t2\tkind\tkind 'x\\ty\\\\z\\nw' is not one of: plenary, rpoc\n"
			      "a\\tb.csv\t\t\tempty file: expected a header row naming the columns\n");
}
