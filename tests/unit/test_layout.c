/* Screen layout and column fitting (layout.c). */
#include <criterion/criterion.h>
#include <string.h>

#include "layout.h"

static void expect_inside(const struct rect *r, int lines, int cols, const char *what)
{
	cr_expect(r->y >= 0 && r->x >= 0 && r->h > 0 && r->w > 0, "%s is empty", what);
	cr_expect_leq(r->y + r->h, lines, "%s goes below the screen", what);
	cr_expect_leq(r->x + r->w, cols, "%s goes past the right edge", what);
}

Test(layout, wide_screens_put_the_panes_side_by_side)
{
	struct layout l;
	int want[3] = {50, 46, 31};
	layout_compute(&l, 35, 120, want);
	cr_assert_not(l.too_small);
	cr_expect(l.wide);
	for (int p = 0; p < 3; p++) {
		expect_inside(&l.pane[p], 35, 120, "a pane");
		cr_expect_eq(l.pane[p].y, 0);
	}
	cr_expect_eq(l.pane[0].x, 0);
	cr_expect_eq(l.pane[1].x, l.pane[0].w, "panes touch, in order");
	cr_expect_eq(l.pane[2].x + l.pane[2].w, 120, "the last pane ends at the edge");
	cr_expect_gt(l.pane[0].w, l.pane[2].w, "shares follow what the panes want");
	cr_expect(l.sep[0] && l.sep[1] && !l.sep[2]);
	expect_inside(&l.detail, 35, 120, "the detail area");
	cr_expect_eq(l.detail.y, l.pane[0].h, "the detail area is under the panes");
	cr_expect_eq(l.status.y, 34);
	cr_expect_eq(l.overlay.h, 34);
}

Test(layout, narrow_screens_stack_the_panes_in_the_same_order)
{
	struct layout l;
	layout_compute(&l, 24, 80, NULL);
	cr_assert_not(l.too_small);
	cr_expect_not(l.wide);
	for (int p = 0; p < 3; p++) {
		expect_inside(&l.pane[p], 24, 80, "a pane");
		cr_expect_eq(l.pane[p].w, 80);
		cr_expect_geq(layout_rows(&l.pane[p]), 1, "every pane shows a row");
		if (p)
			cr_expect_eq(l.pane[p].y, l.pane[p - 1].y + l.pane[p - 1].h);
	}
	cr_expect_eq(l.detail.y, l.pane[2].y + l.pane[2].h);
	cr_expect_eq(l.detail.y + l.detail.h, 23, "the detail area reaches the status line");
	cr_expect_geq(l.detail.h, 3);
}

Test(layout, the_minimum_size_works_and_below_it_is_too_small)
{
	struct layout l;
	layout_compute(&l, LAYOUT_MIN_LINES, LAYOUT_MIN_COLS, NULL);
	cr_expect_not(l.too_small);
	for (int p = 0; p < 3; p++)
		cr_expect_geq(layout_rows(&l.pane[p]), 1);
	cr_expect_geq(l.detail.h, 2);
	layout_compute(&l, LAYOUT_MIN_LINES - 1, 200, NULL);
	cr_expect(l.too_small);
	layout_compute(&l, 100, LAYOUT_MIN_COLS - 1, NULL);
	cr_expect(l.too_small);
	layout_compute(&l, 1, 1, NULL);
	cr_expect(l.too_small);
	layout_compute(&l, 100, 300, NULL);
	cr_expect_not(l.too_small);
	expect_inside(&l.pane[2], 100, 300, "a pane on a big screen");
}

Test(layout, columns_get_their_natural_width_when_they_fit)
{
	int natural[] = {4, 10, 12}, minimum[] = {4, 10, 5}, out[3];
	bool flex[] = {false, false, true};
	layout_columns(natural, minimum, flex, 3, 40, out);
	cr_expect_eq(out[0], 4);
	cr_expect_eq(out[1], 10);
	cr_expect_eq(out[2], 12);
}

Test(layout, flexible_columns_give_way_first_then_columns_drop_from_the_right)
{
	int natural[] = {20, 10, 30, 3}, minimum[] = {5, 10, 5, 3}, out[4];
	bool flex[] = {true, false, true, false};
	layout_columns(natural, minimum, flex, 4, 40, out);
	cr_expect_eq(out[1], 10, "a fixed column keeps its width");
	cr_expect_eq(out[3], 3);
	cr_expect_eq(out[0] + out[1] + out[2] + out[3] + 3, 40, "the width is used exactly");
	cr_expect_leq(out[2] - out[0], 1, "the widest flexible column shrank first");
	layout_columns(natural, minimum, flex, 4, 22, out);
	cr_expect_eq(out[3], 0, "what cannot fit is dropped from the right");
	cr_expect_leq(out[0] + out[1] + out[2] + 2, 22);
	layout_columns(natural, minimum, flex, 4, 3, out);
	cr_expect_eq(out[0], 3, "a sliver still shows the first column");
	cr_expect_eq(out[1] + out[2] + out[3], 0);
}

Test(layout, zoom_gives_one_pane_all_but_the_status_line)
{
	struct layout l;
	layout_compute(&l, 24, 80, NULL);
	layout_adjust(&l, 2, true);
	cr_expect_eq(l.pane[2].y, 0);
	cr_expect_eq(l.pane[2].h, 23, "all lines but the status line");
	cr_expect_eq(l.pane[2].w, 80);
	cr_expect_eq(l.pane[0].h, 0, "the others are hidden");
	cr_expect_eq(l.pane[1].w, 0);
	cr_expect_eq(l.detail.h, 0, "and so is the detail area");
	layout_compute(&l, 60, 200, NULL);
	layout_adjust(&l, 0, true);
	cr_expect_eq(l.pane[0].w, 200, "side by side too");
	cr_expect_not(l.sep[0], "no separator on a pane alone");
}

Test(layout, without_the_detail_area_the_panes_take_its_lines)
{
	struct layout l, before;
	layout_compute(&before, 24, 80, NULL);
	layout_compute(&l, 24, 80, NULL);
	layout_adjust(&l, -1, false);
	cr_expect_eq(l.detail.h, 0);
	cr_expect_eq(l.pane[0].h + l.pane[1].h + l.pane[2].h, 23, "every line but the status");
	cr_expect_gt(layout_rows(&l.pane[0]), layout_rows(&before.pane[0]));
	cr_expect_eq(l.pane[2].y + l.pane[2].h, 23);
	layout_compute(&l, 40, 150, NULL);
	layout_adjust(&l, -1, false);
	cr_expect_eq(l.pane[1].h, 39, "side by side, the panes run down to the status line");
	layout_compute(&l, 24, 80, NULL);
	layout_compute(&before, 24, 80, NULL);
	layout_adjust(&l, -1, true);
	cr_expect_eq(memcmp(&l, &before, sizeof l), 0, "no zoom and a detail area: unchanged");
}
