/* Grouping the record by calendar year. Members and meetings are each read once, so a large
 * record costs time in proportion to its size plus the span of years. */
#include "years.h"

#include <stdlib.h>

#include "dataset_struct.h"

/* The span of years that holds every Partner's joining and every meeting. */
static bool span(const struct dataset *ds, int *first, int *last)
{
	*first = 10000;
	*last = 0;
	for (size_t i = 0; i < ds->nmembers; i++) {
		const struct member *m = &ds->members[i];
		if (m->status != STATUS_PARTNER || pdate_empty(&m->joined))
			continue;
		*first = m->joined.year < *first ? m->joined.year : *first;
		*last = m->joined.year > *last ? m->joined.year : *last;
	}
	for (size_t i = 0; i < ds->nmeetings; i++) {
		int yr = ds->meetings[i].start.year;
		if (yr == 0)
			continue;
		*first = yr < *first ? yr : *first;
		*last = yr > *last ? yr : *last;
	}
	return *last >= *first;
}

/* Meetings in start order, file order breaking ties: a date packed into one number sorts
 * like pdate_order (a missing month or day, 0, comes first). */
struct dated {
	long key;
	size_t index;
};

static int cmp_dated(const void *a, const void *b)
{
	const struct dated *x = a, *y = b;
	if (x->key != y->key)
		return x->key < y->key ? -1 : 1;
	return x->index < y->index ? -1 : x->index > y->index;
}

static struct dated *by_start(const struct dataset *ds, size_t *n)
{
	struct dated *d = malloc((ds->nmeetings ? ds->nmeetings : 1) * sizeof *d);
	*n = 0;
	if (!d)
		return NULL;
	for (size_t i = 0; i < ds->nmeetings; i++) {
		const struct pdate *s = &ds->meetings[i].start;
		long key = (long)s->year * 10000 + (long)s->month * 100 + s->day;
		if (!pdate_empty(s))
			d[(*n)++] = (struct dated){key, i};
	}
	qsort(d, *n, sizeof *d, cmp_dated);
	return d;
}

static bool add_members(struct years *y, const struct dataset *ds)
{
	for (size_t i = 0; i < ds->nmembers; i++) {
		const struct member *m = &ds->members[i];
		if (m->status != STATUS_PARTNER || pdate_empty(&m->joined))
			continue;
		if (!idxlist_push(&y->v[m->joined.year - y->first].joined, i))
			return false;
	}
	size_t total = 0;
	for (size_t i = 0; i < y->n; i++) {
		total += y->v[i].joined.n;
		y->v[i].partners = total;
	}
	y->max_partners = total;
	return true;
}

static bool add_meetings(struct years *y, const struct dataset *ds)
{
	size_t n;
	struct dated *d = by_start(ds, &n);
	bool ok = d != NULL;
	for (size_t i = 0; ok && i < n; i++) {
		const struct meeting *m = &ds->meetings[d[i].index];
		struct year *yr = &y->v[m->start.year - y->first];
		ok = idxlist_push(&yr->meetings, d[i].index) &&
		     (m->kind != KIND_PLENARY || idxlist_push(&yr->plenaries, d[i].index));
		if (yr->plenaries.n > y->max_plenaries)
			y->max_plenaries = yr->plenaries.n;
	}
	free(d);
	return ok;
}

bool years_build(struct years *y, const struct dataset *ds)
{
	*y = (struct years){0};
	int first, last;
	if (!span(ds, &first, &last))
		return true;
	y->first = first;
	y->n = (size_t)(last - first) + 1;
	y->v = calloc(y->n, sizeof *y->v);
	if (!y->v) {
		y->n = 0;
		return false;
	}
	for (size_t i = 0; i < y->n; i++)
		y->v[i].year = first + (int)i;
	return add_members(y, ds) && add_meetings(y, ds);
}

void years_free(struct years *y)
{
	for (size_t i = 0; i < y->n; i++) {
		idxlist_free(&y->v[i].joined);
		idxlist_free(&y->v[i].meetings);
		idxlist_free(&y->v[i].plenaries);
	}
	free(y->v);
	*y = (struct years){0};
}

size_t years_find(const struct years *y, int year)
{
	if (y->n == 0 || year < y->first || (size_t)(year - y->first) >= y->n)
		return DS_NONE;
	return (size_t)(year - y->first);
}

size_t years_plenary(const struct years *y, size_t i, size_t k)
{
	if (i >= y->n || k >= y->v[i].plenaries.n)
		return DS_NONE;
	return y->v[i].plenaries.v[k];
}
