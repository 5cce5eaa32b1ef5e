/* Ordering a view's rows by one of its columns: numbers as numbers, dates as partial dates
 * (1988 before 1988-09), text in the locale's collation; empty values last; ties in file
 * order, so the same view always gives the same rows in the same order. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "columns.h"
#include "dataset_struct.h"
#include "strmap.h"
#include "view_internal.h"

static int cmp_values(const char *a, const char *b, enum column_sort kind)
{
	if (kind == SORT_NUMBER) {
		long x = strtol(a, NULL, 10), y = strtol(b, NULL, 10);
		return (x > y) - (x < y);
	}
	if (kind == SORT_DATE) {
		struct pdate x, y;
		if (pdate_parse(a, &x) && pdate_parse(b, &y))
			return pdate_order(&x, &y);
	}
	int c = strcoll(a, b);
	return c ? c : strcmp(a, b);
}

/* Sorting 10^6 rows with strcoll in each of their 2*10^7 comparisons took seconds. Most
 * columns hold few distinct values (cities, hosts, dates), so each distinct value is ranked
 * once, with the same comparison, and the rows are sorted by (rank, record) as integers. */
struct ranking {
	const char **values; /* distinct non-empty values, in order of first appearance */
	size_t n;
	uint32_t *rank;      /* of each value: equal values (by cmp_values) share one */
};

/* A distinct value and its index, sorted with the comparison of its kind: qsort has no
 * context argument in C11, so the kind picks the comparator rather than a file-level
 * variable (which tied sorting to one thread). */
struct valued {
	const char *s;
	uint32_t i;
};

static int by_index(const struct valued *a, const struct valued *b, int c)
{
	return c ? c : (a->i > b->i) - (a->i < b->i);
}

static int cmp_text(const void *pa, const void *pb)
{
	const struct valued *a = pa, *b = pb;
	return by_index(a, b, cmp_values(a->s, b->s, SORT_TEXT));
}

static int cmp_number(const void *pa, const void *pb)
{
	const struct valued *a = pa, *b = pb;
	return by_index(a, b, cmp_values(a->s, b->s, SORT_NUMBER));
}

static int cmp_date(const void *pa, const void *pb)
{
	const struct valued *a = pa, *b = pb;
	return by_index(a, b, cmp_values(a->s, b->s, SORT_DATE));
}

static int (*const comparators[])(const void *, const void *) = {
	[SORT_TEXT] = cmp_text, [SORT_NUMBER] = cmp_number, [SORT_DATE] = cmp_date};

static int cmp_keys(const void *pa, const void *pb)
{
	uint64_t a = *(const uint64_t *)pa, b = *(const uint64_t *)pb;
	return (a > b) - (a < b);
}

/* Sorts n keys by radix, 16 bits a pass from the lowest, skipping the passes where every
 * key has the same digit (most of the rank's bits); few keys go to qsort. tmp holds n
 * keys. Returns false when memory runs out. */
static bool sort_keys(uint64_t *keys, uint64_t *tmp, size_t n)
{
	if (n < 1 << 12) {
		qsort(keys, n, sizeof *keys, cmp_keys);
		return true;
	}
	/* A row is a 32-bit index (the key's low half), so a digit's count fits 32 bits. */
	uint32_t *count = malloc(sizeof *count << 16);
	if (!count)
		return false;
	for (int shift = 0; shift < 64; shift += 16) {
		memset(count, 0, sizeof *count << 16);
		for (size_t i = 0; i < n; i++)
			count[(keys[i] >> shift) & 0xffff]++;
		if (count[(keys[0] >> shift) & 0xffff] == n)
			continue;
		uint32_t sum = 0;
		for (size_t d = 0; d < 1 << 16; d++) {
			uint32_t c = count[d];
			count[d] = sum;
			sum += c;
		}
		for (size_t i = 0; i < n; i++)
			tmp[count[(keys[i] >> shift) & 0xffff]++] = keys[i];
		memcpy(keys, tmp, n * sizeof *keys);
	}
	free(count);
	return true;
}

enum { EMPTY_VALUE = UINT32_MAX };

/* Ranks the distinct values in ids (value index of each row). */
static bool rank_values(struct ranking *r, enum column_sort kind)
{
	struct valued *order = malloc((r->n ? r->n : 1) * sizeof *order);
	r->rank = malloc((r->n ? r->n : 1) * sizeof *r->rank);
	if (!order || !r->rank) {
		free(order);
		return false;
	}
	for (size_t i = 0; i < r->n; i++)
		order[i] = (struct valued){r->values[i], (uint32_t)i};
	qsort(order, r->n, sizeof *order, comparators[kind]);
	uint32_t rank = 0;
	for (size_t i = 0; i < r->n; i++) {
		if (i && cmp_values(order[i - 1].s, order[i].s, kind) != 0)
			rank++;
		r->rank[order[i].i] = rank;
	}
	free(order);
	return true;
}

bool view_sort_rows(struct view *v)
{
	size_t n;
	const int *cols = view_columns(v->table, &n);
	if (v->sort_col < 0 || (size_t)v->sort_col >= n)
		return true; /* view_refresh builds rows in file order */
	if (v->nrows < 2)
		return true;
	const struct table *t = &v->ds->tables[v->table];
	int col = cols[v->sort_col];
	enum column_sort kind = column_info(v->table, col)->sort;
	struct ranking r = {0};
	struct strmap seen;
	uint32_t *ids = malloc(v->nrows * sizeof *ids);
	uint64_t *keys = malloc(2 * v->nrows * sizeof *keys); /* and sort_keys' room */
	r.values = malloc(v->nrows * sizeof *r.values);
	strmap_init(&seen, strmap_array_key, r.values);
	bool ok = ids && keys && r.values;
	for (size_t i = 0; ok && i < v->nrows; i++) {
		const char *s = table_cell(t, v->rows[i], col);
		size_t id;
		bool dup;
		if (!*s) {
			ids[i] = EMPTY_VALUE;
		} else if (strmap_get(&seen, s, &id)) {
			ids[i] = (uint32_t)id;
		} else {
			r.values[r.n] = s; /* the map's key for r.n */
			ok = strmap_put(&seen, s, r.n, &dup);
			ids[i] = (uint32_t)r.n++;
		}
	}
	ok = ok && rank_values(&r, kind);
	if (ok) {
		uint32_t last = r.n ? r.rank[0] : 0;
		for (size_t i = 0; i < r.n; i++)
			last = r.rank[i] > last ? r.rank[i] : last;
		/* Empty values last whatever the direction; ties in file order. */
		for (size_t i = 0; i < v->nrows; i++) {
			uint64_t k = ids[i] == EMPTY_VALUE ? UINT32_MAX
				     : v->sort_desc ? last - r.rank[ids[i]] : r.rank[ids[i]];
			keys[i] = k << 32 | (uint32_t)v->rows[i];
		}
		ok = sort_keys(keys, keys + v->nrows, v->nrows);
		for (size_t i = 0; ok && i < v->nrows; i++)
			v->rows[i] = (size_t)(keys[i] & UINT32_MAX);
	}
	strmap_free(&seen);
	free(r.values);
	free(r.rank);
	free(ids);
	free(keys);
	return ok;
}

void view_set_sort(struct view *v, int col, bool desc)
{
	v->rebuild = true;
	v->sort_col = col;
	v->sort_desc = desc;
}
