/* Partial ISO 8601 dates (YYYY, YYYY-MM, YYYY-MM-DD): the sources often give only a year or
 * a month, and the data keeps exactly what they give. */
#ifndef MTCR_PDATE_H
#define MTCR_PDATE_H
#include <stdbool.h>

struct pdate {
	short year;        /* 0: no date (the field was empty) */
	signed char month; /* 0: not given */
	signed char day;   /* 0: not given */
};

/* Parses s into *d. An empty string gives the empty date and succeeds. Returns false for
 * anything else that is not a real calendar date (2004-13-01, 2004-02-30, 04-10-2004). */
bool pdate_parse(const char *s, struct pdate *d);

static inline bool pdate_empty(const struct pdate *d) { return d->year == 0; }

/* Compares at the precision both dates share: 2004 and 2004-10-06 compare equal, 2004-06
 * comes before 2004-10-06. Empty dates compare before every other date. */
int pdate_cmp(const struct pdate *a, const struct pdate *b);

/* Compares at full precision, a missing month or day counting as earlier: the order a
 * sorted column shows (1988 < 1988-09 < 1988-09-01). */
int pdate_order(const struct pdate *a, const struct pdate *b);

#endif
