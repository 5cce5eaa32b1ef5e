/* Display width, truncation, escaping and wrapping of text (text.c, text_wrap.c). */
#include <criterion/criterion.h>
#include <locale.h>
#include <stdio.h>
#include <string.h>

#include "text.h"

static void setup(void)
{
	cr_assert_not_null(setlocale(LC_ALL, "C.UTF-8"), "the tests need the C.UTF-8 locale");
}

TestSuite(text, .init = setup);

static char out[256];

/* s escaped and cut to cols columns; the width is checked against what was measured. */
static const char *fit(const char *s, int cols)
{
	int w = text_fit(s, cols, out, sizeof out);
	cr_expect_eq(w, text_width(out), "the width of \"%s\" is %d, not %d", out, text_width(out), w);
	if (cols >= 0)
		cr_expect_leq(w, cols, "\"%s\" is wider than %d columns", out, cols);
	return out;
}

Test(text, width_counts_columns_not_bytes)
{
	cr_expect_eq(text_width(""), 0);
	cr_expect_eq(text_width("Rome"), 4);
	cr_expect_eq(text_width("T\xc3\xbcrkiye"), 7, "precomposed ü is one column");
	cr_expect_eq(text_width("Tu\xcc\x88rkiye"), 7, "u + combining diaeresis is one column");
	cr_expect_eq(text_width("\xe6\x9d\xb1\xe4\xba\xac"), 4, "CJK characters take two columns");
	cr_expect_eq(text_width("\xf0\x9f\x98\x80"), 2, "an emoji takes two columns");
	cr_expect_eq(text_width("\xed\x95\x9c\xea\xb5\xad"), 4, "Hangul takes two columns");
}

Test(text, short_text_is_not_cut)
{
	cr_expect_str_eq(fit("Seoul", 5), "Seoul");
	cr_expect_str_eq(fit("Seoul", 10), "Seoul");
	cr_expect_str_eq(fit("", 3), "");
}

Test(text, cut_text_ends_with_an_ellipsis_inside_the_width)
{
	cr_expect_str_eq(fit("Rotterdam", 5), "Rott\xe2\x80\xa6");
	cr_expect_str_eq(fit("T\xc3\xbcrkiye", 4), "T\xc3\xbcr\xe2\x80\xa6", "ü is kept whole");
	cr_expect_str_eq(fit("Rotterdam", 1), "\xe2\x80\xa6");
	cr_expect_str_eq(fit("Rotterdam", 0), "");
}

Test(text, wide_characters_are_never_split)
{
	const char *tokyo = "\xe6\x9d\xb1\xe4\xba\xac\xe9\x83\xbd\xe5\xba\x81"; /* 東京都庁, 8 columns */
	cr_expect_str_eq(fit(tokyo, 8), tokyo);
	cr_expect_str_eq(fit(tokyo, 7), "\xe6\x9d\xb1\xe4\xba\xac\xe9\x83\xbd\xe2\x80\xa6", "3 x 2 + 1");
	cr_expect_str_eq(fit(tokyo, 6), "\xe6\x9d\xb1\xe4\xba\xac\xe2\x80\xa6",
			 "a third character would need columns 6 and 7: two fit, then the ellipsis");
	cr_expect_eq(text_width(out), 5, "one column stays empty rather than split a character");
	cr_expect_str_eq(fit("\xf0\x9f\x98\x80\xf0\x9f\x98\x80", 3), "\xf0\x9f\x98\x80\xe2\x80\xa6");
}

Test(text, clip_stops_at_a_character_boundary)
{
	const char *s = "a\xe6\x9d\xb1" "b";
	int w;
	bool cut;
	size_t keep = text_clip(s, strlen(s), 3, &w, &cut);
	cr_expect(cut);
	cr_expect_eq(keep, 1, "東 would end in the ellipsis' column");
	cr_expect_eq(w, 1);
	keep = text_clip(s, strlen(s), 4, &w, &cut);
	cr_expect_not(cut);
	cr_expect_eq(keep, strlen(s));
	cr_expect_eq(w, 4);
}

