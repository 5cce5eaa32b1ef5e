/* The links between records: the two link files, the links derived from meeting rows (host,
 * chair), and the Partners at a meeting's date. */
#include <stdalign.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "dataset_internal.h"

/* Looking a link row's two references up. It is done on the reading thread of a large link
 * file (see csvread_prepare_fn): the maps and the meetings' ids are complete before the
 * link files are read, and do not change while they are. */
struct link_lookup {
	const struct dataset *ds;
	enum table_id other;    /* the table of the second reference: concerns or members */
	const char *other_col;  /* its column: "concern" or "member" */
	size_t col_meeting, col_other; /* file columns, from the header; SIZE_MAX: missing */
	/* Link files usually list a meeting's links together, and the meetings in the order
	 * of meetings.csv: trying the last meeting found, then the one after it, saves most
	 * hash lookups (a cache miss each on a large record). Only when every meeting has its
	 * own id: a repeated id must resolve to its first row, as the map does. */
	bool predict;
	size_t last_meeting;
};

enum { NO_INDEX = UINT32_MAX };

/* The meeting with this id, trying the last one found and its successor first. */
static size_t find_meeting(struct link_lookup *l, const char *id)
{
	const struct dataset *ds = l->ds;
	size_t last = l->last_meeting;
	if (l->predict && last != DS_NONE) {
		if (strcmp(ds->meetings[last].id, id) == 0)
			return last;
		if (last + 1 < ds->nmeetings && strcmp(ds->meetings[last + 1].id, id) == 0)
			return l->last_meeting = last + 1;
	}
	size_t i = dataset_meeting(ds, id);
	if (i != DS_NONE)
		l->last_meeting = i;
	return i;
}

static size_t header_column(char *const *f, size_t n, const char *name)
{
	for (size_t i = 0; i < n; i++)
		if (strcmp(f[i], name) == 0)
			return i;
	return SIZE_MAX;
}

static uint64_t packed(size_t i)
{
	return i < NO_INDEX ? i : NO_INDEX;
}

/* The row's meeting and other record, packed as two 32-bit indexes (NO_INDEX: not found). */
static uint64_t look_up_link(void *vl, char *const *f, size_t n, bool is_header)
{
	struct link_lookup *l = vl;
	if (is_header) {
		l->col_meeting = header_column(f, n, "meeting");
		l->col_other = header_column(f, n, l->other_col);
		return 0;
	}
	if (l->col_meeting >= n || l->col_other >= n)
		return (uint64_t)NO_INDEX << 32 | NO_INDEX;
	size_t m = find_meeting(l, f[l->col_meeting]);
	const char *o = f[l->col_other];
	size_t i = l->other == TBL_CONCERNS ? dataset_concern(l->ds, o) : dataset_member(l->ds, o);
	return packed(m) << 32 | packed(i);
}

/* What a link row callback needs: the dataset, where problems go, and which tables could
 * be read (references into an unreadable table are not reported twice). */
struct link_ctx {
	struct dataset *ds;
	struct diags *diags;
	const bool *usable;
};

/* A looked-up reference of a link row as an index, reported when it was not found and
 * its table could be read. */
static size_t resolved(struct link_ctx *x, const struct table *t, unsigned long line,
		       const char *col, const char *value, enum table_id target, uint32_t index)
{
	if (index != NO_INDEX)
		return index;
	if (x->usable[target])
		diags_add(x->diags, t->path, t->rank, line, "%s '%s' is not %s in %s.csv", col, value,
			  target == TBL_MEMBERS ? "a member code" : "an id",
			  dataset_schema(target)->name);
	return DS_NONE;
}

