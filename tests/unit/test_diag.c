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

