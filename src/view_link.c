/* Linking a view to a record of another table: which of the view's records relate to it.
 *   meeting -> members: the Partners at its date, its host and chairs; new ones marked NEW
 *   meeting -> concerns: the concerns it raised
 *   member  -> meetings: the Plenaries it took part in, and those it hosted or chaired;
 *                       the one that welcomed it NEW
 *   member  -> concerns: the concerns raised at meetings it hosted
 *   concern -> meetings: the meetings that raised it
 *   concern -> members: the hosts of those meetings */
#include <stdlib.h>

#include "view_internal.h"

static bool mark(struct view *v, size_t rec, enum view_mark m)
{
	if (v->mark[rec] >= m)
		return true;
	if (v->mark[rec] == MARK_NONE) {
		if (v->nmarked == v->marked_cap) {
			size_t cap = v->marked_cap ? v->marked_cap * 2 : 64;
			size_t *nm = realloc(v->marked, cap * sizeof *nm);
			if (!nm)
				return false;
			v->marked = nm;
			v->marked_cap = cap;
		}
		v->marked[v->nmarked++] = rec;
	}
	v->mark[rec] = (unsigned char)m;
	return true;
}

static bool mark_all(struct view *v, const struct idxlist *l, enum view_mark m)
{
	for (size_t i = 0; i < l->n; i++)
		if (!mark(v, l->v[i], m))
			return false;
	return true;
}

static bool from_meeting(struct view *v, size_t m)
{
	const struct dataset *ds = v->ds;
	const struct meeting *mt = &ds->meetings[m];
	if (v->table == TBL_CONCERNS)
		return mark_all(v, &mt->concerns, MARK_RELATED);
	if (v->table != TBL_MEMBERS)
		return true;
	struct idxlist partners = {0};
	bool ok = dataset_partners_at(ds, m, &partners) && mark_all(v, &partners, MARK_RELATED) &&
		  mark_all(v, &mt->chairs, MARK_RELATED) &&
		  (mt->host == DS_NONE || mark(v, mt->host, MARK_RELATED)) &&
		  mark_all(v, &mt->new_members, MARK_NEW);
	idxlist_free(&partners);
	return ok;
}

static bool from_member(struct view *v, size_t p)
{
	const struct member *mb = &v->ds->members[p];
	if (v->table == TBL_MEETINGS) {
		struct idxlist attended = {0};
		bool ok = dataset_member_plenaries(v->ds, p, &attended) &&
			  mark_all(v, &attended, MARK_RELATED) &&
			  mark_all(v, &mb->hosted, MARK_RELATED) &&
			  mark_all(v, &mb->chaired, MARK_RELATED) && mark_all(v, &mb->joined_at, MARK_NEW);
		idxlist_free(&attended);
		return ok;
	}
	if (v->table != TBL_CONCERNS)
		return true;
	for (size_t i = 0; i < mb->hosted.n; i++)
		if (!mark_all(v, &v->ds->meetings[mb->hosted.v[i]].concerns, MARK_RELATED))
			return false;
	return true;
}

static bool from_concern(struct view *v, size_t c)
{
	const struct concern *cn = &v->ds->concerns[c];
	if (v->table == TBL_MEETINGS)
		return mark_all(v, &cn->meetings, MARK_RELATED);
	if (v->table != TBL_MEMBERS)
		return true;
	for (size_t i = 0; i < cn->meetings.n; i++) {
		size_t host = v->ds->meetings[cn->meetings.v[i]].host;
		if (host != DS_NONE && !mark(v, host, MARK_RELATED))
			return false;
	}
	return true;
}

static bool link_from(struct view *v, enum table_id src, size_t rec);

bool view_set_link(struct view *v, enum table_id src, size_t rec)
{
	if (src == v->table)
		rec = DS_NONE; /* a pane is never linked to itself */
	v->rebuild = true;
	for (size_t i = 0; i < v->nmarked; i++)
		v->mark[v->marked[i]] = MARK_NONE;
	v->nmarked = 0;
	v->link_table = src;
	v->link_rec = rec;
	v->link_n = rec != DS_NONE;
	if (rec == DS_NONE || src == v->table)
		return true;
	return link_from(v, src, rec);
}

bool view_set_link_set(struct view *v, enum table_id src, const size_t *recs, size_t n)
{
	if (!view_set_link(v, src, n ? recs[0] : DS_NONE))
		return false;
	if (src == v->table)
		return true;
	for (size_t i = 1; i < n; i++)
		if (!link_from(v, src, recs[i]))
			return false;
	v->link_n = n;
	return true;
}

static bool link_from(struct view *v, enum table_id src, size_t rec)
{
	switch (src) {
	case TBL_MEETINGS: return from_meeting(v, rec);
	case TBL_MEMBERS: return from_member(v, rec);
	case TBL_CONCERNS: return from_concern(v, rec);
	default: return true;
	}
}

void view_set_link_only(struct view *v, bool only)
{
	v->rebuild = true;
	v->link_only = only;
}
