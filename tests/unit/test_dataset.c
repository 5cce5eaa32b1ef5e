/* The model on a small valid data set: records, lookups and the links both ways. */
#include <criterion/criterion.h>
#include <stdio.h>
#include <string.h>

#include "dataset.h"
#include "dataset_struct.h"
#include "testutil.h"

static char *dir;
static struct dataset ds;
static struct diags diags;

static void setup(void)
{
	dir = fixture_dir(NULL);
	cr_assert(dataset_load(&ds, dir, &diags), "%s", problems_text(&diags));
}

static void teardown(void)
{
	dataset_free(&ds);
	diags_free(&diags);
	fixture_remove(dir);
}

TestSuite(dataset, .init = setup, .fini = teardown);

Test(dataset, counts)
{
	cr_expect_eq(ds.nmeetings, 4);
	cr_expect_eq(ds.nmembers, 8);
	cr_expect_eq(ds.nconcerns, 3);
	cr_expect_eq(ds.nconcern_links, 4);
	cr_expect_eq(ds.nmember_links, 1);
}

Test(dataset, typed_meeting_fields)
{
	size_t m = dataset_meeting(&ds, "p2");
	cr_assert_neq(m, DS_NONE);
	const struct meeting *p = &ds.meetings[m];
	cr_expect_eq(p->kind, KIND_PLENARY);
	cr_expect_eq(p->number, 2);
	cr_expect_eq(p->partners, 3);
	cr_expect_eq(p->start.day, 6);
	cr_expect_eq(p->end.day, 8);
	cr_expect_str_eq(meeting_field(&ds, m, MC_CITY), "Seoul");
	cr_expect_str_eq(meeting_field(&ds, m, MC_SUMMARY),
			 "Welcomed Bulgaria; \"quoted\" words.\nA second line.");
	cr_expect_str_eq(ds.members[p->host].code, "KOR");
	size_t r = dataset_meeting(&ds, "r1");
	cr_expect_eq(ds.meetings[r].kind, KIND_RPOC);
	cr_expect_eq(ds.meetings[r].number, 0);
	cr_expect_eq(ds.meetings[r].partners, -1, "an empty count is 'not stated'");
}

Test(dataset, lookups_miss_cleanly)
{
	cr_expect_eq(dataset_meeting(&ds, "p99"), DS_NONE);
	cr_expect_eq(dataset_member(&ds, "XXX"), DS_NONE);
	cr_expect_eq(dataset_concern(&ds, ""), DS_NONE);
	cr_expect_neq(dataset_concern(&ds, "itt"), DS_NONE);
}

Test(dataset, meeting_to_concerns_and_back)
{
	size_t m = dataset_meeting(&ds, "p2"), itt = dataset_concern(&ds, "itt");
	cr_expect_eq(ds.meetings[m].concerns.n, 3);
	cr_expect(idxlist_has(&ds.meetings[m].concerns, itt));
	struct idxlist raised = dataset_derived(&ds, DL_RAISED_AT, itt);
	cr_assert_eq(raised.n, 2);
	cr_expect_str_eq(ds.meetings[raised.v[0]].id, "p2");
	cr_expect_str_eq(ds.meetings[raised.v[1]].id, "p3");
}

Test(dataset, joint_chairs_hosts_and_new_members)
{
	size_t p3 = dataset_meeting(&ds, "p3");
	size_t nld = dataset_member(&ds, "NLD"), lux = dataset_member(&ds, "LUX");
	cr_assert_eq(ds.meetings[p3].chairs.n, 2);
	cr_expect_eq(ds.meetings[p3].chairs.v[0], nld);
	cr_expect_eq(ds.meetings[p3].chairs.v[1], lux);
	struct idxlist chaired = dataset_derived(&ds, DL_CHAIRED, lux);
	cr_expect(idxlist_has(&chaired, p3));
	cr_expect_eq(dataset_derived(&ds, DL_HOSTED, lux).n, 0);
	struct idxlist hosted = dataset_derived(&ds, DL_HOSTED, nld);
	cr_expect(idxlist_has(&hosted, p3));

	size_t p2 = dataset_meeting(&ds, "p2"), bgr = dataset_member(&ds, "BGR");
	cr_expect(idxlist_has(&ds.meetings[p2].new_members, bgr));
	struct idxlist joined_at = dataset_derived(&ds, DL_WELCOMED_AT, bgr);
	cr_expect(idxlist_has(&joined_at, p2));
}

