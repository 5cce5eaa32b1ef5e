/* Linking a view to a record of another table: which of the view's records relate to it.
 * What relates to what is links.c's table: each relation from the record's table to the
 * view's marks its records, NEW where the relation says so (the members a meeting
 * welcomed, the meeting that welcomed a member). */
#include <stdlib.h>

#include "links.h"
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
	struct idxlist tmp = {0};
	bool ok = true;
	for (int i = 0; ok && i < REL_COUNT; i++) {
		const struct link_rel *rel = &link_rels[i];
		if (rel->from != src || rel->to != v->table)
			continue;
		const struct idxlist *l = rel->get(rel, v->ds, rec, &tmp);
		ok = l && mark_all(v, l, rel->pane_new ? MARK_NEW : MARK_RELATED);
	}
	idxlist_free(&tmp);
	return ok;
}

void view_set_link_only(struct view *v, bool only)
{
	v->rebuild = true;
	v->link_only = only;
}
