/* The search and filter matcher: smart case, regex, literal fallback. */
#include <criterion/criterion.h>
#include <locale.h>

#include "matcher.h"

static struct matcher m;

static void setup(void)
{
	setlocale(LC_ALL, "C.UTF-8");
}

static void teardown(void)
{
	matcher_free(&m);
}

TestSuite(matcher, .init = setup, .fini = teardown);

static bool finds(const char *pattern, const char *text)
{
	matcher_free(&m);
	cr_assert(matcher_init(&m, pattern));
	size_t off, len;
	return matcher_find(&m, text, &off, &len);
}

Test(matcher, smart_case)
{
	cr_expect(finds("seoul", "Seoul"), "lower-case pattern ignores case");
	cr_expect(finds("SEOUL", "SEOUL"));
	cr_expect_not(finds("Seoul", "SEOUL"), "a capital makes it exact");
	cr_expect(finds("türk", "TÜRKIYE"), "case folding beyond ASCII");
	cr_expect_not(finds("Türk", "TÜRKIYE"));
}

Test(matcher, regex_and_match_position)
{
	cr_assert(matcher_init(&m, "19(8|9)[0-9]"));
	size_t off, len;
	cr_assert(matcher_find(&m, "joined in 1995.", &off, &len));
	cr_expect_eq(off, 10);
	cr_expect_eq(len, 4);
	cr_expect_not(m.literal);
	cr_expect(finds("^p1$", "p1"));
	cr_expect_not(finds("^p1$", "p19"));
}

Test(matcher, invalid_regex_falls_back_to_literal_text)
{
	cr_assert(matcher_init(&m, "(unclosed"));
	cr_expect(m.literal, "the matcher says it fell back");
	size_t off, len;
	cr_expect(matcher_find(&m, "an (unclosed bracket", &off, &len));
	cr_expect_eq(off, 3);
	cr_expect_not(finds("[a", "a"));
	cr_expect(finds("[a", "x[a"));
}

Test(matcher, plain_words_take_the_fast_path_with_the_same_answers)
{
	cr_assert(matcher_init(&m, "khan"));
	cr_expect(m.fast);
	size_t off, len;
	cr_expect(matcher_find(&m, "the A.Q. Khan network", &off, &len));
	cr_expect_eq(off, 9);
	cr_expect_eq(len, 4);
	cr_expect_not(finds("kha n", "Khan"));
	cr_expect(finds("", "anything"), "an empty pattern matches everything");
}

/* matcher_find_in over a row's fields: sixteen places at a time, then the tail. Every
 * offset of a 70-byte row, in both cases, and never across a NUL. */
Test(matcher, find_in_finds_every_place_of_a_row_and_no_false_one)
{
	struct matcher lower, exact;
	cr_assert(matcher_init(&lower, "khan"));
	cr_assert(matcher_init(&exact, "Khan"));
	char row[72];
	for (size_t at = 0; at + 4 <= 70; at++) {
		memset(row, 'x', 70);
		row[70] = '\0';
		memcpy(row + at, at % 2 ? "KHAN" : "Khan", 4);
		cr_expect_eq(matcher_find_in(&lower, row, 70), at, "khan at %zu", at);
		cr_expect_eq(matcher_find_in(&exact, row, 70), at % 2 ? 70 : at, "Khan at %zu", at);
		if (at > 0 && at < 68) {
			row[at + 2] = '\0'; /* "Kh" NUL "n": two fields, no match */
			cr_expect_eq(matcher_find_in(&lower, row, 70), 70, "split at %zu", at);
		}
	}
	memset(row, 'k', 70); /* a first letter everywhere, the last one nowhere */
	cr_expect_eq(matcher_find_in(&lower, row, 70), 70);
	matcher_free(&lower);
	matcher_free(&exact);
	struct matcher punct;
	cr_assert(matcher_init(&punct, "@a"));
	memset(row, '`', 70); /* '`' is '@' with 0x20 set: no letter, no fold */
	memcpy(row + 40, "`A@A", 4);
	cr_expect_eq(matcher_find_in(&punct, row, 70), 42);
	matcher_free(&punct);
}

/* The last places of a row are one block of sixteen overlapping the one before: at every
 * length and place, the first match is found, and no byte past the row is read (the row is allocated to its length, for the sanitizers). */
Test(matcher, find_in_the_last_places_of_rows_of_every_length)
{
	struct matcher tr;
	cr_assert(matcher_init(&tr, "tre"));
	for (size_t n = 0; n <= 50; n++) {
		for (size_t at = 0; at + 3 <= n; at++) {
			for (size_t second = at; second + 3 <= n; second += 5) {
				char *row = malloc(n ? n : 1);
				memset(row, 't', n); /* a first letter everywhere */
				memcpy(row + second, "tRe", 3);
				memcpy(row + at, "TRE", 3);
				cr_expect_eq(matcher_find_in(&tr, row, n), at,
					     "n %zu at %zu then %zu", n, at, second);
				free(row);
			}
		}
		char *row = malloc(n ? n : 1);
		memset(row, 'e', n);
		cr_expect_eq(matcher_find_in(&tr, row, n), n, "none in %zu", n);
		free(row);
	}
	matcher_free(&tr);
}
