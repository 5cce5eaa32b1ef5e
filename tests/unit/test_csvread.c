/* The CSV reader on well-formed and broken input: fields, line numbers, problems. */
#include <criterion/criterion.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "csvread.h"
#include "testutil.h"

struct rows {
	size_t n;
	unsigned long line[16];
	size_t nfields[16];
	char *first[16];
	char *last[16];
};

static bool collect(void *ctx, const struct csvread_row *row, bool is_header)
{
	struct rows *r = ctx;
	if (is_header || r->n >= 16)
		return true;
	r->line[r->n] = row->line;
	r->nfields[r->n] = row->nfields;
	r->first[r->n] = row->fields[0];
	r->last[r->n] = row->fields[row->nfields - 1];
	r->n++;
	return true;
}

static char path[64];
static struct arena arena;
static struct diags diags;

static enum csvread_status read_bytes(const char *bytes, size_t len, struct rows *r)
{
	strcpy(path, "/tmp/mtcr-csv-XXXXXX");
	int fd = mkstemp(path);
	cr_assert(fd >= 0);
	cr_assert_eq(write(fd, bytes, len), (ssize_t)len);
	close(fd);
	memset(r, 0, sizeof *r);
	struct csvread_opts o = {.path = path, .arena = &arena, .diags = &diags, .fn = collect,
				 .ctx = r};
	enum csvread_status st = csvread_file(&o);
	unlink(path);
	return st;
}

static enum csvread_status read_str(const char *s, struct rows *r)
{
	return read_bytes(s, strlen(s), r);
}

static void teardown(void)
{
	arena_free(&arena);
	diags_free(&diags);
}

TestSuite(csvread, .fini = teardown);

Test(csvread, quoted_fields_and_line_numbers)
{
	struct rows r;
	cr_assert_eq(read_str("a,b\n1,\"x, \"\"y\"\"\"\n\"multi\nline\",2\n3,4\n", &r), CSVREAD_OK);
	cr_assert_eq(diags.n, 0, "%s", problems_text(&diags));
	cr_assert_eq(r.n, 3);
	cr_expect_str_eq(r.last[0], "x, \"y\"");
	cr_expect_str_eq(r.first[1], "multi\nline");
	cr_expect_eq(r.line[0], 2);
	cr_expect_eq(r.line[1], 3);
	cr_expect_eq(r.line[2], 5, "the row after a two-line field starts on line 5");
}

Test(csvread, keeps_spaces_and_empty_fields)
{
	struct rows r;
	cr_assert_eq(read_str("a,b,c\n  lead, ,\n", &r), CSVREAD_OK);
	cr_assert_eq(r.n, 1);
	cr_expect_str_eq(r.first[0], "  lead");
	cr_expect_str_eq(r.last[0], "");
}

Test(csvread, accepts_bom_and_crlf)
{
	struct rows r;
	cr_assert_eq(read_str("\xef\xbb\xbf" "a,b\r\n1,2\r\n3,4\r\n", &r), CSVREAD_OK);
	cr_assert_eq(diags.n, 0, "%s", problems_text(&diags));
	cr_assert_eq(r.n, 2);
	cr_expect_str_eq(r.last[0], "2");
	cr_expect_eq(r.line[1], 3);
}

Test(csvread, blank_lines_are_skipped_but_counted)
{
	struct rows r;
	cr_assert_eq(read_str("a,b\n\n1,2\n\n\n3,4", &r), CSVREAD_OK);
	cr_assert_eq(r.n, 2);
	cr_expect_eq(r.line[0], 3);
	cr_expect_eq(r.line[1], 6);
	cr_expect_str_eq(r.last[1], "4", "a last line without newline is read");
}

Test(csvread, unterminated_quote_names_the_line_it_opened_on)
{
	struct rows r;
	cr_expect_eq(read_str("a,b\n1,2\n3,\"open\n4,5\n", &r), CSVREAD_PARTIAL);
	cr_expect_eq(r.n, 1);
	cr_expect(has_problem(&diags, path, 3, "unterminated quoted field"), "%s", problems_text(&diags));
}