static bool link_concern_row(void *vx, const struct table *t, char *const *f, unsigned long line,
			     uint64_t found)
{
	struct link_ctx *x = vx;
	struct dataset *ds = x->ds;
	const char *mid = f[t->col[LC_MEETING]], *cid = f[t->col[LC_CONCERN]];
	size_t m = resolved(x, t, line, "meeting", mid, TBL_MEETINGS, (uint32_t)(found >> 32));
	size_t c = resolved(x, t, line, "concern", cid, TBL_CONCERNS, (uint32_t)found);
	if (m == DS_NONE || c == DS_NONE)
		return true;
	if (idxlist_has(&ds->meetings[m].concerns, c)) {
		diags_add(x->diags, t->path, t->rank, line, "link %s,%s appears twice", mid, cid);
		return true;
	}
	ds->nconcern_links++;
	return idxlist_push_pooled(&ds->meetings[m].concerns, c, &ds->pool);
}

static bool link_member_row(void *vx, const struct table *t, char *const *f, unsigned long line,
			    uint64_t found)
{
	struct link_ctx *x = vx;
	struct dataset *ds = x->ds;
	const char *mid = f[t->col[LM_MEETING]], *code = f[t->col[LM_MEMBER]];
	const char *role = f[t->col[LM_ROLE]];
	size_t m = resolved(x, t, line, "meeting", mid, TBL_MEETINGS, (uint32_t)(found >> 32));
	size_t p = resolved(x, t, line, "member", code, TBL_MEMBERS, (uint32_t)found);
	if (strcmp(role, "new") != 0) {
		diags_add(x->diags, t->path, t->rank, line, "role '%s' is not one of: new", role);
		return true;
	}
	if (m == DS_NONE || p == DS_NONE)
		return true;
	if (idxlist_has(&ds->meetings[m].new_members, p)) {
		diags_add(x->diags, t->path, t->rank, line, "link %s,%s appears twice", mid, code);
		return true;
	}
	ds->nmember_links++;
	return idxlist_push_pooled(&ds->meetings[m].new_members, p, &ds->pool);
}

/* The other side of each link is derived from the meetings once they are complete: the
 * meetings a concern was raised at, and those a member was welcomed at, hosted or chaired.
 * Pushing it link by link cost a cache miss per link into one of thousands of growing
 * lists (a tenth of the load of a large record); counting first and then filling slices
 * of one block walks the meetings twice, in order. Every list is in meetings.csv order.
 * The counts and the fill positions live in small arrays of 32-bit entries, not in the
 * records (10^4 members' records are most of a megabyte, their counts 40 KB): at 10^6
 * meetings counting takes 20 ms and filling 180 ms, its writes scattered over 30 MB. */
enum side { RAISED, WELCOMED, CHAIRED, HOSTED, SIDES };

struct inversion {
	uint32_t *at[SIDES]; /* per record of the side's table: its count, then where it fills */
};

/* Counts (or, when fill is given, writes) meeting m in the lists of the records it links
 * to. */
static void add_meeting(const struct meeting *mt, uint32_t m, struct inversion *inv,
			uint32_t *fill)
{
	const struct idxlist *from[] = {&mt->concerns, &mt->new_members, &mt->chairs};
	for (int s = 0; s < HOSTED; s++) {
		uint32_t *at = inv->at[s];
		for (uint32_t k = 0; k < from[s]->n; k++) {
			uint32_t i = from[s]->v[k];
			if (fill)
				fill[at[i]] = m;
			at[i]++;
		}
	}
	if (mt->host != DS_NONE) {
		if (fill)
			fill[inv->at[HOSTED][mt->host]] = m;
		inv->at[HOSTED][mt->host]++;
	}
}

/* The list of record i on side s. */
static struct idxlist *list_of(struct dataset *ds, enum side s, size_t i)
{
	switch (s) {
	case RAISED:
		return &ds->concerns[i].meetings;
	case WELCOMED:
		return &ds->members[i].joined_at;
	case CHAIRED:
		return &ds->members[i].chaired;
	default:
		return &ds->members[i].hosted;
	}
}

