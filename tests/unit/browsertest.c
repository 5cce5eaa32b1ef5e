/* The fixture shared by the browser's unit tests (see browsertest.h). */
#include "browsertest.h"

#include <criterion/criterion.h>
#include <locale.h>

#include "dataset_struct.h"
#include "testutil.h"

struct dataset ds;
struct browser b;
static char *dir;
static struct diags diags;

void browsertest_setup(size_t detail_height)
{
	setlocale(LC_ALL, "C.UTF-8");
	dir = fixture_dir(NULL);
	cr_assert(dataset_load(&ds, dir, &diags), "%s", problems_text(&diags));
	cr_assert(browser_init(&b, &ds));
	size_t heights[PANES] = {3, 3, 3};
	browser_resize(&b, heights, detail_height, 80);
}

void browsertest_teardown(void)
{
	browser_free(&b);
	dataset_free(&ds);
	diags_free(&diags);
	fixture_remove(dir);
}

void act(enum action a)
{
	browser_do(&b, a);
	cr_assert_not(b.failed);
}

void type(const char *s)
{
	for (; *s; s++) {
		char ch[2] = {*s, '\0'};
		browser_type(&b, ch);
	}
}

const char *status(void)
{
	static char buf[512];
	browser_status(&b, buf, sizeof buf);
	return buf;
}

const char *current(enum table_id p)
{
	size_t rec = view_current(&b.views[p]);
	return rec == DS_NONE ? "(none)" : table_cell(&ds.tables[p], rec, 0);
}
