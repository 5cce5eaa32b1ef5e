/* Ordering a view's rows by one of its columns: numbers as numbers, dates as partial dates
 * (1988 before 1988-09), text in the locale's collation; empty values last; ties in file
 * order, so the same view always gives the same rows in the same order. */
#include <stdlib.h>
#include <string.h>

#include "view_internal.h"

struct sort_ctx {
	const struct view *v;
	int col;    /* schema column */
	int dir;    /* +1 ascending, -1 descending */
};

/* qsort has no context argument in C11. */
static struct sort_ctx ctx;

enum key_kind { KEY_TEXT, KEY_NUMBER, KEY_DATE };

static enum key_kind key_kind(enum table_id t, int col)
{
	if (t == TBL_MEETINGS && (col == MC_NUMBER || col == MC_PARTNERS))
		return KEY_NUMBER;
	if ((t == TBL_MEETINGS && (col == MC_START || col == MC_END)) ||
	    (t == TBL_MEMBERS && col == MB_JOINED))
		return KEY_DATE;
	return KEY_TEXT;
}

static int cmp_values(const char *a, const char *b, enum key_kind kind)
{
	if (kind == KEY_NUMBER) {
		long x = strtol(a, NULL, 10), y = strtol(b, NULL, 10);
		return (x > y) - (x < y);
	}
	if (kind == KEY_DATE) {
		struct pdate x, y;
		if (pdate_parse(a, &x) && pdate_parse(b, &y))
			return pdate_order(&x, &y);
	}
	int c = strcoll(a, b);
	return c ? c : strcmp(a, b);
}

static int cmp_rows(const void *pa, const void *pb)
{
	size_t a = *(const size_t *)pa, b = *(const size_t *)pb;
	const struct table *t = &ctx.v->ds->tables[ctx.v->table];
	const char *x = table_cell(t, a, ctx.col), *y = table_cell(t, b, ctx.col);
	int c;
	if (!*x || !*y)
		c = (!*x) - (!*y); /* empty last, whatever the direction */
	else
		c = ctx.dir * cmp_values(x, y, key_kind(ctx.v->table, ctx.col));
	return c ? c : (a > b) - (a < b);
}

bool view_sort_rows(struct view *v)
{
	size_t n;
	const int *cols = view_columns(v->table, &n);
	if (v->sort_col < 0 || (size_t)v->sort_col >= n)
		return true; /* view_refresh builds rows in file order */
	ctx = (struct sort_ctx){v, cols[v->sort_col], v->sort_desc ? -1 : 1};
	qsort(v->rows, v->nrows, sizeof *v->rows, cmp_rows);
	return true;
}

void view_set_sort(struct view *v, int col, bool desc)
{
	v->rebuild = true;
	v->sort_col = col;
	v->sort_desc = desc;
}
