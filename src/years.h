/* The record by calendar year, from the first Partner or meeting to the last: how many
 * Partners there were, who joined, and which meetings were held. The timeline and the
 * concern map draw it; a cursor on a year finds its meetings through it. */
#ifndef MTCR_YEARS_H
#define MTCR_YEARS_H
#include <stdbool.h>
#include <stddef.h>

#include "dataset.h"

struct year {
	int year;
	size_t partners;         /* Partners at the end of the year */
	struct idxlist joined;   /* members who became Partners that year, in file order */
	struct idxlist meetings; /* meetings begun that year, by start date, Plenaries or not */
	struct idxlist plenaries; /* the Plenaries among them, in the same order */
};

struct years {
	int first;       /* the calendar year of v[0] */
	struct year *v;  /* one per year, first to last, empty years included */
	size_t n;
	size_t max_partners;
	size_t max_plenaries; /* most Plenaries held in one year */
};

/* Builds the years of ds. Members count from the year of `joined` when their status is
 * partner; meetings count in the year they began; undated ones are left out. Returns false
 * when memory runs out. y must be freed either way. */
bool years_build(struct years *y, const struct dataset *ds);
void years_free(struct years *y);

/* Index of a calendar year, or DS_NONE when it is outside first..last. */
size_t years_find(const struct years *y, int year);

/* The k-th Plenary (0-based, by start date) of year index i, or DS_NONE. */
size_t years_plenary(const struct years *y, size_t i, size_t k);

#endif
