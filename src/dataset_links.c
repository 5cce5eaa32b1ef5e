/* The links between records: the two link files, the links derived from meeting rows (host,
 * chair), and the Partners at a meeting's date. */
#include <stdlib.h>
#include <string.h>

#include "dataset_internal.h"

bool idxlist_push(struct idxlist *l, size_t v)
{
	if (v > UINT32_MAX || l->n == UINT32_MAX)
		return false;
	if (l->n == l->cap) {
		/* Six to start: a meeting raises five concerns or so, and six entries fill a
		 * 32-byte malloc chunk as exactly as four do. */
		uint32_t cap = l->cap ? (l->cap > UINT32_MAX / 2 ? UINT32_MAX : l->cap * 2) : 6;
		uint32_t *nv = realloc(l->v, (size_t)cap * sizeof *nv);
		if (!nv)
			return false;
		l->v = nv;
		l->cap = cap;
	}
	l->v[l->n++] = (uint32_t)v;
	return true;
}

bool idxlist_has(const struct idxlist *l, size_t v)
{
	for (size_t i = 0; i < l->n; i++)
		if (l->v[i] == v)
			return true;
	return false;
}

void idxlist_free(struct idxlist *l)
{
	free(l->v);
	*l = (struct idxlist){0};
}

/* What a link row callback needs: the dataset, where problems go, and which tables could
 * be read (references into an unreadable table are not reported twice). */
struct link_ctx {
	struct dataset *ds;
	struct diags *diags;
	const bool *usable;
	/* Link files usually list a meeting's links together, and the meetings in the order
	 * of meetings.csv: trying the last meeting looked up, then the one after it, saves
	 * most hash lookups (a cache miss each on a large record). Only when every meeting
	 * has its own id: a repeated id must resolve to its first row, as the map does. */
	bool predict;
	size_t last_meeting;
};

/* The meeting with this id, trying the last one found and its successor first. */
static size_t find_meeting(struct link_ctx *x, const char *id)
{
	const struct dataset *ds = x->ds;
	size_t last = x->last_meeting;
	if (x->predict && last != DS_NONE) {
		if (strcmp(ds->meetings[last].id, id) == 0)
			return last;
		if (last + 1 < ds->nmeetings && strcmp(ds->meetings[last + 1].id, id) == 0)
			return x->last_meeting = last + 1;
	}
	size_t i = dataset_meeting(ds, id);
	if (i != DS_NONE)
		x->last_meeting = i;
	return i;
}

/* Resolves a reference in a link file; reports it when the target table could be read. */
static size_t resolve(struct link_ctx *x, const struct table *t, unsigned long line,
		      const char *col, const char *value, enum table_id target)
{
	const struct dataset *ds = x->ds;
	size_t i = target == TBL_MEETINGS  ? find_meeting(x, value)
		   : target == TBL_MEMBERS ? dataset_member(ds, value)
					   : dataset_concern(ds, value);
	if (i == DS_NONE && x->usable[target])
		diags_add(x->diags, t->path, t->rank, line, "%s '%s' is not %s in %s.csv", col, value,
			  target == TBL_MEMBERS ? "a member code" : "an id",
			  dataset_schema(target)->name);
	return i;
}

static bool link_concern_row(void *vx, const struct table *t, char *const *f, unsigned long line)
{
	struct link_ctx *x = vx;
	struct dataset *ds = x->ds;
	const char *mid = f[t->col[LC_MEETING]], *cid = f[t->col[LC_CONCERN]];
	size_t m = resolve(x, t, line, "meeting", mid, TBL_MEETINGS);
	size_t c = resolve(x, t, line, "concern", cid, TBL_CONCERNS);
	if (m == DS_NONE || c == DS_NONE)
		return true;
	if (idxlist_has(&ds->meetings[m].concerns, c)) {
		diags_add(x->diags, t->path, t->rank, line, "link %s,%s appears twice", mid, cid);
		return true;
	}
	ds->nconcern_links++;
	return idxlist_push(&ds->meetings[m].concerns, c) && idxlist_push(&ds->concerns[c].meetings, m);
}

static bool link_member_row(void *vx, const struct table *t, char *const *f, unsigned long line)
{
	struct link_ctx *x = vx;
	struct dataset *ds = x->ds;
	const char *mid = f[t->col[LM_MEETING]], *code = f[t->col[LM_MEMBER]];
	const char *role = f[t->col[LM_ROLE]];
	size_t m = resolve(x, t, line, "meeting", mid, TBL_MEETINGS);
	size_t p = resolve(x, t, line, "member", code, TBL_MEMBERS);
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
	return idxlist_push(&ds->meetings[m].new_members, p) && idxlist_push(&ds->members[p].joined_at, m);
}

/* Hosting and chairing are stated on the meeting row; the member side is derived here. */
static bool link_hosts(struct dataset *ds)
{
	for (size_t i = 0; i < ds->nmeetings; i++) {
		const struct meeting *m = &ds->meetings[i];
		if (m->host != DS_NONE && !idxlist_push(&ds->members[m->host].hosted, i))
			return false;
		for (size_t k = 0; k < m->chairs.n; k++)
			if (!idxlist_push(&ds->members[m->chairs.v[k]].chaired, i))
				return false;
	}
	return true;
}

bool dataset_stream_links(struct dataset *ds, const char *dir, bool usable[TBL_COUNT],
			  struct diags *diags)
{
	struct link_ctx x = {ds, diags, usable, ds->meeting_ids.n == ds->nmeetings, DS_NONE};
	usable[TBL_MEETING_CONCERNS] = table_stream(&ds->tables[TBL_MEETING_CONCERNS],
						    dataset_schema(TBL_MEETING_CONCERNS), dir,
						    TBL_MEETING_CONCERNS, diags, link_concern_row, &x);
	usable[TBL_MEETING_MEMBERS] = table_stream(&ds->tables[TBL_MEETING_MEMBERS],
						   dataset_schema(TBL_MEETING_MEMBERS), dir,
						   TBL_MEETING_MEMBERS, diags, link_member_row, &x);
	return true;
}

bool dataset_derive_links(struct dataset *ds, const bool usable[TBL_COUNT], struct diags *diags)
{
	if (!link_hosts(ds))
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
