/* The relation table: see links.h. */
#include "links.h"

static const struct idxlist *raised(const struct dataset *ds, size_t m, struct idxlist *tmp)
{
	(void)tmp;
	return &ds->meetings[m].concerns;
}

static const struct idxlist *new_members(const struct dataset *ds, size_t m, struct idxlist *tmp)
{
	(void)tmp;
	return &ds->meetings[m].new_members;
}

static const struct idxlist *host(const struct dataset *ds, size_t m, struct idxlist *tmp)
{
	tmp->n = 0;
	size_t h = ds->meetings[m].host;
	return h == DS_NONE || idxlist_push(tmp, h) ? tmp : NULL;
}

static const struct idxlist *chairs(const struct dataset *ds, size_t m, struct idxlist *tmp)
{
	(void)tmp;
	return &ds->meetings[m].chairs;
}

static const struct idxlist *partners(const struct dataset *ds, size_t m, struct idxlist *tmp)
{
	return dataset_partners_at(ds, m, tmp) ? tmp : NULL;
}

static const struct idxlist *welcomed_at(const struct dataset *ds, size_t p, struct idxlist *tmp)
{
	(void)tmp;
	return &ds->members[p].joined_at;
}

static const struct idxlist *hosted(const struct dataset *ds, size_t p, struct idxlist *tmp)
{
	(void)tmp;
	return &ds->members[p].hosted;
}

static const struct idxlist *chaired(const struct dataset *ds, size_t p, struct idxlist *tmp)
{
	(void)tmp;
	return &ds->members[p].chaired;
}

static const struct idxlist *plenaries(const struct dataset *ds, size_t p, struct idxlist *tmp)
{
	return dataset_member_plenaries(ds, p, tmp) ? tmp : NULL;
}

/* The concerns raised at the meetings a member hosted (a concern may come more than once). */
static const struct idxlist *hosted_concerns(const struct dataset *ds, size_t p,
					     struct idxlist *tmp)
{
	tmp->n = 0;
	const struct idxlist *h = &ds->members[p].hosted;
	for (size_t i = 0; i < h->n; i++) {
		const struct idxlist *c = &ds->meetings[h->v[i]].concerns;
		for (size_t k = 0; k < c->n; k++)
			if (!idxlist_push(tmp, c->v[k]))
				return NULL;
	}
	return tmp;
}

static const struct idxlist *raised_at(const struct dataset *ds, size_t c, struct idxlist *tmp)
{
	(void)tmp;
	return &ds->concerns[c].meetings;
}

/* The hosts of the meetings that raised a concern (a host may come more than once). */
static const struct idxlist *hosts(const struct dataset *ds, size_t c, struct idxlist *tmp)
{
	tmp->n = 0;
	const struct idxlist *l = &ds->concerns[c].meetings;
	for (size_t i = 0; i < l->n; i++) {
		size_t h = ds->meetings[l->v[i]].host;
		if (h != DS_NONE && !idxlist_push(tmp, h))
			return NULL;
	}
	return tmp;
}

const struct link_rel link_rels[REL_COUNT] = {
	[REL_RAISED] = {TBL_MEETINGS, TBL_CONCERNS, "Concerns raised", false, -1, false, raised},
	[REL_NEW_MEMBERS] = {TBL_MEETINGS, TBL_MEMBERS, "New members", true, REL_NEW_MEMBERS,
			     false, new_members},
	[REL_HOST] = {TBL_MEETINGS, TBL_MEMBERS, "Host", false, -1, false, host},
	[REL_CHAIRS] = {TBL_MEETINGS, TBL_MEMBERS, "Chair", false, -1, false, chairs},
	[REL_PARTNERS] = {TBL_MEETINGS, TBL_MEMBERS, "Partners at the time", false,
			  REL_NEW_MEMBERS, false, partners},
	[REL_WELCOMED_AT] = {TBL_MEMBERS, TBL_MEETINGS, "Welcomed at", true, -1, false,
			     welcomed_at},
	[REL_HOSTED] = {TBL_MEMBERS, TBL_MEETINGS, "Hosted", false, -1, false, hosted},
	[REL_CHAIRED] = {TBL_MEMBERS, TBL_MEETINGS, "Chaired", false, -1, false, chaired},
	[REL_PLENARIES] = {TBL_MEMBERS, TBL_MEETINGS, "Plenaries taken part in", false,
			   REL_WELCOMED_AT, false, plenaries},
	[REL_HOSTED_CONCERNS] = {TBL_MEMBERS, TBL_CONCERNS, NULL, false, -1, false,
				 hosted_concerns},
	[REL_HISTORY] = {TBL_CONCERNS, TBL_MEETINGS, "History: raised at", false, -1, true,
			 raised_at},
	[REL_HOSTS] = {TBL_CONCERNS, TBL_MEMBERS, NULL, false, -1, false, hosts},
};