Test(text, control_characters_are_escaped)
{
	cr_expect_str_eq(fit("a\x1b[2Jb", -1), "a^[[2Jb", "clear screen");
	cr_expect_str_eq(fit("\x1b]0;pwned\x07", -1), "^[]0;pwned^G", "OSC title");
	cr_expect_str_eq(fit("1\r2\n3\t4", -1), "1^M2^J3^I4");
	cr_expect_str_eq(fit("del\x7f", -1), "del^?");
	cr_expect_str_eq(fit("x\x01", -1), "x^A");
	cr_expect_eq(text_width("\x1b"), 2, "an escape is measured as drawn");
}

Test(text, c1_controls_and_bidi_overrides_are_escaped)
{
	cr_expect_str_eq(fit("a\xc2\x9b" "31m", -1), "a<U+009B>31m", "C1 CSI");
	cr_expect_str_eq(fit("\xc2\x85", -1), "<U+0085>", "C1 NEL");
	cr_expect_str_eq(fit("ab\xe2\x80\xae" "cd", -1), "ab<U+202E>cd", "right-to-left override");
	cr_expect_str_eq(fit("\xe2\x80\xa8", -1), "<U+2028>", "line separator");
}

Test(text, bytes_that_are_not_utf8_are_shown_in_hex)
{
	cr_expect_str_eq(fit("a\xff" "b", -1), "a<FF>b");
	cr_expect_str_eq(fit("\xc3", -1), "<C3>", "a truncated sequence");
}

Test(text, escapes_are_cut_whole)
{
	cr_expect_str_eq(fit("\x1b\x1b\x1b", 4), "^[\xe2\x80\xa6");
	cr_expect_str_eq(fit("\x1b\x1b", 4), "^[^[");
	struct text_unit u;
	cr_expect_eq(text_unit("\x1b[", 2, &u), 1);
	cr_expect(u.escaped);
	cr_expect_eq(u.width, 2);
	cr_expect_eq(text_unit("", 0, &u), 0);
}

Test(text, ascii_ellipsis_outside_utf8)
{
	setlocale(LC_ALL, "C");
	cr_expect_str_eq(text_ellipsis(), "~");
	cr_expect_str_eq(fit("Rotterdam", 5), "Rott~");
	cr_expect_str_eq(fit("T\xc3\xbcrkiye", -1), "Turkiye", "no multibyte text is sent to an ASCII terminal");
	cr_expect_str_eq(fit("M\xc3\xb8ller \xc3\x9f \xe2\x80\x93 \xe4\xb8\xad", -1), "Moller ss - ?",
			 "letters lose their accents, other characters are ?");
	cr_expect_str_eq(fit("a\xc2\x9b" "b", -1), "a<U+009B>b", "a C1 control is still escaped");
	cr_expect_str_eq(fit("a\xff" "b", -1), "a<FF>b", "bytes that are not UTF-8 are escaped");
	cr_expect_eq(text_width("T\xc3\xbcrkiye"), 7);
}

static const char *line(const char *s, int cols, size_t *next)
{
	size_t len = text_wrap(s, strlen(s), cols, next);
	snprintf(out, sizeof out, "%.*s", (int)len, s);
	return out;
}

Test(text, wrap_breaks_between_words)
{
	size_t next;
	cr_expect_str_eq(line("hello big world", 11, &next), "hello big");
	cr_expect_eq(next, 10);
	cr_expect_str_eq(line("hello world", 5, &next), "hello", "a blank at the edge");
	cr_expect_eq(next, 6);
	cr_expect_str_eq(line("hello   world", 8, &next), "hello", "blanks at the break are dropped");
	cr_expect_eq(next, 8);
	cr_expect_str_eq(line("short", 80, &next), "short");
	cr_expect_eq(next, 5);
}

Test(text, wrap_cuts_long_words_and_keeps_newlines)
{
	size_t next;
	cr_expect_str_eq(line("abcdefghij", 4, &next), "abcd");
	cr_expect_eq(next, 4);
	cr_expect_str_eq(line("one\ntwo", 80, &next), "one");
	cr_expect_eq(next, 4);
	cr_expect_str_eq(line("\xe6\x9d\xb1\xe4\xba\xac\xe9\x83\xbd", 3, &next), "\xe6\x9d\xb1",
			 "a wide character that does not fit goes to the next line");
	cr_expect_eq(next, 3);
	cr_expect_str_eq(line("x", 0, &next), "x", "at least one character per line");
}
