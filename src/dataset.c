/* Loading the data directory: the schema, the order files are read in, lookups and freeing.
 * Validation of values lives in dataset_check.c, links in dataset_links.c. */
#include "dataset.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "dataset_internal.h"
#include "prefault.h"

static const char *const meeting_cols[MC_COUNT] = {
	"id", "kind", "number", "start", "end", "city", "host", "chair", "chair_country",
	"opened_by", "partners", "summary", "notes", "sources"};
static const char *const member_cols[MB_COUNT] = {
	"code", "name", "status", "joined", "region", "notes", "sources"};
static const char *const concern_cols[CN_COUNT] = {"id", "name", "category", "description"};
static const char *const mc_cols[LC_COUNT] = {"meeting", "concern", "note", "sources"};
static const char *const mm_cols[LM_COUNT] = {"meeting", "member", "role"};

static const struct table_schema schemas[TBL_COUNT] = {
	[TBL_MEETINGS] = {"meetings", meeting_cols, MC_COUNT, false},
	[TBL_MEMBERS] = {"members", member_cols, MB_COUNT, false},
	[TBL_CONCERNS] = {"concerns", concern_cols, CN_COUNT, false},
	[TBL_MEETING_CONCERNS] = {"meeting_concerns", mc_cols, LC_COUNT, true, 2},
	[TBL_MEETING_MEMBERS] = {"meeting_members", mm_cols, LM_COUNT, true},
};

const struct table_schema *dataset_schema(enum table_id t)
{
	return &schemas[t];
}

const char *dataset_table_name(enum table_id t)
{
	return schemas[t].name;
}

size_t dataset_count(const struct dataset *ds, enum table_id t)
{
	size_t n[] = {ds->nmeetings, ds->nmembers, ds->nconcerns};
	return t <= TBL_CONCERNS ? n[t] : ds->nconcerns;
}

const char *dataset_dir(const struct dataset *ds)
{
	return ds->dir;
}

const char *dataset_record_id(const struct dataset *ds, enum table_id t, size_t i)
{
	return table_cell(&ds->tables[t], i, 0);
}

int dataset_file_column(const struct dataset *ds, enum table_id t, int c)
{
	return ds->tables[t].col[c];
}

const char *dataset_file_column_name(const struct dataset *ds, enum table_id t, int col)
{
	const struct table *tb = &ds->tables[t];
	return col < 0 || (size_t)col >= tb->ncols ? NULL : tb->colnames[col];
}

const struct meeting *dataset_meeting_at(const struct dataset *ds, size_t i)
{
	return &ds->meetings[i];
}

struct idxlist dataset_derived(const struct dataset *ds, enum derived_list d, size_t rec)
{
	const uint32_t *ends = ds->derived_ends[d];
	if (!ends || !ds->derived_block) /* not derived, or no links at all: no block */
		return (struct idxlist){0};
	/* ends[-1] is the 0 before all ends, or the end of the list before */
	uint32_t start = (ends - 1)[rec], n = ends[rec] - start;
	return (struct idxlist){ds->derived_block + start, n, n};
}

const char *dataset_data_file(const struct dataset *ds, const char *path)
{
	struct stat target, data;
	if (!ds->dir || stat(path, &target) != 0)
		return NULL;
	for (int t = 0; t < TBL_COUNT; t++) {
		char file[4096];
		snprintf(file, sizeof file, "%s/%s.csv", ds->dir, schemas[t].name);
		if (stat(file, &data) == 0 && data.st_dev == target.st_dev &&
		    data.st_ino == target.st_ino)
			return schemas[t].name;
	}
	return NULL;
}

struct load_ctx {
	struct dataset *ds;
	struct diags *diags;
	bool members_usable;
	size_t cap; /* of ds->meetings */
};

/* Makes the record of meetings row `row` and checks its values. */
static bool make_meeting(struct load_ctx *ctx, size_t row)
{
	bool ok = dataset_check_meeting(ctx->ds, row, ctx->members_usable, ctx->diags);
	ctx->ds->nmeetings = row + 1; /* made, even when its chairs ran out of memory */
	return ok;
}

/* Room in the id map for as many meetings as the file seems to hold, once its first rows
 * tell their length: grown a doubling at a time, the map of 10^6 meetings was rehashed 15
 * times, 0.1 s of moving slots. At most one entry per 64 bytes of file, so a file whose
 * first rows are short costs a map of a quarter of its size at worst; a wrong guess only
 * means more doublings. */
enum { GUESS_AFTER = 4096 };

static bool reserve_ids(struct dataset *ds, const struct table *t)
{
	struct stat st;
	size_t bytes = 0;
	if (stat(t->path, &st) != 0 || !S_ISREG(st.st_mode))
		return true;
	for (size_t r = 0; r < GUESS_AFTER; r++) {
		const char *last = table_field(t, r, t->ncols - 1);
		bytes += (size_t)(last - table_field(t, r, 0)) + strlen(last) + 2;
	}
	size_t guess = (size_t)st.st_size / (bytes / GUESS_AFTER + 1);
	size_t most = (size_t)st.st_size / 64;
	guess += guess / 16;
	return strmap_reserve(&ds->meeting_ids, guess < most ? guess : most);
}

/* Each meetings row as soon as it is read: its id registered, its record made, its values
 * checked. A large file is scanned on a second core meanwhile (csvread_thread.c), and this
 * fits in the time the main thread would spend waiting for it (at 10^6 meetings, 0.3 s of
 * waiting left 0.43 s of checks to share the cores with the link files afterwards).
 * The row's slot in the id map is fetched while the row before it is made and checked:
 * the map is 32 MB at 10^6 meetings, and waiting on each insert cost 0.1-0.2 s of CPU. The row
 * before's problems still follow its id's, found when it arrived; the last row is made
 * after the file is read. */
