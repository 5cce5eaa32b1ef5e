/* The bundled record: the facts a user notices first. Breaking the record breaks the build. */
#include <criterion/criterion.h>
#include <string.h>

#include "dataset.h"
#include "testutil.h"

static struct dataset ds;
static struct diags diags;

static void setup(void)
{
	cr_assert(dataset_load(&ds, BUNDLEDDATADIR, &diags), "%s", problems_text(&diags));
}

static void teardown(void)
{
	dataset_free(&ds);
	diags_free(&diags);
}

TestSuite(record, .init = setup, .fini = teardown);

static size_t meeting(const char *id)
{
	size_t m = dataset_meeting(&ds, id);
	cr_assert_neq(m, DS_NONE, "meeting %s is missing", id);
	return m;
}

static size_t member(const char *code)
{
	size_t m = dataset_member(&ds, code);
	cr_assert_neq(m, DS_NONE, "member %s is missing", code);
	return m;
}

Test(record, thirty_five_plenaries_numbered_one_to_thirty_five)
{
	bool seen[36] = {false};
	size_t plenaries = 0;
	for (size_t i = 0; i < ds.nmeetings; i++) {
		if (ds.meetings[i].kind != KIND_PLENARY)
			continue;
		plenaries++;
		int n = ds.meetings[i].number;
		cr_assert(n >= 1 && n <= 35, "%s has number %d", ds.meetings[i].id, n);
		cr_expect_not(seen[n], "two Plenaries numbered %d", n);
		seen[n] = true;
	}
	cr_expect_eq(plenaries, 35);
	cr_expect_str_eq(meeting_field(&ds, meeting("p1"), MC_CITY), "Rome");
	cr_expect_eq(ds.meetings[meeting("p1")].start.year, 1988);
	cr_expect_str_eq(meeting_field(&ds, meeting("p35"), MC_CITY), "Rio de Janeiro");
	cr_expect_eq(ds.meetings[meeting("p35")].start.year, 2023);
}

Test(record, thirty_five_partners)
{
	size_t partners = 0;
	for (size_t i = 0; i < ds.nmembers; i++)
		partners += ds.members[i].status == STATUS_PARTNER;
	cr_expect_eq(partners, 35);
}

Test(record, seoul_2004)
{
	size_t m = meeting("p19");
	const struct meeting *p = &ds.meetings[m];
	cr_expect_eq(p->number, 19);
	cr_expect_eq(p->start.year, 2004);
	cr_expect_eq(p->start.month, 10);
	cr_expect_eq(p->start.day, 6);
	cr_expect_eq(p->end.day, 8);
	cr_expect_str_eq(meeting_field(&ds, m, MC_CITY), "Seoul");
	cr_expect_str_eq(ds.members[p->host].code, "KOR");
	cr_expect(strstr(meeting_field(&ds, m, MC_CHAIR), "OH Joon"));
	cr_expect(strstr(meeting_field(&ds, m, MC_OPENED_BY), "CHOI Young-Jin"));
	cr_expect_eq(p->partners, 34);
	cr_expect(idxlist_has(&p->new_members, member("BGR")), "Bulgaria is new at Seoul");
	cr_expect(strstr(meeting_field(&ds, m, MC_SOURCES), "https://mtcr.info/"));
}

Test(record, seoul_2004_raises_what_its_statement_says)
{
	const char *raised[] = {"unscr1540", "libya", "aq-khan", "itt", "transshipment",
				"brokering", "front-companies", "national-controls", "enforcement",
				"tech-change", "procurement", "middle-east", "south-asia", "outreach",
				"assistance"};
	const struct meeting *p = &ds.meetings[meeting("p19")];
	for (size_t i = 0; i < sizeof raised / sizeof *raised; i++) {
		size_t c = dataset_concern(&ds, raised[i]);
		cr_assert_neq(c, DS_NONE, "concern %s is missing", raised[i]);
		cr_expect(idxlist_has(&p->concerns, c), "Seoul 2004 should raise %s", raised[i]);
	}
}

