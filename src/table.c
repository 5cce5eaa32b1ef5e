/* Loading one CSV file into a table of raw text and checking its header. */
#include "table.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "csvread.h"
#include "prefault.h"
#include "strmap.h"
#include "text.h"

static bool check_header(struct table *t, struct diags *diags);

/* Column names get their own allocations: a streamed table resets its arena every row. */
static bool take_header(struct table *t, const struct csvread_row *row)
{
	t->colnames = csvread_copy_header(row->fields, row->nfields);
	t->ncols = t->colnames ? row->nfields : 0;
	return t->colnames != NULL;
}

static bool grow(struct table *t)
{
	size_t cap = t->cap ? t->cap * 2 : 64;
	if (!t->stride) /* the text pointer, the offsets; unaligned (table_field uses memcpy) */
		t->stride = sizeof(char *) + (t->ncols ? t->ncols - 1 : 0) * sizeof(uint32_t);
	unsigned char *rows = cap < SIZE_MAX / t->stride ? realloc(t->rows, cap * t->stride) : NULL;
	if (!rows)
		return false;
	t->rows = rows;
	if (t->lines) {
		uint32_t *lines = realloc(t->lines, cap * sizeof *lines);
		if (!lines)
			return false;
		t->lines = lines;
		prefault(lines + t->cap, (cap - t->cap) * sizeof *lines);
	}
	/* The new half fills before the next doubling (the last one's rest is given back) */
	prefault(rows + t->cap * t->stride, (cap - t->cap) * t->stride);
	t->cap = cap;
	return true;
}

/* Notes that the next row began on line `line`: nothing while rows follow each other line
 * by line, else in lines[], made when the first row does not. */
static bool note_line(struct table *t, unsigned long line)
{
	uint32_t l = line <= UINT32_MAX ? (uint32_t)line : UINT32_MAX;
	if (t->nrows == 0 && !t->lines)
		t->first_line = l;
	if (!t->lines && l == t->first_line + t->nrows && l != UINT32_MAX)
		return true;
	if (!t->lines) {
		t->lines = malloc(t->cap * sizeof *t->lines);
		if (!t->lines)
			return false;
		for (size_t r = 0; r < t->nrows; r++)
			t->lines[r] = t->first_line + (uint32_t)r;
	}
	t->lines[t->nrows] = l;
	return true;
}

struct load_ctx {
	struct table *t;
	struct diags *diags;
};

/* Writes the record of a kept row. A row's text, from its first field to the end of its
 * last, holds its fields and NULs only (table.h): the fast scanner's rows are so in its
 * read buffer (packed), libcsv's in the arena when the fields follow each other exactly;
 * any other row (one split over two of the arena's chunks, or made of fields from
 * elsewhere) is copied whole. */
static bool keep_row(struct table *t, const struct csvread_row *row)
{
	char *const *f = row->fields;
	uintptr_t text = (uintptr_t)f[0];
	size_t total = 0;
	bool near = true;
	for (size_t k = 0; k < t->ncols; k++) {
		near = near && (uintptr_t)f[k] >= text && (uintptr_t)f[k] - text <= UINT32_MAX &&
		       (row->packed || k == 0 || f[k] == f[k - 1] + row->lens[k - 1] + 1);
		total += row->lens[k] + 1;
	}
	unsigned char *r = t->rows + t->nrows * t->stride;
	if (near) {
		for (size_t k = 1; k < t->ncols; k++) {
			uint32_t off = (uint32_t)((uintptr_t)f[k] - text);
			memcpy(r + sizeof(char *) + (k - 1) * sizeof off, &off, sizeof off);
		}
		memcpy(r, &f[0], sizeof f[0]);
		return true;
	}
	char *copy = total <= UINT32_MAX ? arena_alloc(&t->arena, total) : NULL;
	if (!copy) /* no memory, or a row of 4 GB that no offset could span */
		return false;
	memcpy(r, &copy, sizeof copy);
	for (size_t k = 0, off = 0; k < t->ncols; off += row->lens[k++] + 1) {
		uint32_t off32 = (uint32_t)off;
		memcpy(copy + off, f[k], row->lens[k] + 1);
		if (k > 0)
			memcpy(r + sizeof(char *) + (k - 1) * sizeof off32, &off32, sizeof off32);
	}
	return true;
}

bool table_keep(struct table *t, const struct csvread_row *row)
{
	if (t->nrows == t->cap && !grow(t))
		return false;
	if (!keep_row(t, row) || !note_line(t, row->line))
		return false;
	t->nrows++;
	return true;
}

static bool on_row(void *vctx, const struct csvread_row *row, bool is_header)
{
	struct load_ctx *ctx = vctx;
	struct table *t = ctx->t;
	if (is_header) {
		if (!take_header(t, row))
			return false;
		t->bad_header = !check_header(t, ctx->diags);
		return true;
	}
	if (t->bad_header)
		return true;
	if (t->stream) {
		bool ok = t->stream(t->stream_ctx, t, row->fields, row->line);
		arena_reset(&t->arena);
		t->nstreamed++;
		return ok;
	}
	return table_keep(t, row) && (!t->kept || t->kept(t->kept_ctx, t, t->nrows - 1));
}

int table_find_column(const struct table *t, const char *name)
{
	for (size_t i = 0; i < t->ncols; i++)
		if (strcmp(t->colnames[i], name) == 0)
			return (int)i;
	return -1;
}

/* Reports each repeated column name once, at its second appearance: a hash of the names
 * keeps this linear however wide the header (pairwise, 8000 columns took a minute). */
