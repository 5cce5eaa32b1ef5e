/* The prompts' line editor (lineedit.c): a cursor that stops only at character starts,
 * and the readline keys. */
#include <criterion/criterion.h>
#include <string.h>

#include "lineedit.h"

static char buf[16];
static size_t len, pos;

static struct lineedit ed(void)
{
	return (struct lineedit){buf, sizeof buf, &len, &pos};
}

static void set(const char *s, size_t at)
{
	lineedit_set(ed(), s);
	pos = at;
}

Test(lineedit, moves_over_whole_characters)
{
	set("a\xc3\xb8" "b", 0);
	lineedit_do(ed(), LE_RIGHT);
	lineedit_do(ed(), LE_RIGHT);
	cr_expect_eq(pos, 3, "past the two bytes of o-slash");
	lineedit_do(ed(), LE_LEFT);
	cr_expect_eq(pos, 1);
	lineedit_do(ed(), LE_END);
	cr_expect_eq(pos, 4);
	lineedit_do(ed(), LE_RIGHT);
	cr_expect_eq(pos, 4, "not past the end");
	lineedit_do(ed(), LE_START);
	lineedit_do(ed(), LE_LEFT);
	cr_expect_eq(pos, 0, "not before the start");
}

Test(lineedit, erases_before_and_under_the_cursor)
{
	set("a\xc3\xb8" "b", 3);
	cr_expect(lineedit_do(ed(), LE_ERASE));
	cr_expect_str_eq(buf, "ab", "the whole character");
	cr_expect_eq(pos, 1);
	cr_expect(lineedit_do(ed(), LE_DELETE));
	cr_expect_str_eq(buf, "a");
	cr_expect_not(lineedit_do(ed(), LE_DELETE), "nothing under the cursor at the end");
	cr_expect_eq(len, 1);
}

Test(lineedit, words_and_kills)
{
	set("foo bar  baz", 9);
	cr_expect(lineedit_do(ed(), LE_ERASE_WORD));
	cr_expect_str_eq(buf, "foo baz", "^W: blanks, then the word");
	cr_expect_eq(pos, 4);
	cr_expect(lineedit_do(ed(), LE_KILL_END));
	cr_expect_str_eq(buf, "foo ");
	set("foo bar", 4);
	cr_expect(lineedit_do(ed(), LE_KILL_START));
	cr_expect_str_eq(buf, "bar");
	cr_expect_eq(pos, 0);
}

Test(lineedit, inserts_at_the_cursor_and_refuses_what_does_not_fit)
{
	set("ac", 1);
	cr_expect(lineedit_insert(ed(), "b"));
	cr_expect_str_eq(buf, "abc");
	cr_expect_eq(pos, 2);
	cr_expect_not(lineedit_insert(ed(), "0123456789abcdef"), "16 bytes do not fit in 16");
	cr_expect_str_eq(buf, "abc", "and nothing changed");
	lineedit_set(ed(), "0123456789abcd\xc3\xb8xyz");
	cr_expect_str_eq(buf, "0123456789abcd", "a long line is cut at a character start");
}
