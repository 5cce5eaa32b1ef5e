/* What a link means, seen from each side: one row per relation (a meeting's concerns, a
 * member's hosted meetings...). The panes mark the records a relation gives (view_link.c)
 * and the record view lists them under its title (record.c); a new relation is one row
 * here, and both follow. */
#ifndef MTCR_LINKS_H
#define MTCR_LINKS_H
#include <stdbool.h>
#include <stddef.h>

#include "dataset.h"

enum link_rel_id {
	REL_RAISED, REL_NEW_MEMBERS, REL_HOST, REL_CHAIRS, REL_PARTNERS, /* from a meeting */
	REL_WELCOMED_AT, REL_HOSTED, REL_CHAIRED, REL_PLENARIES, REL_HOSTED_CONCERNS, /* member */
	REL_HISTORY, REL_HOSTS,                                             /* from a concern */
	REL_COUNT
};

/* Fields in this order (pointers first) so that the row has no padding to speak of. */
struct link_rel {
	const char *title; /* the record view's section; NULL: only the panes show it */
	/* The records related to rec: a list of the dataset's, or tmp filled (reset first).
	 * NULL when memory runs out. */
	const struct idxlist *(*get)(const struct dataset *ds, size_t rec, struct idxlist *tmp);
	enum table_id from, to;
	int record_new;    /* the record view marks NEW its records also in this relation, or -1 */
	bool pane_new;     /* the panes mark its records NEW rather than related */
	bool history;      /* the record view lists it by date, each with the link's note */
};

/* In the record view's order. */
extern const struct link_rel link_rels[REL_COUNT];

#endif
