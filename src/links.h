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

/* The rows of a link file, read by the loader (dataset_links.c): each names a record of
 * the relation's from table and one of its to table, and adds the second to the first's
 * list. */
struct link_file {
	enum table_id table;   /* TBL_MEETING_CONCERNS */
	int from_col, to_col;  /* the schema columns naming the two ends */
	int role_col;          /* a column that must hold role, or -1 */
	const char *role;
	int note_col, sources_col; /* what the link says, kept (dataset_link_note), or -1 */
	size_t count_at;       /* offsetof the dataset's count of these links */
};

/* Fields in this order (pointers first) so that the row has no padding to speak of. */
struct link_rel {
	const char *title; /* the record view's section; NULL: only the panes show it */
	/* The records related to rec: a list of the dataset's, or tmp filled (reset first).
	 * NULL when memory runs out. link_kept for a relation kept in a list. */
	const struct idxlist *(*get)(const struct link_rel *r, const struct dataset *ds,
				     size_t rec, struct idxlist *tmp);
	const struct link_file *file; /* the file whose rows give it, or NULL */
	/* Kept as a list in each meeting (from is TBL_MEETINGS): offsetof that idxlist in
	 * struct meeting, or 0 (derived, or worked out by get). */
	size_t list;
	enum table_id from, to;
	/* The same links seen from the other side, or -1. When this one is from a meeting
	 * and that one is derived, the loader derives it from this one (dataset_links.c). */
	int inverse;
	int derived;       /* the dataset_derived list (enum derived_list) that gives it, or -1 */
	int record_new;    /* the record view marks NEW its records also in this relation, or -1 */
	bool pane_new;     /* the panes mark its records NEW rather than related */
	bool history;      /* the record view lists it by date, each with the link's note */
};
/* In the record view's order. */
extern const struct link_rel link_rels[REL_COUNT];

/* The list r keeps in meeting rec (r->list is not 0). */
struct idxlist *link_list(const struct dataset *ds, const struct link_rel *r, size_t rec);
/* The get of a relation kept in a list. */
const struct idxlist *link_kept(const struct link_rel *r, const struct dataset *ds, size_t rec,
				struct idxlist *tmp);
/* The record of table t (meetings, members or concerns) whose id or code is key, or
 * DS_NONE. */
size_t link_find(const struct dataset *ds, enum table_id t, const char *key);

#endif
