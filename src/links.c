/* The relation table: see links.h. */
#include "links.h"

#include <stddef.h>

#include "dataset_struct.h"

/* How a record of each browsed table is found by its id or code. */
static size_t (*const find_record[])(const struct dataset *ds, const char *key) = {
	[TBL_MEETINGS] = dataset_meeting,
	[TBL_MEMBERS] = dataset_member,
	[TBL_CONCERNS] = dataset_concern,
};

struct idxlist *link_list(const struct dataset *ds, const struct link_rel *r, size_t rec)
{
	return (struct idxlist *)((char *)&ds->meetings[rec] + r->list);
}

const struct idxlist *link_kept(const struct link_rel *r, const struct dataset *ds, size_t rec,
				struct idxlist *tmp)
{
	(void)tmp;
	return link_list(ds, r, rec);
}

size_t link_find(const struct dataset *ds, enum table_id t, const char *key)
{
	return find_record[t](ds, key);
}

/* The get of a derived relation: a copy of the dataset's list, as tmp may be reset and
 * filled by the next get (a view of the dataset's block there would be overwritten). */
static const struct idxlist *derived(const struct link_rel *r, const struct dataset *ds,
				     size_t rec, struct idxlist *tmp)
{
	struct idxlist l = dataset_derived(ds, (enum derived_list)r->derived, rec);
	return idxlist_copy(tmp, &l) ? tmp : NULL;
}

static const struct idxlist *host(const struct link_rel *r, const struct dataset *ds, size_t m,
				  struct idxlist *tmp)
{
	(void)r;
	tmp->n = 0;
	size_t h = ds->meetings[m].host;
	return h == DS_NONE || idxlist_push(tmp, h) ? tmp : NULL;
}

static const struct idxlist *partners(const struct link_rel *r, const struct dataset *ds,
				      size_t m, struct idxlist *tmp)
{
	(void)r;
	return dataset_partners_at(ds, m, tmp) ? tmp : NULL;
}

static const struct idxlist *plenaries(const struct link_rel *r, const struct dataset *ds,
				       size_t p, struct idxlist *tmp)
{
	(void)r;
	return dataset_member_plenaries(ds, p, tmp) ? tmp : NULL;
}

/* The concerns raised at the meetings a member hosted (a concern may come more than once). */
static const struct idxlist *hosted_concerns(const struct link_rel *r, const struct dataset *ds,
					     size_t p, struct idxlist *tmp)
{
	(void)r;
	tmp->n = 0;
	struct idxlist h = dataset_derived(ds, DL_HOSTED, p);
	for (size_t i = 0; i < h.n; i++) {
		const struct idxlist *c = link_list(ds, &link_rels[REL_RAISED], h.v[i]);
		for (size_t k = 0; k < c->n; k++)
			if (!idxlist_push(tmp, c->v[k]))
				return NULL;
	}
	return tmp;
}

/* The hosts of the meetings that raised a concern (a host may come more than once). */
static const struct idxlist *hosts(const struct link_rel *r, const struct dataset *ds, size_t c,
				   struct idxlist *tmp)
{
	(void)r;
	tmp->n = 0;
	struct idxlist l = dataset_derived(ds, DL_RAISED_AT, c);
	for (size_t i = 0; i < l.n; i++) {
		size_t h = ds->meetings[l.v[i]].host;
		if (h != DS_NONE && !idxlist_push(tmp, h))
			return NULL;
	}
	return tmp;
}

/* meeting_concerns.csv: a meeting raised a concern, with what it said of it. */
static const struct link_file raised_file = {TBL_MEETING_CONCERNS, LC_MEETING, LC_CONCERN, -1,
					     NULL, LC_NOTE, LC_SOURCES,
					     offsetof(struct dataset, nconcern_links)};
/* meeting_members.csv: a meeting welcomed a member (role "new", the only one so far). */
static const struct link_file welcomed_file = {TBL_MEETING_MEMBERS, LM_MEETING, LM_MEMBER,
					       LM_ROLE, "new", -1, -1,
					       offsetof(struct dataset, nmember_links)};

#define KEPT(field) link_kept, NULL, offsetof(struct meeting, field)
#define FILE_KEPT(file, field) link_kept, &(file), offsetof(struct meeting, field)
#define DERIVED derived, NULL, 0
#define WORKED_OUT(fn) (fn), NULL, 0

/* Columns: title; get, file, list; from, to; inverse, derived, record_new; pane_new,
 * history. */
const struct link_rel link_rels[REL_COUNT] = {
	[REL_RAISED] = {"Concerns raised", FILE_KEPT(raised_file, concerns), TBL_MEETINGS,
			TBL_CONCERNS, REL_HISTORY, -1, -1, false, false},
	[REL_NEW_MEMBERS] = {"New members", FILE_KEPT(welcomed_file, new_members), TBL_MEETINGS,
			     TBL_MEMBERS, REL_WELCOMED_AT, -1, REL_NEW_MEMBERS, true, false},
	[REL_HOST] = {"Host", WORKED_OUT(host), TBL_MEETINGS, TBL_MEMBERS, REL_HOSTED, -1, -1, false,
		      false},
	[REL_CHAIRS] = {"Chair", KEPT(chairs), TBL_MEETINGS, TBL_MEMBERS, REL_CHAIRED, -1, -1, false,
			false},
	[REL_PARTNERS] = {"Partners at the time", WORKED_OUT(partners), TBL_MEETINGS, TBL_MEMBERS,
			  -1, -1, REL_NEW_MEMBERS, false, false},
	[REL_WELCOMED_AT] = {"Welcomed at", DERIVED, TBL_MEMBERS, TBL_MEETINGS, REL_NEW_MEMBERS,
			     DL_WELCOMED_AT, -1, true, false},
	[REL_HOSTED] = {"Hosted", DERIVED, TBL_MEMBERS, TBL_MEETINGS, REL_HOST, DL_HOSTED, -1, false,
			false},
	[REL_CHAIRED] = {"Chaired", DERIVED, TBL_MEMBERS, TBL_MEETINGS, REL_CHAIRS, DL_CHAIRED, -1,
			 false, false},
	[REL_PLENARIES] = {"Plenaries taken part in", WORKED_OUT(plenaries), TBL_MEMBERS,
			   TBL_MEETINGS, -1, -1, REL_WELCOMED_AT, false, false},
	[REL_HOSTED_CONCERNS] = {NULL, WORKED_OUT(hosted_concerns), TBL_MEMBERS, TBL_CONCERNS, -1,
				 -1, -1, false, false},
	[REL_HISTORY] = {"History: raised at", DERIVED, TBL_CONCERNS, TBL_MEETINGS, REL_RAISED,
			 DL_RAISED_AT, -1, false, true},
	[REL_HOSTS] = {NULL, WORKED_OUT(hosts), TBL_CONCERNS, TBL_MEMBERS, -1, -1, -1, false, false},
};