Test(record, partners_at_seoul_from_join_dates_match_the_statement)
{
	struct idxlist l = {0};
	cr_assert(dataset_partners_at(&ds, meeting("p19"), &l));
	cr_expect_eq(l.n, 34, "the statement lists 34 Partners");
	cr_expect_not(idxlist_has(&l, member("IND")));
	idxlist_free(&l);
}

Test(record, founders_in_1987_and_india_in_2016)
{
	const char *founders[] = {"CAN", "FRA", "DEU", "ITA", "JPN", "GBR", "USA"};
	size_t n1987 = 0;
	for (size_t i = 0; i < ds.nmembers; i++)
		n1987 += ds.members[i].status == STATUS_PARTNER && ds.members[i].joined.year == 1987;
	cr_expect_eq(n1987, 7);
	for (size_t i = 0; i < 7; i++)
		cr_expect_eq(ds.members[member(founders[i])].joined.year, 1987, "%s", founders[i]);
	const struct member *in = &ds.members[member("IND")];
	cr_expect_eq(in->joined.year, 2016);
	cr_expect_eq(in->status, STATUS_PARTNER);
	cr_expect(idxlist_has(&in->joined_at, meeting("p30")), "India's first Plenary is Busan 2016");
}

Test(record, years_without_a_plenary)
{
	for (size_t i = 0; i < ds.nmeetings; i++) {
		const struct meeting *p = &ds.meetings[i];
		if (p->kind != KIND_PLENARY)
			continue;
		int y = p->start.year;
		cr_expect(y != 2010 && y != 2018 && y != 2020, "%s is a Plenary in %d", p->id, y);
	}
}

Test(record, every_concern_is_raised_and_every_row_is_sourced)
{
	for (size_t c = 0; c < ds.nconcerns; c++)
		cr_expect_gt(ds.concerns[c].meetings.n, 0, "%s is raised nowhere", ds.concerns[c].id);
	for (size_t m = 0; m < ds.nmeetings; m++)
		cr_expect(strstr(meeting_field(&ds, m, MC_SOURCES), "http"), "%s", ds.meetings[m].id);
	for (size_t m = 0; m < ds.nmembers; m++)
		cr_expect(strstr(member_field(&ds, m, MB_SOURCES), "http"), "%s", ds.members[m].code);
}

/* Proper spellings, byte for byte in UTF-8. */
static bool record_contains(const char *text)
{
	for (int t = 0; t < TBL_COUNT; t++) {
		const struct table *tb = &ds.tables[t];
		for (size_t i = 0; i < tb->nrows; i++)
			for (size_t c = 0; c < tb->ncols; c++)
				if (strstr(table_field(tb, i, c), text))
					return true;
	}
	return false;
}

Test(record, names_keep_their_spelling)
{
	const char *names[] = {"M\xc3\xb8ller", "Sigurj\xc3\xb3nsson", "Brattskar", "Fl\xc3\xa1vio",
			       "T\xc3\xbcrkiye", "W\xc5\x82odzimierz", "N\xc3\xa6ss"};
	for (size_t i = 0; i < sizeof names / sizeof *names; i++)
		cr_expect(record_contains(names[i]), "%s is missing or misspelled", names[i]);
}

Test(record, bulgaria_took_part_in_every_plenary_from_seoul_on)
{
	struct idxlist l = {0};
	cr_assert(dataset_member_plenaries(&ds, member("BGR"), &l));
	cr_assert_gt(l.n, 0);
	cr_expect_eq(l.v[0], meeting("p19"), "welcomed at Seoul 2004");
	size_t later = 0;
	for (size_t m = 0; m < ds.nmeetings; m++)
		later += ds.meetings[m].kind == KIND_PLENARY && ds.meetings[m].number >= 19;
	cr_expect_eq(l.n, later, "and every Plenary after it");
	idxlist_free(&l);
}
