/* The fast scanner: what it reads itself, what it leaves to libcsv, and, on thousands of
 * random inputs, that the reader gives exactly the rows and problems libcsv alone gives,
 * whatever the size of the reads. */
#include <criterion/criterion.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "csvread.h"
#include "csvscan.h"
#include "csvtranscript.h"

static struct csvfields f;

static void teardown(void)
{
	csvfields_free(&f);
}

TestSuite(csvscan, .fini = teardown);

/* Scans one row of s (copied: the scanner writes in place) as the whole input. */
static enum csvscan_result scan(const char *s, bool eof, size_t *pos, unsigned long *line,
				unsigned long *row_line, char *copy)
{
	size_t len = strlen(s);
	memcpy(copy, s, len + 1);
	return csvscan_row(copy, len, eof, pos, line, row_line, &f);
}

Test(csvscan, reads_plain_and_quoted_fields_in_place)
{
	char buf[128];
	size_t pos = 0;
	unsigned long line = 1, row_line = 0;
	cr_assert_eq(scan("a,\"b,\"\"c\"\"\",,\"\"\nnext\n", false, &pos, &line, &row_line, buf),
		     CSVSCAN_ROW);
	cr_assert_eq(f.n, 4);
	cr_assert_str_eq(f.v[0], "a");
	cr_assert_str_eq(f.v[1], "b,\"c\"");
	cr_assert_eq(f.len[1], 5);
	cr_assert_str_eq(f.v[2], "");
	cr_assert_str_eq(f.v[3], "");
	cr_assert_eq(row_line, 1);
	cr_assert_eq(line, 2);
	cr_assert_str_eq(buf + pos, "next\n");
}

/* What the quoting took is not left as text between the fields: the browser searches a
 * row's text in one pass and must find nothing there ("c""\"" after the field's end). */
Test(csvscan, leaves_only_nuls_between_fields)
{
	char buf[128];
	size_t pos = 0;
	unsigned long line = 1, row_line = 0;
	const char *row = "a,\"b,\"\"c\"\"\",\"\",\"d\"\nnext\n";
	cr_assert_eq(scan(row, false, &pos, &line, &row_line, buf), CSVSCAN_ROW);
	cr_assert_eq(f.n, 4);
	cr_assert_str_eq(f.v[3], "d");
	size_t nonnul = 0;
	for (const char *p = f.v[0]; p < f.v[3] + f.len[3]; p++)
		nonnul += *p != '\0';
	cr_expect_eq(nonnul, strlen("a") + strlen("b,\"c\"") + strlen("d"),
		     "only the fields' own bytes are not NUL");
	cr_expect_eq(f.v[3][f.len[3]], '\0');
	cr_assert_str_eq(buf + pos, "next\n");
}

Test(csvscan, counts_lines_inside_quotes_and_skips_blank_lines)
{
	char buf[128];
	size_t pos = 0;
	unsigned long line = 1, row_line = 0;
	cr_assert_eq(scan("\n\n\"x\ny\",z\nw", true, &pos, &line, &row_line, buf), CSVSCAN_ROW);
	cr_assert_eq(row_line, 3);
	cr_assert_eq(line, 5);
	cr_assert_str_eq(f.v[0], "x\ny");
	cr_assert_eq(csvscan_row(buf, strlen("\n\n\"x\ny\",z\nw"), true, &pos, &line, &row_line, &f),
		     CSVSCAN_ROW);
	cr_assert_eq(row_line, 5);
	cr_assert_str_eq(f.v[0], "w");
}

Test(csvscan, an_empty_last_field_at_the_end_of_input)
{
	char buf[16];
	size_t pos = 0;
	unsigned long line = 1, row_line = 0;
	cr_assert_eq(scan("a,", true, &pos, &line, &row_line, buf), CSVSCAN_ROW);
	cr_assert_eq(f.n, 2);
	cr_assert_str_eq(f.v[1], "");
	cr_assert_eq(csvscan_row(buf, 2, true, &pos, &line, &row_line, &f), CSVSCAN_END);
}

Test(csvscan, asks_for_more_when_a_row_may_go_on)
{
	const char *const cases[] = {"abc", "a,", "\"ab", "\"a\"", "\"a\nb"};
	for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
		char buf[16];
		size_t pos = 0;
		unsigned long line = 1, row_line = 0;
		cr_assert_eq(scan(cases[i], false, &pos, &line, &row_line, buf), CSVSCAN_MORE,
			     "%s", cases[i]);
		cr_assert_str_eq(buf, cases[i], "the buffer was changed");
		cr_assert_eq(line, 1);
	}
}

