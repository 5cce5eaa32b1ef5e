/* A table's kept rows: each row's fields found again, byte for byte, whether they were left
 * one after another in a buffer (kept where they are) or scattered (copied). */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "csvread.h"
#include "table.h"

static struct table t;

static void teardown(void)
{
	table_free(&t);
}

TestSuite(table, .fini = teardown);

/* A row as the fast scanner leaves it: fields one after another in buf, NUL-terminated. */
static struct csvread_row in_buffer(char *buf, const char *const *text, size_t n,
				    char **fields, size_t *lens, unsigned long line)
{
	char *p = buf;
	for (size_t k = 0; k < n; k++) {
		lens[k] = strlen(text[k]);
		memcpy(p, text[k], lens[k] + 1);
		fields[k] = p;
		p += lens[k] + 1;
	}
	return (struct csvread_row){line, n, fields, lens, false};
}

Test(table, fields_in_one_buffer_stay_where_they_are)
{
	static const char *const text[] = {"m1", "", "Seoul", "a, \"quoted\" one", ""};
	char buf[64], *fields[5];
	size_t lens[5];
	t.ncols = 5;
	struct csvread_row row = in_buffer(buf, text, 5, fields, lens, 7);
	cr_assert(table_keep(&t, &row));
	cr_assert_eq(t.nrows, 1);
	cr_assert_eq(table_line(&t, 0), 7);
	for (size_t k = 0; k < 5; k++)
		cr_expect_eq(table_field(&t, 0, k), fields[k], "field %zu was moved", k);
	cr_expect_null(t.arena.head, "nothing was copied");
}

/* Whether the row's text, from its first field to the end of its last, is its fields with
 * NULs between and nothing else (what a search over a whole row relies on). */
static bool only_fields_and_nuls(size_t row, const char *const *text, size_t n)
{
	const char *s = table_field(&t, row, 0), *end = table_field(&t, row, n - 1);
	end += strlen(end);
	for (size_t k = 0; k < n; k++) {
		const char *f = table_field(&t, row, k);
		if (strcmp(f, text[k]) != 0)
			return false;
		for (; s < f; s++) /* the bytes before this field, after the last one's */
			if (*s)
				return false;
		s = f + strlen(f);
	}
	return s == end;
}

Test(table, text_between_fields_is_never_kept)
{
	static const char *const text[] = {"m1", "Seoul", "x"};
	char buf[64], *fields[3];
	size_t lens[3];
	t.ncols = 3;
	/* libcsv's fields with something between them (a row split over two chunks): the row
	 * is copied, as the bytes between could be anything */
	struct csvread_row row = in_buffer(buf, text, 3, fields, lens, 2);
	memmove(fields[2] + 4, fields[2], lens[2] + 1);
	memcpy(fields[2], "\"zz\"", 4);
	fields[2] += 4;
	cr_assert(table_keep(&t, &row));
	cr_expect_neq(table_field(&t, 0, 0), fields[0], "the row was copied");
	cr_expect(only_fields_and_nuls(0, text, 3));
	/* the fast scanner's: the quotes it undid are NULs, and the row stays */
	memset(fields[2] - 4, '\0', 4);
	row.packed = true;
	cr_assert(table_keep(&t, &row));
	cr_expect_eq(table_field(&t, 1, 0), fields[0], "the row was kept where it is");
	cr_expect(only_fields_and_nuls(1, text, 3));
}

Test(table, scattered_fields_are_copied)
{
	/* The second field lies before the first, the third far after: no offset from the
	 * first reaches them, so the row is copied whole. */
	char *block = malloc(64), *far = malloc(1 << 20);
	cr_assert(block && far);
	strcpy(block + 32, "first");
	strcpy(block, "second");
	strcpy(far + (1 << 20) - 8, "third");
	char *fields[] = {block + 32, block, far + (1 << 20) - 8};
	size_t lens[] = {5, 6, 5};
	t.ncols = 3;
	struct csvread_row row = {3, 3, fields, lens, false};
	cr_assert(table_keep(&t, &row));
	memset(block, 'x', 64); /* the copy does not depend on what it was copied from */
	memset(far, 'x', 1 << 20);
	free(block);
	free(far);
	cr_expect_str_eq(table_field(&t, 0, 0), "first");
	cr_expect_str_eq(table_field(&t, 0, 1), "second");
	cr_expect_str_eq(table_field(&t, 0, 2), "third");
	cr_expect_not_null(t.arena.head, "the row went to the table's arena");
}

/* Rows of 1 to 16 columns (every stride), enough of them to grow the table many times,
 * every other one scattered: each field is read back from its own row and column. */
Test(table, every_field_of_every_row)
{
	for (size_t ncols = 1; ncols <= 16; ncols++) {
		enum { ROWS = 1000 };
		t.ncols = ncols;
		char **bufs = calloc(ROWS, sizeof *bufs);
		cr_assert(bufs);
		for (size_t r = 0; r < ROWS; r++) {
			char text[16][24], *fields[16];
			const char *tp[16];
			size_t lens[16];
			for (size_t k = 0; k < ncols; k++) {
				snprintf(text[k], sizeof text[k], "%zu.%zu%s", r, k, k % 3 ? "" : " more");
				tp[k] = text[k];
			}
			cr_assert(bufs[r] = malloc(16 * 24));
			struct csvread_row row = in_buffer(bufs[r], tp, ncols, fields, lens, r + 2);
			if (r % 2 && ncols > 1) { /* the last field before the first */
				char *last = fields[ncols - 1];
				memmove(bufs[r] + 16 * 24 - lens[ncols - 1] - 1, last, lens[ncols - 1] + 1);
				fields[ncols - 1] = bufs[r] + 16 * 24 - lens[ncols - 1] - 1;
				char *first = fields[0];
				memmove(bufs[r] + 16 * 24 - 48, first, lens[0] + 1);
				fields[0] = bufs[r] + 16 * 24 - 48;
			}
			cr_assert(table_keep(&t, &row), "%zu columns, row %zu", ncols, r);
		}
		for (size_t r = 0; r < ROWS; r++)
			for (size_t k = 0; k < ncols; k++) {
				char want[24];
				snprintf(want, sizeof want, "%zu.%zu%s", r, k, k % 3 ? "" : " more");
				cr_assert_str_eq(table_field(&t, r, k), want, "%zu columns", ncols);
				cr_assert_eq(table_line(&t, r), r + 2);
			}
		for (size_t r = 0; r < ROWS; r++)
			free(bufs[r]);
		free(bufs);
		table_free(&t);
	}
}

/* Rows one line after another keep no array of lines; a row that spans lines, or comes
 * after a line that was not a row, starts one. Either way each row's line is its own. */
Test(table, every_row_keeps_its_line)
{
	static const unsigned long lines[] = {2, 3, 4, 5, 7, 8, 12, 13, 14};
	enum { N = sizeof lines / sizeof *lines, REGULAR = 4 };
	static const char *const text[] = {"m1", "Seoul"};
	char buf[N][16], *fields[N][2];
	size_t lens[N][2];
	t.ncols = 2;
	for (size_t r = 0; r < N; r++) {
		struct csvread_row row = in_buffer(buf[r], text, 2, fields[r], lens[r], lines[r]);
		cr_assert(table_keep(&t, &row));
		if (r + 1 == REGULAR)
			cr_expect_null(t.lines, "rows line after line need no array");
	}
	cr_expect_not_null(t.lines);
	for (size_t r = 0; r < N; r++)
		cr_expect_eq(table_line(&t, r), lines[r], "row %zu", r);
}