static bool invert(struct dataset *ds)
{
	size_t nrec[SIDES] = {ds->nconcerns, ds->nmembers, ds->nmembers, ds->nmembers};
	uint32_t *counts = calloc(ds->nconcerns + 3 * ds->nmembers + 1, sizeof *counts);
	if (!counts)
		return false;
	struct inversion inv;
	inv.at[RAISED] = counts;
	for (int s = WELCOMED; s < SIDES; s++)
		inv.at[s] = inv.at[s - 1] + nrec[s - 1];
	for (size_t m = 0; m < ds->nmeetings; m++)
		add_meeting(&ds->meetings[m], (uint32_t)m, &inv, NULL);
	/* One block for all sides; the counts become each list's start in it. */
	size_t total = 0;
	for (size_t i = 0; i < ds->nconcerns + 3 * ds->nmembers; i++) {
		uint32_t n = counts[i];
		counts[i] = (uint32_t)total;
		total += n;
	}
	uint32_t *block = NULL;
	if (total == 0 || total > UINT32_MAX ||
	    !(block = arena_alloc_aligned(&ds->pool.arena, total * sizeof *block,
					  alignof(uint32_t)))) {
		free(counts);
		return total == 0;
	}
	for (size_t m = 0; m < ds->nmeetings; m++)
		add_meeting(&ds->meetings[m], (uint32_t)m, &inv, block);
	/* Each list is now the slice from where it started to where its filling stopped. */
	uint32_t start = 0;
	for (enum side s = RAISED; s < SIDES; s++)
		for (size_t i = 0; i < nrec[s]; i++) {
			uint32_t end = inv.at[s][i];
			*list_of(ds, s, i) = (struct idxlist){block + start, end - start, end - start};
			start = end;
		}
	free(counts);
	return true;
}

bool dataset_stream_links(struct dataset *ds, const char *dir, bool usable[TBL_COUNT],
			  struct diags *diags)
{
	struct link_ctx x = {ds, diags, usable};
	bool predict = ds->meeting_ids.n == ds->nmeetings;
	struct link_lookup lc = {ds, TBL_CONCERNS, "concern", SIZE_MAX, SIZE_MAX, predict, DS_NONE};
	struct link_lookup lm = {ds, TBL_MEMBERS, "member", SIZE_MAX, SIZE_MAX, predict, DS_NONE};
	usable[TBL_MEETING_CONCERNS] = table_stream(
		&ds->tables[TBL_MEETING_CONCERNS], dataset_schema(TBL_MEETING_CONCERNS), dir,
		TBL_MEETING_CONCERNS, diags, link_concern_row, &x, look_up_link, &lc);
	usable[TBL_MEETING_MEMBERS] = table_stream(
		&ds->tables[TBL_MEETING_MEMBERS], dataset_schema(TBL_MEETING_MEMBERS), dir,
		TBL_MEETING_MEMBERS, diags, link_member_row, &x, look_up_link, &lm);
	return true;
}

bool dataset_derive_links(struct dataset *ds, const bool usable[TBL_COUNT], struct diags *diags)
{
	if (!invert(ds))
		return false;
	if (usable[TBL_MEETING_CONCERNS] && usable[TBL_MEETINGS])
		for (size_t c = 0; c < ds->nconcerns; c++)
			if (ds->concerns[c].meetings.n == 0)
				dataset_problem(ds, TBL_CONCERNS, c, diags,
						"concern '%s' is raised by no meeting in meeting_concerns.csv",
						ds->concerns[c].id);
	return true;
}

bool dataset_partners_at(const struct dataset *ds, size_t m, struct idxlist *out)
{
	out->n = 0;
	const struct pdate *at = &ds->meetings[m].start;
	for (size_t i = 0; i < ds->nmembers; i++) {
		const struct member *p = &ds->members[i];
		if (p->status != STATUS_PARTNER || pdate_empty(&p->joined) || pdate_empty(at))
			continue;
		if (pdate_cmp(&p->joined, at) <= 0 && !idxlist_push(out, i))
			return false;
	}
	return true;
}