Test(csvscan, leaves_what_libcsv_must_judge_untouched)
{
	const char *const cases[] = {"a\"b,c\n", "\"a\"b\n", "a,b\r\n", "\"a\rb\"\n", "\"open",
				     "x,\"a\" ,y\n"};
	for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
		char buf[16];
		size_t pos = 0;
		unsigned long line = 1, row_line = 0;
		cr_assert_eq(scan(cases[i], true, &pos, &line, &row_line, buf), CSVSCAN_ODD, "%s",
			     cases[i]);
		cr_assert_str_eq(buf, cases[i], "the buffer was changed");
		cr_assert_eq(pos, 0);
	}
}

/* Random bytes weighted towards what CSV is made of, or rows of well-formed fields with a
 * rare fault, so that long runs go through the fast path before something odd comes. */
static size_t make_input(uint64_t *seed, char *buf, size_t cap)
{
	static const char pieces[][4] = {"a", "b", ",", "\"", "\n", "\r", " ", "\"\"", "\xc3\xa9",
					 "\xff", "x\"", ",\n"};
	size_t n = 0;
	bool structured = *seed & 1;
	size_t target = (*seed >> 8) % (cap - 8);
	while (n < target) {
		*seed = *seed * 6364136223846793005ull + 1442695040888963407ull;
		unsigned r = (unsigned)(*seed >> 33);
		if (!structured) {
			const char *p = r % 97 == 0 ? "\0" : pieces[r % (sizeof pieces / sizeof *pieces)];
			size_t k = *p ? strlen(p) : 1;
			memcpy(buf + n, p, k);
			n += k;
			continue;
		}
		switch (r % 16) {
		case 0: case 1: case 2: case 3: buf[n++] = 'a' + (char)(r % 5); break;
		case 4: case 5: buf[n++] = ','; break;
		case 6: buf[n++] = '\n'; break;
		case 7: /* a quoted field with a doubled quote, a comma and a line break */
			if (n + 8 < cap) {
				memcpy(buf + n, "\"q\"\",\nr\"", 8);
				n += 8;
			}
			break;
		case 8: buf[n++] = r % 64 == 0 ? '\r' : r % 64 == 1 ? '"' : 'z'; break;
		default: buf[n++] = ' '; break;
		}
	}
	return n;
}

Test(csvscan, gives_the_rows_and_problems_libcsv_gives)
{
	char path[] = "/tmp/mtcr-csvscan-XXXXXX";
	int fd = mkstemp(path);
	cr_assert(fd >= 0);
	close(fd);
	static const size_t chunks[] = {0, 4, 5, 8, 13, 64};
	uint64_t seed = 42;
	char input[256];
	size_t fast_differs = 0;
	for (int k = 0; k < 3000; k++) {
		seed = seed * 6364136223846793005ull + 1442695040888963407ull;
		size_t n = make_input(&seed, input, sizeof input);
		FILE *fp = fopen(path, "wb");
		cr_assert_not_null(fp);
		cr_assert_eq(fwrite(input, 1, n, fp), n);
		fclose(fp);
		char *want = csv_transcript(path, 0, true, false);
		cr_assert_not_null(want);
		for (size_t c = 0; c < sizeof chunks / sizeof *chunks; c++) {
			char *got = csv_transcript(path, chunks[c], false, c % 2);
			cr_assert_not_null(got);
			if (strcmp(got, want) != 0)
				fast_differs++;
			cr_expect_str_eq(got, want, "input %d (%zu bytes), reads of %zu", k, n, chunks[c]);
			free(got);
		}
		free(want);
	}
	unlink(path);
	cr_assert_eq(fast_differs, 0);
}

/* A NUL, an invalid byte or a valid non-ASCII letter at every place of a long field (the
 * scanner looks at 16 and 8 bytes at a time and skips the exact check for rows of plain
 * ASCII), plain or quoted, or just after the field ends: the same rows and problems as
 * libcsv, and a problem exactly when one is due. */
