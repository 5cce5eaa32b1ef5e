/* A loaded CSV file kept as text: its header, its rows of raw field values and the line each
 * row came from. Typed records point into it; export writes from it, so the raw values a
 * user put in the file are what comes out. */
#ifndef MTCR_TABLE_H
#define MTCR_TABLE_H
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "arena.h"
#include "diag.h"

struct csvread_row;

enum { TABLE_MAX_SCHEMA_COLS = 16 };

/* What the program expects of a file: its name and the columns it requires. */
struct table_schema {
	const char *name;  /* "meetings": the file is name + ".csv" */
	const char *const *columns;
	int ncolumns;
	bool may_be_empty; /* a header with no rows is a valid file */
	int noptional;     /* the last noptional columns may be missing (col[] is then -1) */
};

/* Called for each row of a streamed table; fields are indexed by file column and live only
 * until the call returns. Returns false when memory runs out. */
struct table;
typedef bool (*table_row_fn)(void *ctx, const struct table *t, char *const *fields,
			     unsigned long line);

/* Called after row `row` of a loaded table is kept, while the file is still being read.
 * Returns false when memory runs out. */
typedef bool (*table_kept_fn)(void *ctx, const struct table *t, size_t row);

struct table {
	const struct table_schema *schema;
	char *path;          /* as opened, for messages */
	int rank;            /* load order, for ordering messages */
	size_t ncols;
	char **colnames;     /* the file's own header, extra columns included */
	int col[TABLE_MAX_SCHEMA_COLS]; /* file column of each schema column, -1 if missing */
	size_t nrows, cap;
	/* Each kept row takes `stride` bytes: a pointer to its text (where its first field
	 * is), then ncols - 1 32-bit offsets from there to its other fields (60 bytes for a
	 * meetings row, where a pointer per field took 112; 20 for a concern). See
	 * table_field. A row's text, from its first field to the NUL ending its last, holds its
	 * fields in file order and nothing but NULs between them: a search for text without a
	 * NUL over all of it finds only what is in a field. */
	size_t stride;
	unsigned char *rows;
	/* The line of each kept row (a file is at most 1 GiB): while each row is one line after
	 * the one before, first_line + row and no array (4 MB at 10^6 rows); lines[] from the
	 * first row that is not. See table_line. */
	uint32_t *lines;
	uint32_t first_line;
	struct arena arena;
	table_row_fn stream;  /* set by table_stream: rows go to it instead of being kept */
	size_t nstreamed;     /* rows handed to it (nrows stays 0: no cells are kept) */
	void *stream_ctx;
	table_kept_fn kept;   /* set by table_load_watched */
	void *kept_ctx;
	bool bad_header;
};

/* Loads dir/<schema name>.csv. Returns false when the file cannot be used at all (it could
 * not be read, or lacks a required column); problems go to diags either way. */
bool table_load(struct table *t, const struct table_schema *schema, const char *dir, int rank,
		struct diags *diags);
/* Like table_load, and calls fn after each row is kept: work on the rows that need not
 * wait for the whole file is done while a reading thread scans the rest. */
bool table_load_watched(struct table *t, const struct table_schema *schema, const char *dir,
			int rank, struct diags *diags, table_kept_fn fn, void *ctx);
/* Like table_load, but hands each row to fn and keeps none: for the link files, whose rows
 * are only needed to build the links. */
bool table_stream(struct table *t, const struct table_schema *schema, const char *dir, int rank,
		  struct diags *diags, table_row_fn fn, void *ctx);
/* Adds a row of t->ncols fields, as a reader hands it over: its text stays where it is (it
 * must live as long as the table), its fields' places are recorded. Returns false when
 * memory runs out. table_load calls it for every well-formed row. */
bool table_keep(struct table *t, const struct csvread_row *row);
void table_free(struct table *t);
/* Starts an empty table with these column names, to be filled with table_keep: rows made in
 * memory rather than read (an export of derived rows). Returns false when memory runs out. */
bool table_init_columns(struct table *t, const struct table_schema *schema,
			const char *const *names, size_t n);

/* Field file_col of a kept row (the file's own column order, extra columns included). */
static inline const char *table_field(const struct table *t, size_t row, size_t file_col)
{
	const unsigned char *r = t->rows + row * t->stride;
	const char *text;
	uint32_t off = 0;
	memcpy(&text, r, sizeof text);
	if (file_col > 0)
		memcpy(&off, r + sizeof text + (file_col - 1) * sizeof off, sizeof off);
	return text + off;
}

/* The line of the file a kept row began on. */
static inline unsigned long table_line(const struct table *t, size_t row)
{
	return t->lines ? t->lines[row] : t->first_line + (unsigned long)row;
}

static inline const char *table_cell(const struct table *t, size_t row, int schema_col)
{
	return table_field(t, row, (size_t)t->col[schema_col]);
}

/* The file column index of a header name, or -1. */
int table_find_column(const struct table *t, const char *name);

#endif
