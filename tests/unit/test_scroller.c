/* The scroller every screen moves by: the movement keys and the bounds of a list. */
#include <criterion/criterion.h>

#include "scroller.h"

Test(scroller, the_movement_keys_move_by_lines_pages_and_half_pages)
{
	long d = 0;
	cr_assert(scroller_delta(ACT_DOWN, 10, 100, &d));
	cr_expect_eq(d, 1);
	cr_assert(scroller_delta(ACT_PAGE_UP, 10, 100, &d));
	cr_expect_eq(d, -10);
	cr_assert(scroller_delta(ACT_HALF_DOWN, 10, 100, &d));
	cr_expect_eq(d, 5);
	cr_assert(scroller_delta(ACT_HALF_DOWN, 1, 100, &d));
	cr_expect_eq(d, 1, "half of a one-line page still moves");
	cr_assert(scroller_delta(ACT_LAST, 10, 100, &d));
	cr_expect_gt(d, 100);
	cr_expect_not(scroller_delta(ACT_OPEN, 10, 100, &d), "Enter is not a movement");
}

Test(scroller, the_cursor_stays_in_the_list_and_in_sight)
{
	struct scroller s = {.count = 30, .page = 10};
	scroller_move(&s, 15);
	cr_expect_eq(s.cursor, 15);
	cr_expect_eq(s.top, 6, "the cursor is on the last line shown");
	scroller_move(&s, 100);
	cr_expect_eq(s.cursor, 29);
	cr_expect_eq(s.top, 20);
	scroller_move(&s, -100);
	cr_expect_eq(s.cursor, 0);
	cr_expect_eq(s.top, 0);
	s = (struct scroller){.count = 0, .page = 10};
	scroller_move(&s, 3);
	cr_expect_eq(s.cursor, 0, "an empty list");
}

Test(scroller, a_list_without_a_cursor_scrolls_no_further_than_its_last_page)
{
	struct scroller s = {.count = 25, .page = 10};
	scroller_scroll(&s, 100);
	cr_expect_eq(s.top, 15);
	scroller_scroll(&s, -3);
	cr_expect_eq(s.top, 12);
	scroller_scroll(&s, -100);
	cr_expect_eq(s.top, 0);
}

Test(scroller, set_puts_the_cursor_on_a_line_in_sight_and_past_the_end_on_the_last)
{
	struct scroller s = {.count = 30, .page = 10};
	scroller_set(&s, 12);
	cr_expect_eq(s.cursor, 12);
	cr_expect_eq(s.top, 3, "the cursor is on the last line shown");
	scroller_set(&s, 5);
	cr_expect_eq(s.top, 3, "a line already in sight does not scroll");
	scroller_set(&s, (size_t)-1);
	cr_expect_eq(s.cursor, 29);
	cr_expect_eq(s.top, 20, "no blank lines below the last");
	s = (struct scroller){.count = 5, .page = 10, .top = 4};
	scroller_set(&s, 2);
	cr_expect_eq(s.top, 0, "a list shorter than the page starts at its first line");
}