static bool check_repeats(struct table *t, struct diags *diags)
{
	struct strmap seen;
	bool *reported = calloc(t->ncols ? t->ncols : 1, sizeof *reported);
	strmap_init(&seen, strmap_array_key, t->colnames);
	bool ok = reported && strmap_reserve(&seen, t->ncols);
	for (size_t i = 0; ok && i < t->ncols; i++) {
		bool dup = false;
		size_t first = 0;
		ok = strmap_put(&seen, t->colnames[i], i, &dup);
		if (ok && dup && strmap_get(&seen, t->colnames[i], &first) && !reported[first]) {
			reported[first] = true;
			diags_add(diags, t->path, t->rank, 1, "column '%s' appears more than once in "
				  "the header", text_brief(t->colnames[i]));
		}
	}
	strmap_free(&seen);
	free(reported);
	return ok;
}

/* The first columns of the header, escaped, for a message about a missing one: a column
 * name that looks right may hold an invisible character (a second byte-order mark). */
static void header_names(const struct table *t, char *buf, size_t len)
{
	size_t used = 0;
	buf[0] = '\0';
	for (size_t i = 0; i < t->ncols && i < 8 && used < len; i++) {
		int w = snprintf(buf + used, len - used, "%s%s", i ? ", " : "",
				 text_brief(t->colnames[i]));
		used += w > 0 ? (size_t)w : 0;
	}
	if (t->ncols > 8 && used < len)
		snprintf(buf + used, len - used, ", ...");
}

/* Maps schema columns to file columns; a repeated or missing required column is an error. */
static bool check_header(struct table *t, struct diags *diags)
{
	bool ok = check_repeats(t, diags);
	for (int c = 0; c < t->schema->ncolumns; c++) {
		t->col[c] = table_find_column(t, t->schema->columns[c]);
		bool required = c < t->schema->ncolumns - t->schema->noptional;
		if (required && t->col[c] < 0) {
			char names[512];
			header_names(t, names, sizeof names);
			diags_add(diags, t->path, t->rank, 1, "missing required column '%s' (the "
				  "header has: %s)", t->schema->columns[c], names);
			ok = false;
		}
	}
	return ok;
}

/* Gives back the room the last doubling left unused (up to half the rows of a large
 * table), before the records and links are built beside them. */
static void fit(struct table *t)
{
	if (t->nrows == t->cap || t->nrows == 0)
		return;
	unsigned char *rows = realloc(t->rows, t->nrows * t->stride);
	if (!rows)
		return;
	t->rows = rows;
	t->cap = t->nrows;
	uint32_t *lines = t->lines ? realloc(t->lines, t->nrows * sizeof *lines) : NULL;
	if (lines) /* else none, or larger than needed: no harm */
		t->lines = lines;
}

static bool load(struct table *t, const char *dir, struct diags *diags)
{
	const struct table_schema *schema = t->schema;
	int rank = t->rank;
	size_t len = strlen(dir) + strlen(schema->name) + sizeof "/.csv";
	t->path = malloc(len);
	if (!t->path)
		return false;
	snprintf(t->path, len, "%s/%s.csv", dir, schema->name);
	struct load_ctx ctx = {t, diags};
	struct csvread_opts o = {t->path, rank, &t->arena, diags, on_row, &ctx,
				 .streamed = t->stream != NULL};
	enum csvread_status st = csvread_file(&o);
	fit(t);
	if (st == CSVREAD_FAILED || t->bad_header)
		return false;
	if (st == CSVREAD_OK && t->nrows == 0 && t->nstreamed == 0 && !schema->may_be_empty)
		diags_add(diags, t->path, rank, 1, "%s", "no data rows after the header");
	return true;
}

bool table_load(struct table *t, const struct table_schema *schema, const char *dir, int rank,
		struct diags *diags)
{
	*t = (struct table){.schema = schema, .rank = rank};
	return load(t, dir, diags);
}

bool table_load_watched(struct table *t, const struct table_schema *schema, const char *dir,
			int rank, struct diags *diags, table_kept_fn fn, void *ctx)
{
	*t = (struct table){.schema = schema, .rank = rank, .kept = fn, .kept_ctx = ctx};
	return load(t, dir, diags);
}

bool table_stream(struct table *t, const struct table_schema *schema, const char *dir, int rank,
		  struct diags *diags, table_row_fn fn, void *ctx)
{
	*t = (struct table){.schema = schema, .rank = rank, .stream = fn, .stream_ctx = ctx};
	return load(t, dir, diags);
}

bool table_init_columns(struct table *t, const struct table_schema *schema,
			const char *const *names, size_t n)
{
	*t = (struct table){.schema = schema};
	char **fields = calloc(n ? n : 1, sizeof *fields);
	if (!fields)
		return false;
	for (size_t i = 0; i < n; i++)
		fields[i] = (char *)names[i];
	struct csvread_row header = {0, n, fields, NULL, false};
	bool ok = take_header(t, &header);
	free(fields);
	for (int c = 0; ok && c < schema->ncolumns; c++)
		t->col[c] = table_find_column(t, schema->columns[c]);
	return ok;
}

void table_free(struct table *t)
{
	free(t->path);
	for (size_t i = 0; t->colnames && i < t->ncols; i++)
		free(t->colnames[i]);
	free(t->colnames);
	free(t->rows);
	free(t->lines);
	arena_free(&t->arena);
	*t = (struct table){0};
}