Test(csvscan, a_bad_byte_anywhere_in_a_long_field_is_found)
{
	char path[] = "/tmp/mtcr-csvscan-XXXXXX";
	int fd = mkstemp(path);
	cr_assert(fd >= 0);
	close(fd);
	static const char *const odd[] = {"\0", "\xff", "\xc3\xa9"};
	for (size_t o = 0; o < 3; o++)
		for (int quoted = 0; quoted < 2; quoted++)
			for (size_t at = 0; at <= 40; at++) {
				char field[64];
				memset(field, 'a', 40);
				size_t n = 40, k = strlen(odd[o]) ? strlen(odd[o]) : 1;
				memmove(field + at + k, field + at, n - at);
				memcpy(field + at, odd[o], k);
				n += k;
				FILE *fp = fopen(path, "wb");
				cr_assert_not_null(fp);
				fputs("id,text,n\n", fp);
				fputs(quoted ? "r1,\"" : "r1,", fp);
				/* at == 40: the odd byte is the first of the next field */
				size_t cut = at == 40 ? 40 : n;
				cr_assert_eq(fwrite(field, 1, cut, fp), cut);
				fputs(quoted ? "\"," : ",", fp);
				cr_assert_eq(fwrite(field + cut, 1, n - cut, fp), n - cut);
				fputs("\nr2,plain,2\n", fp);
				fclose(fp);
				char *want = csv_transcript(path, 0, true, false);
				char *got = csv_transcript(path, 0, false, false);
				cr_assert(want && got);
				cr_expect_str_eq(got, want, "byte %zu at %zu, quoted %d", o, at, quoted);
				bool reported = strstr(got, "NUL byte") || strstr(got, "invalid UTF-8");
				cr_expect_eq(reported, o < 2, "byte %zu at %zu, quoted %d:\n%s", o, at, quoted, got);
				free(want);
				free(got);
			}
	unlink(path);
}

/* Writes a file of several read buffers: plain rows, quoted fields with quotes, commas and
 * line breaks, a row of invalid UTF-8 and a ragged row; odd: a CR near the end, from which
 * libcsv reads on. */
static void write_large(const char *path, size_t rows, bool odd)
{
	FILE *fp = fopen(path, "wb");
	cr_assert_not_null(fp);
	fputs("id,text,n\n", fp);
	for (size_t i = 0; i < rows; i++) {
		if (i % 1000 == 7)
			fprintf(fp, "r%zu,\"a \"\"quoted\"\", multi\nline text\",%zu\n", i, i);
		else if (i == rows / 2)
			fprintf(fp, "r%zu,bad \xff utf8,%zu\n", i, i);
		else if (i == rows / 3)
			fprintf(fp, "r%zu,ragged\n", i);
		else if (odd && i == rows - 10)
			fprintf(fp, "r%zu,crlf,%zu\r\n", i, i);
		else
			fprintf(fp, "r%zu,plain text of some length for row %zu,%zu\n", i, i, i);
	}
	cr_assert_eq(fclose(fp), 0);
}

Test(csvscan, large_files_read_on_a_thread_give_what_libcsv_gives)
{
	char path[] = "/tmp/mtcr-csvscan-XXXXXX";
	int fd = mkstemp(path);
	cr_assert(fd >= 0);
	close(fd);
	for (int odd = 0; odd <= 1; odd++) {
		write_large(path, 60000, odd); /* about 3 MB: three buffers and more */
		char *want = csv_transcript(path, 0, true, false);
		cr_assert_not_null(want);
		cr_assert(strstr(want, "invalid UTF-8 in column 'text'"));
		cr_assert(strstr(want, "row has 2 fields, the header has 3"));
		for (int streamed = 0; streamed <= 1; streamed++) {
			char *got = csv_transcript(path, 0, false, streamed);
			cr_assert_not_null(got);
			cr_assert(strcmp(got, want) == 0, "odd %d, streamed %d: the readings differ", odd,
				  streamed);
			free(got);
		}
		free(want);
	}
	unlink(path);
}

static size_t rows_seen;

static bool stop_after_100(void *ctx, const struct csvread_row *row, bool is_header)
{
	(void)ctx, (void)row, (void)is_header;
	return ++rows_seen < 100;
}

Test(csvscan, a_caller_that_stops_stops_the_reading_thread)
{
	char path[] = "/tmp/mtcr-csvscan-XXXXXX";
	int fd = mkstemp(path);
	cr_assert(fd >= 0);
	close(fd);
	write_large(path, 60000, false);
	for (int streamed = 0; streamed <= 1; streamed++) {
		struct arena arena = {0};
		struct diags diags = {0};
		rows_seen = 0;
		struct csvread_opts o = {.path = path, .arena = &arena, .diags = &diags,
					 .fn = stop_after_100, .streamed = streamed};
		cr_assert_eq(csvread_file(&o), CSVREAD_FAILED);
		cr_assert_eq(rows_seen, 100, "rows were passed after the caller said stop");
		cr_assert_eq(diags.n, 1);
		cr_assert(strstr(diags.v[0].msg, "out of memory"));
		arena_free(&arena);
		diags_free(&diags);
	}
	unlink(path);
}
