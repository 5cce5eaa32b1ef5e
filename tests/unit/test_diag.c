/* The list of problems: order, repeats, the cap when printing, and problems handed over by
 * another thread. */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "diag.h"

static struct diags d, other;

static void teardown(void)
{
	diags_free(&d);
	diags_free(&other);
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
				     "mtcr: ... and 3 more problems\n");
}

Test(diag, problems_taken_from_another_list_come_after_on_the_same_line)
{
	diags_add(&d, "a.csv", 0, 9, "nine");
	diags_add(&d, "a.csv", 0, 8, "eight");
	diags_add(&d, "a.csv", 0, 5, "found first");
	diags_add(&other, "a.csv", 0, 5, "found by the other");
	diags_add(&other, "a.csv", 0, 1, "one");
	diags_take(&d, &other);
	cr_assert_eq(other.n, 0);
	cr_assert_eq(d.n, 5);
	diags_sort(&d);
	cr_assert_str_eq(printed(50), "mtcr: a.csv:1: one\n"
				      "mtcr: a.csv:5: found first\n"
				      "mtcr: a.csv:5: found by the other\n"
				      "mtcr: a.csv:8: eight\n"
				      "mtcr: a.csv:9: nine\n");
}
