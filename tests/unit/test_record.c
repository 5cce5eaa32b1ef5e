/* The bundled record: the facts a user notices first. Breaking the record breaks the build. */
#include <criterion/criterion.h>
#include <string.h>

#include "dataset.h"
#include "dataset_struct.h"
#include "matcher.h"
#include "record.h"
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
	struct idxlist joined_at = dataset_derived(&ds, DL_WELCOMED_AT, member("IND"));
	cr_expect(idxlist_has(&joined_at, meeting("p30")), "India's first Plenary is Busan 2016");
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
		cr_expect_gt(dataset_derived(&ds, DL_RAISED_AT, c).n, 0, "%s is raised nowhere",
			     concern_field(&ds, c, CN_ID));
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

/* ---- Issue 17: each correction of the record, pinned. ---- */

static const char *summary(const char *id)
{
	return meeting_field(&ds, meeting(id), MC_SUMMARY);
}

static bool linked(const char *mid, const char *cid)
{
	size_t c = dataset_concern(&ds, cid);
	cr_assert_neq(c, DS_NONE, "concern %s is missing", cid);
	return idxlist_has(&ds.meetings[meeting(mid)].concerns, c);
}

static const char *link_note(const char *mid, const char *cid)
{
	const struct link_note *n = dataset_link_note(&ds, meeting(mid), dataset_concern(&ds, cid));
	return n ? n->note : "";
}

Test(record, tokyo_called_for_restraint_and_did_not_agree_to_show_it)
{
	cr_expect_null(strstr(summary("p12"), "agreed to show restraint"));
	cr_expect_not_null(strstr(summary("p12"), "calling for restraint and vigilance"));
}

Test(record, overstatements_are_gone)
{
	cr_expect_null(strstr(summary("p5"), "planned to widen"));
	cr_expect_not_null(strstr(summary("p5"), "desirable"));
	cr_expect_null(strstr(summary("p10"), "should not block"));
	cr_expect_not_null(strstr(summary("p10"), "peaceful space activities"));
	cr_expect_null(strstr(summary("p16"), "terrorist"));
	cr_expect_null(strstr(summary("p29"), "first export-control regime meeting"));
	cr_expect_not_null(strstr(summary("p29"), "first joint chairmanship"));
}

Test(record, opinions_and_press_accounts_are_attributed)
{
	cr_expect_null(strstr(summary("p33"), "Partners were wary"));
	cr_expect_not_null(strstr(summary("p33"), "by the Russian foreign ministry's account"));
	cr_expect_not_null(strstr(summary("p35"), "which Sputnik Brasil linked"));
}

Test(record, links_resting_on_background_sentences_are_gone)
{
	cr_expect_not(linked("p9", "uav"));
	const char *old[] = {"p8", "p9", "p10", "p11", "p12", "p13"};
	for (size_t i = 0; i < sizeof old / sizeof *old; i++)
		cr_expect_not(linked(old[i], "wmd-scope"), "%s links wmd-scope", old[i]);
	cr_expect(linked("p5", "wmd-scope") && linked("p6", "wmd-scope") && linked("p7", "wmd-scope"));
	cr_expect_not(linked("p20", "china"));
	cr_expect_not(linked("p35", "uav")); /* Itamaraty's description of the regime */
}

Test(record, links_the_statements_support_are_there)
{
	const char *want[][2] = {{"p21", "info-exchange"}, {"p23", "info-exchange"},
				 {"p25", "info-exchange"}, {"p31", "info-exchange"},
				 {"p25", "benchmark"},     {"p31", "legit-trade"},
				 {"p29", "adherence"},     {"p32", "adherence"}};
	for (size_t i = 0; i < sizeof want / sizeof *want; i++) {
		cr_expect(linked(want[i][0], want[i][1]), "%s should link %s", want[i][0], want[i][1]);
		cr_expect_neq(*link_note(want[i][0], want[i][1]), '\0', "%s,%s has no note",
			      want[i][0], want[i][1]);
	}
}

Test(record, unmanned_delivery_systems_links_say_they_cover_ballistic_missiles)
{
	cr_expect_not_null(strstr(link_note("p29", "uav"), "ballistic missiles"));
	cr_expect_not_null(strstr(link_note("p32", "uav"), "ballistic missiles"));
	cr_expect_not_null(strstr(link_note("p31", "uav"), "singled out"));
}

Test(record, conflicts_between_sources_are_in_the_notes)
{
	const char *bgr = member_field(&ds, member("BGR"), MB_NOTES);
	cr_expect(strstr(bgr, "June 2004") && strstr(bgr, "Seoul Plenary"), "%s", bgr);
	const char *tur = member_field(&ds, member("TUR"), MB_NOTES);
	cr_expect_not_null(strstr(tur, "7 Dec 2005"), "%s", tur);
	cr_expect_not_null(strstr(member_field(&ds, member("TUR"), MB_SOURCES),
				  "cyprusembassy.net"));
}

/* The start of a Plenary is its formal opening (mtcr-data(5)); where a source gives an
 * earlier plenary week, the notes say so as "plenary week began YYYY-MM-DD". */
