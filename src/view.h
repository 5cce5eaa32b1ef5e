/* A view: the rows of one table that a pane shows or an export writes (chosen by a filter
 * and a link to a record of another table), their order, and the cursor over them. Pure:
 * the browser and `mtcr --export` build the same view and get the same rows. */
#ifndef MTCR_VIEW_H
#define MTCR_VIEW_H
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "dataset.h"
#include "matcher.h"

enum view_mark { MARK_NONE, MARK_RELATED, MARK_NEW };

struct view {
	const struct dataset *ds;
	size_t nrecords;
	struct matcher filter;    /* valid when has_filter */

	size_t link_rec;          /* DS_NONE: no link; with a set, its first record */
	size_t link_n;            /* how many records the view is linked to (a set: l over a
				   * filtered pane) */
	unsigned char *mark;      /* enum view_mark of each record */
	size_t *marked;           /* records with a mark, to clear them in O(marks) */
	size_t nmarked, marked_cap;

	size_t *rows;             /* record index of each visible row */
	size_t nrows;
	size_t cursor, top;       /* rows: the selected one and the first on screen */

	enum table_id table;      /* TBL_MEETINGS, TBL_MEMBERS or TBL_CONCERNS */
	enum table_id link_table; /* the table of the record this view is linked to */
	int sort_col;             /* index into view_columns(), or -1 for file order */
	bool sort_desc;
	bool has_filter;
	bool link_only;           /* show only related rows (otherwise they are only marked) */
	bool rebuild;             /* view_refresh must scan the whole table; when only the
				   * filter changed, to one matching a subset (one more letter
				   * typed), it rescans just the shown rows */
	bool hits;                /* hit[] holds the filter's first hit in each shown row */
	bool typed;               /* filters are typed a letter at a time (the browser's
				   * panes): the first one notes hit[] and end[] too */
	const char **hit;         /* per record, for a plain filter over all text: where its
				   * first hit is in the row's text, NULL if none (see view.c) */
	const char **end;         /* per record, with hit: where its text ends */
	uint64_t *sig;            /* per record, with hit: its row's signature for sig_key
				   * (rowsig.h), noted by the pass of a filter's first letter */
	int sig_key;              /* the byte sig[] holds signatures for; -1: none yet */
	bool sig_partial;         /* some are ROWSIG_ANY: the pass ran out of time */
	uint64_t sig_need;        /* what the filter needs of a row's signature; 0: nothing */
	size_t hit_shift;         /* SIZE_MAX, or where the old filter lies in the new one
				   * when the rows are rescanned from hit[] */
};

bool view_init(struct view *v, const struct dataset *ds, enum table_id t);
void view_free(struct view *v);
/* Says that v's filters will be typed a letter at a time (at the & prompt): from the first
 * one on, the view keeps what makes the next letter cheap (where each row's first hit is,
 * where its text ends, and its signature for the first letter typed: 24 bytes a record).
 * A one-off filter (an export's) needs none. */
void view_set_typed(struct view *v);

/* The schema columns a pane shows for table t, in order; search, filter and sort use them. */
const int *view_columns(enum table_id t, size_t *n);
/* The header name of schema column c of table t. */
const char *view_column_name(enum table_id t, int c);
/* The text the pane shows for schema column c of record rec: the raw field, except that
 * an RPOC meeting's empty number shows as "RPOC". Search and filter see this text. */
const char *view_cell_text(const struct view *v, size_t rec, int c);
/* Parses "meetings", "members" or "concerns"; returns false for anything else. */
bool view_table_from_name(const char *name, enum table_id *t);

/* Each setter changes the state only; view_refresh rebuilds the rows. */
bool view_set_filter(struct view *v, const char *text); /* NULL or "" clears it */
bool view_set_link(struct view *v, enum table_id src, size_t rec); /* rec DS_NONE clears */
/* Links to every record of recs[0..n): the union of their links. */
bool view_set_link_set(struct view *v, enum table_id src, const size_t *recs, size_t n);
void view_set_link_only(struct view *v, bool only);
void view_set_sort(struct view *v, int col, bool desc);

/* Rebuilds rows from filter, link and sort, keeping the cursor on the same record when it
 * stays visible. Returns false when memory runs out. */
bool view_refresh(struct view *v);

enum view_mark view_mark(const struct view *v, size_t rec);
/* Row showing record rec, or DS_NONE. */
size_t view_find_row(const struct view *v, size_t rec);
/* Record under the cursor, or DS_NONE when the view is empty. */
size_t view_current(const struct view *v);

/* Prepares m for text typed at / or & or given to --filter, in table t: "city:seoul" looks
 * in the column named city only (when the table has one), anything else in all of a
 * row's text. Returns false only when memory runs out. */
bool view_matcher_init(const struct dataset *ds, enum table_id t, struct matcher *m,
		       const char *text);
/* The file column of record rec where m first matches (every field of the row in file
 * order, or the column m is scoped to), or -1 when it does not match. */
int view_match_column(const struct view *v, const struct matcher *m, size_t rec);
/* True when m matches record rec (view_match_column finds a column). */
bool view_record_matches(const struct view *v, const struct matcher *m, size_t rec);
/* How many records of table t match text, filters and links aside: "no match here; 3 in
 * Concerns". */
size_t view_count_matches(const struct dataset *ds, enum table_id t, const char *text);
/* Next row matching m after `from` (dir +1) or before it (dir -1), wrapping around; sets
 * *wrapped when it did. Returns DS_NONE when no row matches. */
size_t view_search(const struct view *v, const struct matcher *m, size_t from, int dir,
		   bool *wrapped);

/* Cursor movement, clamped to the rows; top follows so that the cursor stays within a
 * window of `height` rows. */
void view_set_cursor(struct view *v, size_t row, size_t height);
void view_move(struct view *v, long delta, size_t height);

#endif
