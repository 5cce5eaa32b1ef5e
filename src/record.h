/* One record laid out as lines of a given width: every field of the file (wrapped, sources
 * one per line), then the records linked to it, each a line that Enter can jump to. The
 * detail area and the record view draw these lines; building them is pure. */
#ifndef MTCR_RECORD_H
#define MTCR_RECORD_H
#include <stdbool.h>
#include <stddef.h>

#include "arena.h"
#include "dataset.h"
#include "matcher.h"
#include "view.h"

enum rline_kind { RL_FIELD, RL_HEADING, RL_ITEM, RL_BLANK };

struct rline {
	enum rline_kind kind;
	const char *label;  /* RL_FIELD: the column name on a field's first line, else NULL */
	const char *text;   /* what the line shows: len bytes, not NUL-terminated */
	size_t len;
	enum table_id table; /* RL_ITEM: the linked record */
	size_t rec;
	enum view_mark mark; /* RL_ITEM: MARK_NEW for a member new at that meeting */
	const char *value;  /* RL_FIELD: the whole value the line is part of (what y copies) */
	size_t vlen;
	bool source;        /* RL_FIELD: one address of the sources, never wrapped */
};

struct record {
	enum table_id table;
	size_t rec;          /* DS_NONE: no record (an empty pane) */
	int width;           /* columns the lines were wrapped to */
	int label_width;     /* columns before a field's value */
	struct rline *lines;
	size_t n, cap;
	bool failed;         /* memory ran out while building */
	struct arena arena;  /* text made up for the lines (annotations, item names) */
};

/* The table of a record that is a list of search results over all three panes. */
#define RECORD_RESULTS TBL_COUNT

/* Lays out the rows of every pane that match pattern (as / reads it, per table): a heading
 * per pane, then an item per row, naming the column and the text around the match; at most
 * max items per pane. r->table becomes RECORD_RESULTS. Returns false when memory runs out. */
bool record_build_results(struct record *r, const struct dataset *ds, const char *pattern,
			  int width, size_t max);

/* Lays out record rec of table t at width columns. r must be zeroed or built before; it
 * is rebuilt. Returns false when memory runs out. */
bool record_build(struct record *r, const struct dataset *ds, enum table_id t, size_t rec,
		  int width);
void record_free(struct record *r);

/* The line of the first item that links to (t, rec), or DS_NONE. */
size_t record_find(const struct record *r, enum table_id t, size_t rec);

/* The first field line on which m matches, or DS_NONE: the detail area scrolls to it. */
size_t record_first_match(const struct record *r, const struct matcher *m);
/* The first line at or after from on which m matches: a field's line, or with items also a
 * linked item or a heading (what / and n find in the record view); DS_NONE if none. */
size_t record_next_match(const struct record *r, const struct matcher *m, size_t from, bool items);

/* A short name for a record, as items and titles show it: "Plenary 19, Seoul, 2004-10-06",
 * "BGR Bulgaria", "Intangible technology transfer (controls)". */
void record_describe(const struct dataset *ds, enum table_id t, size_t rec, char *buf,
		     size_t n);

/* Record rec of table t as one line to cite: its name, its dates and its sources
 * ("MTCR Plenary 19, Seoul, 2004-10-06 to 2004-10-08. Sources: https://..."). Returns a
 * malloc'd string, or NULL when memory runs out. */
char *record_citation(const struct dataset *ds, enum table_id t, size_t rec);

/* The first address in record rec's sources, copied to buf (empty when it has none). */
void record_first_source(const struct dataset *ds, enum table_id t, size_t rec, char *buf,
			 size_t n);

/* "Meeting", "Member", "Concern". */
const char *record_kind_name(enum table_id t);

#endif
