/* The links between records: the two link files, the links derived from meeting rows (host,
 * chair), and the Partners at a meeting's date. */
#include <stdlib.h>
#include <string.h>

#include "dataset_internal.h"

bool idxlist_push(struct idxlist *l, size_t v)
{
	if (l->n == l->cap) {
		size_t cap = l->cap ? l->cap * 2 : 4;
		size_t *nv = realloc(l->v, cap * sizeof *nv);
		if (!nv)
			return false;
		l->v = nv;
		l->cap = cap;
	}
	l->v[l->n++] = v;
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

/* Resolves a reference in a link file; reports it when the target table could be read. */
static size_t resolve(const struct dataset *ds, enum table_id t, size_t row, const char *col,
		      const char *value, enum table_id target, bool check, struct diags *diags)
{
	size_t i = target == TBL_MEETINGS ? dataset_meeting(ds, value)
		   : target == TBL_MEMBERS ? dataset_member(ds, value)
					   : dataset_concern(ds, value);
	if (i == DS_NONE && check)
		dataset_problem(ds, t, row, diags, "%s '%s' is not %s in %s.csv", col, value,
				target == TBL_MEMBERS ? "a member code" : "an id",
				dataset_schema(target)->name);
	return i;
}

static bool link_concerns(struct dataset *ds, const bool usable[TBL_COUNT], struct diags *diags)
{
	const struct table *t = &ds->tables[TBL_MEETING_CONCERNS];
	for (size_t r = 0; r < t->nrows; r++) {
		const char *mid = table_cell(t, r, LC_MEETING), *cid = table_cell(t, r, LC_CONCERN);
		size_t m = resolve(ds, TBL_MEETING_CONCERNS, r, "meeting", mid, TBL_MEETINGS,
				   usable[TBL_MEETINGS], diags);
		size_t c = resolve(ds, TBL_MEETING_CONCERNS, r, "concern", cid, TBL_CONCERNS,
				   usable[TBL_CONCERNS], diags);
		if (m == DS_NONE || c == DS_NONE)
			continue;
		if (idxlist_has(&ds->meetings[m].concerns, c)) {
			dataset_problem(ds, TBL_MEETING_CONCERNS, r, diags, "link %s,%s appears twice", mid, cid);
			continue;
		}
		if (!idxlist_push(&ds->meetings[m].concerns, c) ||
		    !idxlist_push(&ds->concerns[c].meetings, m))
			return false;
		ds->nconcern_links++;
	}
	return true;
}

static bool link_members(struct dataset *ds, const bool usable[TBL_COUNT], struct diags *diags)
{
	const struct table *t = &ds->tables[TBL_MEETING_MEMBERS];
	for (size_t r = 0; r < t->nrows; r++) {
		const char *mid = table_cell(t, r, LM_MEETING), *code = table_cell(t, r, LM_MEMBER);
		const char *role = table_cell(t, r, LM_ROLE);
		size_t m = resolve(ds, TBL_MEETING_MEMBERS, r, "meeting", mid, TBL_MEETINGS,
				   usable[TBL_MEETINGS], diags);
		size_t p = resolve(ds, TBL_MEETING_MEMBERS, r, "member", code, TBL_MEMBERS,
				   usable[TBL_MEMBERS], diags);
		if (strcmp(role, "new") != 0) {
			dataset_problem(ds, TBL_MEETING_MEMBERS, r, diags, "role '%s' is not one of: new", role);
			continue;
		}
		if (m == DS_NONE || p == DS_NONE)
			continue;
		if (idxlist_has(&ds->meetings[m].new_members, p)) {
			dataset_problem(ds, TBL_MEETING_MEMBERS, r, diags, "link %s,%s appears twice", mid, code);
			continue;
		}
		if (!idxlist_push(&ds->meetings[m].new_members, p) ||
		    !idxlist_push(&ds->members[p].joined_at, m))
			return false;
		ds->nmember_links++;
	}
	return true;
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

bool dataset_build_links(struct dataset *ds, const bool usable[TBL_COUNT], struct diags *diags)
{
	if (usable[TBL_MEETING_CONCERNS] && !link_concerns(ds, usable, diags))
		return false;
	if (usable[TBL_MEETING_MEMBERS] && !link_members(ds, usable, diags))
		return false;
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
