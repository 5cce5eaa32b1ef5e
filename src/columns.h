/* What each column of the three browsed tables is, one row per column (as htop's
 * Process_fields[]): the list pane's header, whether it gives way when a pane is narrow,
 * how it sorts, how its value is shown and how the loader validates it. The views, the
 * list panes, the record view and the checks read this table rather than testing which
 * table and column they hold. */
#ifndef MTCR_COLUMNS_H
#define MTCR_COLUMNS_H
#include <stdbool.h>
#include <stddef.h>

#include "dataset.h"

enum column_sort {
	SORT_TEXT,   /* the locale's collation */
	SORT_NUMBER, /* whole numbers */
	SORT_DATE,   /* partial dates: 1988 before 1988-09 */
};

/* What a shown value adds to the raw field. */
enum column_show {
	SHOW_VALUE,       /* the field as it is */
	SHOW_KIND,        /* empty: the record's kind ("RPOC"), and search finds it */
	SHOW_MEMBER_NAME, /* a member code: the record view adds the name, search finds it */
	SHOW_WELCOMED,    /* a joining date: the record view adds the Plenary that welcomed it */
};

/* How the loader validates a value (dataset_check.c); every message names the column by
 * its name in the file. An empty value passes unless the kind says otherwise or the
 * column is required. */
enum column_check {
	CHECK_TEXT,        /* free text */
	CHECK_ID,          /* the record's id: not empty, not repeated */
	CHECK_CODE_ID,     /* an id that is an ISO 3166-1 alpha-3 code (three capitals) */
	CHECK_CHOICE,      /* one of choices[] */
	CHECK_COUNT,       /* a whole number (nine digits at most) */
	CHECK_ORDINAL,     /* a whole number above 0 */
	CHECK_DATE,        /* YYYY, YYYY-MM or YYYY-MM-DD, a real calendar date */
	CHECK_MEMBER,      /* a member code in members.csv */
	CHECK_MEMBERS,     /* member codes separated by ';' (joint chairs) */
	CHECK_SOURCES,     /* holds an http(s) address; so never empty */
};

struct column_info {
	const char *header;     /* in a list pane; NULL: the file's name for the column */
	const char *empty_hint; /* after "NAME is empty" when required: " (give at least ...)" */
	const char *const *choices; /* CHECK_CHOICE: the values, NULL-terminated */
	enum column_sort sort;
	enum column_show show;
	enum column_check check;
	bool flexible;          /* gives way first when a pane is narrow (names, cities) */
	bool drop;              /* hidden whole in a pane too narrow for every column at its
				 * width, before a name is cut (an end date, a status) */
	bool required;          /* empty is a problem: "NAME is empty" */
};

struct table_info {
	const char *kind;       /* one record: "Meeting" */
	const char *pane;       /* the list: "Meetings" */
	const struct column_info *cols; /* by schema column */
	const int *shown;       /* the list pane's columns, in order */
	size_t nshown;
	int kind_col;           /* the SHOW_KIND column, or -1 */
	int name_col;           /* the SHOW_MEMBER_NAME column, or -1 */
	int sources_col;        /* the addresses of its sources, or -1 */
	const char *key;        /* what its first column holds, for messages: "an id" */
};

/* By table; a link table is not browsed and reads as the concerns (as view_columns gave
 * before there was a table). Inline: the filter scan asks for every row. */
extern const struct table_info table_infos[TBL_MEETING_CONCERNS];

static inline const struct table_info *table_info(enum table_id t)
{
	return &table_infos[t < TBL_MEETING_CONCERNS ? t : TBL_CONCERNS];
}

static inline const struct column_info *column_info(enum table_id t, int col)
{
	return &table_info(t)->cols[col];
}

/* The values of a CHECK_CHOICE column: a meeting's kinds, a member's statuses. */
extern const char *const meeting_kinds[];
extern const char *const member_statuses[];

#endif
