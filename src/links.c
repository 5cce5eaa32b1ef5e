/* The relation table: see links.h. */
#include "links.h"

#include "dataset_struct.h"

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
	[REL_RAISED] = {"Concerns raised", raised, TBL_MEETINGS, TBL_CONCERNS, -1, false, false},
	[REL_NEW_MEMBERS] = {"New members", new_members, TBL_MEETINGS, TBL_MEMBERS,
			     REL_NEW_MEMBERS, true, false},
	[REL_HOST] = {"Host", host, TBL_MEETINGS, TBL_MEMBERS, -1, false, false},
	[REL_CHAIRS] = {"Chair", chairs, TBL_MEETINGS, TBL_MEMBERS, -1, false, false},
	[REL_PARTNERS] = {"Partners at the time", partners, TBL_MEETINGS, TBL_MEMBERS,
			  REL_NEW_MEMBERS, false, false},
	[REL_WELCOMED_AT] = {"Welcomed at", welcomed_at, TBL_MEMBERS, TBL_MEETINGS, -1, true, false},
	[REL_HOSTED] = {"Hosted", hosted, TBL_MEMBERS, TBL_MEETINGS, -1, false, false},
	[REL_CHAIRED] = {"Chaired", chaired, TBL_MEMBERS, TBL_MEETINGS, -1, false, false},
	[REL_PLENARIES] = {"Plenaries taken part in", plenaries, TBL_MEMBERS, TBL_MEETINGS,
			   REL_WELCOMED_AT, false, false},
	[REL_HOSTED_CONCERNS] = {NULL, hosted_concerns, TBL_MEMBERS, TBL_CONCERNS, -1, false,
				 false},
	[REL_HISTORY] = {"History: raised at", raised_at, TBL_CONCERNS, TBL_MEETINGS, -1, false,
			 true},
	[REL_HOSTS] = {NULL, hosts, TBL_CONCERNS, TBL_MEMBERS, -1, false, false},
};