Test(dataset, partners_at_a_meeting_follow_join_dates)
{
	struct idxlist l = {0};
	size_t p1 = dataset_meeting(&ds, "p1");
	cr_assert(dataset_partners_at(&ds, p1, &l));
	cr_expect_eq(l.n, 2, "Italy and France in 1988");
	size_t p2 = dataset_meeting(&ds, "p2");
	cr_assert(dataset_partners_at(&ds, p2, &l));
	cr_expect_eq(l.n, 7, "all partners by October 2004, Bulgaria (June 2004) included");
	cr_expect_not(idxlist_has(&l, dataset_member(&ds, "CYP")), "an adherent is not a Partner");
	idxlist_free(&l);
}

Test(dataset, utf8_names_survive)
{
	size_t tur = dataset_member(&ds, "TUR");
	cr_expect_str_eq(member_field(&ds, tur, MB_NAME), "T\xc3\xbcrkiye");
}

/* The other side of a link (a concern's meetings, a member's) comes in meetings.csv order,
 * whatever order the link file lists it in. */
Test(dataset_links, other_side_in_meetings_order)
{
	char *d = fixture_dir(NULL);
	fixture_edit(d, "meeting_concerns.csv", "p2,itt\np2,regional\np3,itt\n",
		     "p2,regional\np3,itt\np1,itt\np2,itt\n");
	fixture_edit(d, "meeting_members.csv", "p2,BGR,new\n", "p3,BGR,new\np2,BGR,new\n");
	struct dataset set;
	struct diags found = {0};
	cr_assert(dataset_load(&set, d, &found), "%s", problems_text(&found));
	struct idxlist raised_at = dataset_derived(&set, DL_RAISED_AT, dataset_concern(&set, "itt"));
	const struct idxlist *raised = &raised_at;
	cr_assert_eq(raised->n, 3);
	cr_expect_str_eq(set.meetings[raised->v[0]].id, "p1");
	cr_expect_str_eq(set.meetings[raised->v[1]].id, "p2");
	cr_expect_str_eq(set.meetings[raised->v[2]].id, "p3");
	struct idxlist welcomed_at = dataset_derived(&set, DL_WELCOMED_AT, dataset_member(&set, "BGR"));
	const struct idxlist *welcomed = &welcomed_at;
	cr_assert_eq(welcomed->n, 2);
	cr_expect_str_eq(set.meetings[welcomed->v[0]].id, "p2");
	cr_expect_str_eq(set.meetings[welcomed->v[1]].id, "p3");
	dataset_free(&set);
	diags_free(&found);
	fixture_remove(d);
}

/* With no meetings there are no links to derive, and no block for them: every derived list
 * is empty (a view into a block that is not there was found by the fuzzer). */
Test(dataset_links, no_meetings_no_derived_links)
{
	char *d = fixture_dir(NULL), path[4200];
	snprintf(path, sizeof path, "%s/meetings.csv", d);
	FILE *f = fopen(path, "w");
	cr_assert(f);
	fputs("id,kind,number,start,end,city,host,chair,chair_country,opened_by,partners,summary,"
	      "notes,sources\n", f);
	fclose(f);
	struct dataset set;
	struct diags found = {0};
	cr_expect_not(dataset_load(&set, d, &found), "a meetings.csv without rows is a problem");
	cr_assert_eq(set.nmeetings, 0);
	cr_assert_gt(set.nconcerns, 0);
	cr_assert_gt(set.nmembers, 0);
	for (size_t c = 0; c < set.nconcerns; c++)
		cr_expect_eq(dataset_derived(&set, DL_RAISED_AT, c).n, 0);
	for (size_t p = 0; p < set.nmembers; p++) {
		cr_expect_eq(dataset_derived(&set, DL_HOSTED, p).n, 0);
		cr_expect_eq(dataset_derived(&set, DL_CHAIRED, p).n, 0);
		cr_expect_eq(dataset_derived(&set, DL_WELCOMED_AT, p).n, 0);
	}
	dataset_free(&set);
	diags_free(&found);
	fixture_remove(d);
}