Test(record, every_start_is_the_formal_opening)
{
	const char *want[][2] = {{"p14", "1999-10-12"}, {"p21", "2006-10-04"},
				 {"p23", "2008-11-05"}, {"p27", "2013-10-16"},
				 {"p34", "2022-10-19"}, {"p35", "2023-11-01"}};
	for (size_t i = 0; i < sizeof want / sizeof *want; i++)
		cr_expect_str_eq(meeting_field(&ds, meeting(want[i][0]), MC_START), want[i][1]);
	size_t weeks = 0;
	for (size_t m = 0; m < ds.nmeetings; m++) {
		const char *at = strstr(meeting_field(&ds, m, MC_NOTES), "plenary week began ");
		if (!at)
			continue;
		struct pdate week;
		char buf[11] = {0};
		memcpy(buf, at + strlen("plenary week began "), 10);
		cr_assert(pdate_parse(buf, &week), "%s: '%s'", ds.meetings[m].id, buf);
		cr_expect_gt(pdate_cmp(&ds.meetings[m].start, &week), 0,
			     "%s starts with its plenary week, not its opening", ds.meetings[m].id);
		weeks++;
	}
	cr_expect_eq(weeks, 6);
}

Test(record, most_links_say_what_the_plenary_said)
{
	cr_expect_eq(ds.nconcern_links, 223);
	cr_expect_geq(ds.nnoted, 195);
	/* a link's sources are addresses, checked by the loader like every sources field */
	const struct link_note *n = dataset_link_note(&ds, meeting("p13"), dataset_concern(&ds, "dprk"));
	cr_assert_not_null(n, "p13,dprk has no note");
	cr_expect_not_null(strstr(n->sources, "chairmans-statement"));
}

/* A concern's record is its history: the meetings that raised it by date, each followed by
 * its note; here intangible technology transfer from Seoul 2004 to Dublin 2017. */
Test(record, a_concern_record_is_its_history_in_date_order)
{
	struct record r = {.rec = DS_NONE};
	size_t itt = dataset_concern(&ds, "itt");
	cr_assert(record_build(&r, &ds, TBL_CONCERNS, itt, 100));
	size_t heading = DS_NONE, items = 0;
	struct pdate last = {0};
	bool note_after_dublin = false;
	for (size_t i = 0; i < r.n; i++) {
		const struct rline *l = &r.lines[i];
		if (l->kind == RL_HEADING && strncmp(l->text, "History: raised at (", 20) == 0)
			heading = i;
		if (l->kind != RL_ITEM || heading == DS_NONE)
			continue;
		cr_assert_eq(l->table, TBL_MEETINGS);
		cr_expect_geq(pdate_cmp(&ds.meetings[l->rec].start, &last), 0, "not in date order");
		last = ds.meetings[l->rec].start;
		items++;
		if (strcmp(ds.meetings[l->rec].id, "p31") == 0 && i + 1 < r.n)
			note_after_dublin = r.lines[i + 1].kind == RL_FIELD &&
					    strncmp(r.lines[i + 1].text, "Partners gave", 13) == 0;
	}
	cr_assert_neq(heading, DS_NONE, "no history heading");
	cr_expect_eq(items, dataset_derived(&ds, DL_RAISED_AT, itt).n);
	cr_expect(note_after_dublin, "Dublin's note does not follow its item");
	record_free(&r);
}

/* Any order in, date order out, ties (same start at the precision both give) by index. */
Test(record, meetings_sort_by_start_whatever_the_file_order)
{
	struct idxlist l = {0};
	for (size_t m = ds.nmeetings; m-- > 0;)
		cr_assert(idxlist_push(&l, m));
	cr_assert(dataset_sort_by_start(&ds, &l));
	cr_assert_eq(l.n, ds.nmeetings);
	for (uint32_t k = 1; k < l.n; k++) {
		int c = pdate_cmp(&ds.meetings[l.v[k - 1]].start, &ds.meetings[l.v[k]].start);
		cr_expect(c < 0 || (c == 0 && l.v[k - 1] < l.v[k]), "%s before %s",
			  ds.meetings[l.v[k - 1]].id, ds.meetings[l.v[k]].id);
	}
	idxlist_free(&l);
}

/* The line a search lands on in the record view: one search per field must land where a
 * search from every line would (the first line holding a match's start), at any width and
 * for a word anywhere in a wrapped field, a source address or a missing word. */
static size_t first_match_per_line(const struct record *r, const struct matcher *m)
{
	size_t off, len;
	for (size_t i = 0; i < r->n; i++) {
		const struct rline *l = &r->lines[i];
		if (l->kind == RL_FIELD && matcher_find(m, l->text, &off, &len) && off < l->len)
			return i;
	}
	return DS_NONE;
}

Test(record, first_match_lands_where_a_search_per_line_would)
{
	static const char *const words[] = {"Bulgaria", "brokering", "front companies", "rigour",
					    "Khan", "e", "mtcr.info", "Seoul", "nowhere-at-all",
					    "S[a-z]+l", "ing,", " "};
	size_t p19 = meeting("p19");
	size_t checked = 0, found = 0;
	for (int width = 16; width <= 100; width += 7)
		for (size_t w = 0; w < sizeof words / sizeof *words; w++) {
			struct record r = {0};
			struct matcher m;
			cr_assert(record_build(&r, &ds, TBL_MEETINGS, p19, width));
			cr_assert(matcher_init(&m, words[w]));
			size_t want = first_match_per_line(&r, &m), got = record_first_match(&r, &m);
			cr_expect_eq(got, want, "'%s' at width %d: line %zu, not %zu", words[w], width,
				     got, want);
			checked++;
			found += want != DS_NONE;
			matcher_free(&m);
			record_free(&r);
		}
	cr_assert_gt(found, checked / 2, "most words are in p19's record");
}