static bool take_meeting(void *vctx, const struct table *t, size_t row)
{
	struct load_ctx *ctx = vctx;
	struct dataset *ds = ctx->ds;
	if (row == GUESS_AFTER && !reserve_ids(ds, t))
		return false;
	if (row == ctx->cap) {
		size_t cap = ctx->cap ? ctx->cap * 2 : 64;
		struct meeting *grown = cap < SIZE_MAX / sizeof *grown
						? realloc(ds->meetings, cap * sizeof *grown)
						: NULL;
		if (!grown)
			return false;
		ds->meetings = grown;
		prefault(grown + ctx->cap, (cap - ctx->cap) * sizeof *grown); /* as table.c's rows */
		ctx->cap = cap;
	}
	strmap_prefetch(&ds->meeting_ids, meeting_field(ds, row, MC_ID));
	if (row > 0 && !make_meeting(ctx, row - 1))
		return false;
	return dataset_register_meeting(ds, row, ctx->diags);
}

bool dataset_load(struct dataset *ds, const char *dir, struct diags *diags)
{
	*ds = (struct dataset){0};
	dataset_init_ids(ds);
	size_t before = diags->n, lost_before = diags->lost;
	bool usable[TBL_COUNT];
	ds->dir = strdup(dir);
	if (!ds->dir)
		return false;
	/* Members and concerns first: meetings and links refer to them. */
	for (int t = TBL_MEMBERS; t <= TBL_CONCERNS; t++)
		usable[t] = table_load(&ds->tables[t], &schemas[t], dir, t, diags);
	bool ok = (!usable[TBL_MEMBERS] || dataset_build_members(ds, diags)) &&
		  (!usable[TBL_CONCERNS] || dataset_build_concerns(ds, diags));
	struct load_ctx ctx = {ds, diags, usable[TBL_MEMBERS], 0};
	usable[TBL_MEETINGS] = ok && table_load_watched(&ds->tables[TBL_MEETINGS],
							&schemas[TBL_MEETINGS], dir, TBL_MEETINGS,
							diags, take_meeting, &ctx);
	size_t nrows = ds->tables[TBL_MEETINGS].nrows;
	if (ok && nrows > 0 && ds->nmeetings + 1 == nrows)
		ok = make_meeting(&ctx, nrows - 1);
	ok = ok && ds->nmeetings == nrows &&
	     dataset_stream_links(ds, dir, usable, diags) &&
	     dataset_derive_links(ds, usable, diags);
	if (!ok)
		diags_add(diags, dir, TBL_COUNT, 0, "%s", "out of memory while loading the data");
	diags_sort(diags);
	return ok && diags->n == before && diags->lost == lost_before;
}

static void free_meetings(struct dataset *ds)
{
	for (size_t i = 0; i < ds->nmeetings; i++) {
		idxlist_free(&ds->meetings[i].chairs);
		idxlist_free(&ds->meetings[i].concerns);
		idxlist_free(&ds->meetings[i].new_members);
	}
	free(ds->meetings);
}

void dataset_free(struct dataset *ds)
{
	free_meetings(ds);
	free(ds->members);
	free(ds->derived_counts);
	free(ds->notes);
	strmap_free(&ds->meeting_ids);
	strmap_free(&ds->member_codes);
	strmap_free(&ds->concern_ids);
	arena_free(&ds->pool.arena);
	for (int t = 0; t < TBL_COUNT; t++)
		table_free(&ds->tables[t]);
	free(ds->dir);
	*ds = (struct dataset){0};
}

const char *meeting_field(const struct dataset *ds, size_t i, enum meeting_col c)
{
	return table_cell(&ds->tables[TBL_MEETINGS], i, c);
}

const char *member_field(const struct dataset *ds, size_t i, enum member_col c)
{
	return table_cell(&ds->tables[TBL_MEMBERS], i, c);
}

const char *concern_field(const struct dataset *ds, size_t i, enum concern_col c)
{
	return table_cell(&ds->tables[TBL_CONCERNS], i, c);
}

static size_t lookup(const struct strmap *m, const char *key)
{
	size_t v;
	return strmap_get(m, key, &v) ? v : DS_NONE;
}

size_t dataset_meeting(const struct dataset *ds, const char *id)
{
	return lookup(&ds->meeting_ids, id);
}

size_t dataset_member(const struct dataset *ds, const char *code)
{
	return lookup(&ds->member_codes, code);
}

size_t dataset_concern(const struct dataset *ds, const char *id)
{
	return lookup(&ds->concern_ids, id);
}

void dataset_print_summary(const struct dataset *ds, FILE *out)
{
	size_t plenaries = 0, partners = 0;
	for (size_t i = 0; i < ds->nmeetings; i++)
		plenaries += ds->meetings[i].kind == KIND_PLENARY;
	for (size_t i = 0; i < ds->nmembers; i++)
		partners += ds->members[i].status == STATUS_PARTNER;
	fprintf(out,
		"%zu meetings (%zu plenaries, %zu other), %zu members (%zu partners), %zu concerns, "
		"%zu concern links (%zu with a note), %zu member links",
		ds->nmeetings, plenaries, ds->nmeetings - plenaries, ds->nmembers, partners,
		ds->nconcerns, ds->nconcern_links, ds->nnoted, ds->nmember_links);
}