Test(csvread, stray_quote_is_a_problem)
{
	struct rows r;
	cr_expect_eq(read_str("a,b\n1,2\n3,ab\"c\n", &r), CSVREAD_PARTIAL);
	cr_expect(has_problem(&diags, path, 3, "bad quoting"), "%s", problems_text(&diags));
}

Test(csvread, ragged_rows_are_reported_and_skipped)
{
	struct rows r;
	cr_assert_eq(read_str("a,b\n1\n2,3\n4,5,6\n", &r), CSVREAD_OK);
	cr_expect_eq(r.n, 1);
	cr_expect(has_problem(&diags, path, 2, "row has 1 fields, the header has 2"), "%s", problems_text(&diags));
	cr_expect(has_problem(&diags, path, 4, "row has 3 fields"), "%s", problems_text(&diags));
}

Test(csvread, invalid_utf8_and_nul_are_reported_with_their_column)
{
	static const char bytes[] = "a,b\n1,ok\n2,bad\xc3(\n3,n\0l\n4,\xed\xa0\x80\n";
	struct rows r;
	cr_assert_eq(read_bytes(bytes, sizeof bytes - 1, &r), CSVREAD_OK);
	cr_expect_eq(r.n, 1);
	cr_expect(has_problem(&diags, path, 3, "invalid UTF-8 in column 'b'"), "%s", problems_text(&diags));
	cr_expect(has_problem(&diags, path, 4, "NUL byte in column 'b'"), "%s", problems_text(&diags));
	cr_expect(has_problem(&diags, path, 5, "invalid UTF-8"), "a surrogate is not UTF-8: %s",
		  problems_text(&diags));
}

Test(csvread, empty_and_missing_files)
{
	struct rows r;
	cr_expect_eq(read_str("", &r), CSVREAD_FAILED);
	cr_expect(has_problem(&diags, path, 0, "empty file"), "%s", problems_text(&diags));
	struct csvread_opts o = {.path = "/nonexistent/x.csv", .arena = &arena, .diags = &diags,
				 .fn = collect, .ctx = &r};
	cr_expect_eq(csvread_file(&o), CSVREAD_FAILED);
	cr_expect(has_problem(&diags, "/nonexistent/x.csv", 0, "cannot open: No such file"),
		  "%s", problems_text(&diags));
}

Test(csvread, huge_field_and_many_fields)
{
	size_t big = 1 << 20;
	char *s = malloc(big + 64);
	cr_assert(s);
	strcpy(s, "a,b\n1,\"");
	size_t at = strlen(s);
	memset(s + at, 'x', big);
	strcpy(s + at + big, "\"\n");
	struct rows r;
	cr_assert_eq(read_str(s, &r), CSVREAD_OK);
	cr_expect_eq(r.n, 1);
	cr_expect_eq(strlen(r.last[0]), big);
	free(s);

	size_t nf = 100000;
	s = malloc(nf * 2 + 16);
	cr_assert(s);
	strcpy(s, "a,b\n");
	at = 4;
	for (size_t i = 0; i < nf; i++) {
		s[at++] = 'x';
		s[at++] = i + 1 < nf ? ',' : '\n';
	}
	s[at] = '\0';
	cr_assert_eq(read_str(s, &r), CSVREAD_OK);
	cr_expect_eq(r.n, 0);
	cr_expect(has_problem(&diags, path, 2, "row has 100000 fields"), "%s", problems_text(&diags));
	free(s);
}

Test(csvread, utf8_validator)
{
	cr_expect(utf8_valid("Møller Sigurjónsson Türkiye 한국 😀", strlen("Møller Sigurjónsson Türkiye 한국 😀")));
	cr_expect_not(utf8_valid("\xc0\xaf", 2), "overlong");
	cr_expect_not(utf8_valid("\xf4\x90\x80\x80", 4), "above U+10FFFF");
	cr_expect_not(utf8_valid("\xe2\x82", 2), "truncated");
	cr_expect_not(utf8_valid("\x80", 1), "lone continuation byte");
}
