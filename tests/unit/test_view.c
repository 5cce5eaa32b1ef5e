/* Views: filter, link marks and link-only rows, sort, cursor, search. */
#include <criterion/criterion.h>
#include <locale.h>
#include <string.h>

#include "columns.h"
#include "dataset_struct.h"
#include "links.h"
#include "testutil.h"
#include "rowsig.h"
#include "view.h"
#include "view_internal.h"

static char *dir;
static struct dataset ds;
static struct diags diags;
static struct view v;

static void setup(void)
{
	setlocale(LC_ALL, "C.UTF-8");
	dir = fixture_dir(NULL);
	cr_assert(dataset_load(&ds, dir, &diags), "%s", problems_text(&diags));
}

static void teardown(void)
{
	view_free(&v);
	dataset_free(&ds);
	diags_free(&diags);
	fixture_remove(dir);
}

TestSuite(view, .init = setup, .fini = teardown);

/* The view's rows as ids, comma separated. */
static const char *ids(void)
{
	static char buf[512];
	buf[0] = '\0';
	for (size_t i = 0; i < v.nrows; i++) {
		if (i)
			strcat(buf, ",");
		strcat(buf, table_cell(&ds.tables[v.table], v.rows[i], 0));
	}
	return buf;
}

Test(view, starts_with_every_row_in_file_order)
{
	cr_assert(view_init(&v, &ds, TBL_MEETINGS));
	cr_expect_str_eq(ids(), "p1,p2,r1,p3");
	cr_expect_eq(view_current(&v), 0);
}

Test(view, filter_matches_all_the_text_of_a_row)
{
	cr_assert(view_init(&v, &ds, TBL_MEETINGS));
	cr_assert(view_set_filter(&v, "ro") && view_refresh(&v));
	cr_expect_str_eq(ids(), "p1,p3", "Rome, Rotterdam");
	cr_assert(view_set_filter(&v, "r1") && view_refresh(&v));
	cr_expect_str_eq(ids(), "r1", "ids are searchable");
	cr_assert(view_set_filter(&v, "bulgaria") && view_refresh(&v));
	cr_expect_str_eq(ids(), "p2", "the summary is searched");
	cr_expect_eq(view_match_column(&v, &v.filter, v.rows[0]),
		     table_find_column(&ds.tables[TBL_MEETINGS], "summary"), "and said to match");
	cr_assert(view_set_filter(&v, "month only") && view_refresh(&v));
	cr_expect_str_eq(ids(), "p1", "so are the notes");
	cr_assert(view_set_filter(&v, "p2b") && view_refresh(&v));
	cr_expect_str_eq(ids(), "p2", "and the sources");
	cr_assert(view_set_filter(&v, "choi") && view_refresh(&v));
	cr_expect_str_eq(ids(), "p2", "and who opened it");
	cr_assert(view_set_filter(&v, "bulgaria;.*second") && view_refresh(&v));
	cr_expect_str_eq(ids(), "p2", "a regex sees a field whole, across its lines");
	cr_assert(view_set_filter(&v, "korea") && view_refresh(&v));
	cr_expect_str_eq(ids(), "p2", "the host's name, as the record view shows it");
	cr_assert(view_set_filter(&v, "host:korea") && view_refresh(&v));
	cr_expect_str_eq(ids(), "p2", "also in the host column");
	cr_assert(view_set_filter(&v, "city:korea") && view_refresh(&v));
	cr_expect_str_eq(ids(), "", "not in another");
	cr_assert(view_set_filter(&v, "rpoc") && view_refresh(&v));
	cr_expect_str_eq(ids(), "r1", "the kind, and the RPOC shown for its number");
	cr_assert(view_set_filter(&v, ",month") && view_refresh(&v));
	cr_expect_str_eq(ids(), "", "a match never runs from one field into the next");
	cr_assert(view_set_filter(&v, "p1,plenary") && view_refresh(&v));
	cr_expect_str_eq(ids(), "", "nor over the commas of the file");
	cr_assert(view_set_filter(&v, "") && view_refresh(&v));
	cr_expect_eq(v.nrows, 4, "an empty filter clears it");
}

Test(view, a_column_name_and_a_colon_scope_the_pattern_to_that_column)
{
	cr_assert(view_init(&v, &ds, TBL_MEETINGS));
	cr_assert(view_set_filter(&v, "city:ro") && view_refresh(&v));
	cr_expect_str_eq(ids(), "p1,p3", "Rome, Rotterdam");
	cr_assert(view_set_filter(&v, "city:bulgaria") && view_refresh(&v));
	cr_expect_str_eq(ids(), "", "the summary is not the city");
	cr_assert(view_set_filter(&v, "summary:bulgaria") && view_refresh(&v));
	cr_expect_str_eq(ids(), "p2");
	cr_assert(view_set_filter(&v, "number:RPOC") && view_refresh(&v));
	cr_expect_str_eq(ids(), "r1", "the number column shows RPOC for an RPOC");
	cr_assert(view_set_filter(&v, "town:seoul") && view_refresh(&v));
	cr_expect_str_eq(ids(), "", "no column town: the whole text is the pattern");
	cr_expect_eq(v.filter.col, -1);
	cr_assert(view_set_filter(&v, "https://example.org/r1") && view_refresh(&v));
	cr_expect_str_eq(ids(), "r1", "https is no column: an address is found whole");
	cr_expect_eq(view_count_matches(&ds, TBL_MEMBERS, "region:europe"), 7);
	cr_expect_eq(view_count_matches(&ds, TBL_CONCERNS, "1540"), 1);
}

Test(view, meeting_link_marks_partners_and_new_members)
{
	cr_assert(view_init(&v, &ds, TBL_MEMBERS));
	cr_assert(view_set_link(&v, TBL_MEETINGS, dataset_meeting(&ds, "p2")));
	cr_expect_eq(view_mark(&v, dataset_member(&ds, "BGR")), MARK_NEW);
	cr_expect_eq(view_mark(&v, dataset_member(&ds, "ITA")), MARK_RELATED);
	cr_expect_eq(view_mark(&v, dataset_member(&ds, "CYP")), MARK_NONE);
	cr_assert(view_refresh(&v));
	cr_expect_eq(v.nrows, 8, "marking does not hide rows");
	view_set_link_only(&v, true);
	cr_assert(view_refresh(&v));
	cr_expect_str_eq(ids(), "ITA,FRA,KOR,BGR,NLD,LUX,TUR");
	cr_assert(view_set_link(&v, TBL_MEETINGS, dataset_meeting(&ds, "p1")) && view_refresh(&v));
	cr_expect_str_eq(ids(), "ITA,FRA", "moving the link changes the rows");
	cr_assert(view_set_link(&v, TBL_MEETINGS, DS_NONE) && view_refresh(&v));
	cr_expect_eq(v.nrows, 8, "no link, no narrowing");
}

Test(view, concern_and_member_links)
{
	cr_assert(view_init(&v, &ds, TBL_MEETINGS));
	view_set_link_only(&v, true);
	cr_assert(view_set_link(&v, TBL_CONCERNS, dataset_concern(&ds, "itt")) && view_refresh(&v));
	cr_expect_str_eq(ids(), "p2,p3");
	cr_assert(view_set_link(&v, TBL_MEMBERS, dataset_member(&ds, "LUX")) && view_refresh(&v));
	cr_expect_str_eq(ids(), "p2,p3", "Luxembourg (1990) took part in Seoul, co-chaired Rotterdam");
	cr_assert(view_set_link(&v, TBL_MEMBERS, dataset_member(&ds, "BGR")) && view_refresh(&v));
	cr_expect_str_eq(ids(), "p2,p3", "Bulgaria was welcomed at p2 and took part in p3");
	cr_expect_eq(view_mark(&v, dataset_meeting(&ds, "p2")), MARK_NEW, "the joined-at meeting");
	cr_expect_eq(view_mark(&v, dataset_meeting(&ds, "p3")), MARK_RELATED);
	cr_assert(view_set_link(&v, TBL_MEMBERS, dataset_member(&ds, "CYP")) && view_refresh(&v));
	cr_expect_str_eq(ids(), "", "an adherent takes part in no Plenary");
	cr_assert(view_set_link(&v, TBL_MEMBERS, dataset_member(&ds, "FRA")) && view_refresh(&v));
	cr_expect_str_eq(ids(), "p1,p2,r1,p3", "a founder: every Plenary, and the RPOC it hosted");
}

Test(view, sort_by_dates_numbers_and_text)
{
	cr_assert(view_init(&v, &ds, TBL_MEETINGS));
	view_set_sort(&v, 1, true); /* start, descending */
	cr_assert(view_refresh(&v));
	cr_expect_str_eq(ids(), "p3,r1,p2,p1");
	view_set_sort(&v, 0, false); /* number: empty last */
	cr_assert(view_refresh(&v));
	cr_expect_str_eq(ids(), "p1,p2,p3,r1");
	view_set_sort(&v, 0, true);
	cr_assert(view_refresh(&v));
	cr_expect_str_eq(ids(), "p3,p2,p1,r1", "empty stays last in reverse too");
	view_set_sort(&v, 3, false); /* city */
	cr_assert(view_refresh(&v));
	cr_expect_str_eq(ids(), "r1,p1,p3,p2");
}

Test(view, refresh_keeps_the_cursor_on_its_record)
{
	cr_assert(view_init(&v, &ds, TBL_MEETINGS));
	view_set_cursor(&v, 3, 10); /* p3 */
	view_set_sort(&v, 1, true);
	cr_assert(view_refresh(&v));
	cr_expect_eq(v.cursor, 0, "p3 is first when sorted by start descending");
	cr_assert(view_set_filter(&v, "seoul") && view_refresh(&v));
	cr_expect_eq(v.cursor, 0);
	cr_expect_str_eq(ids(), "p2");
}

Test(view, cursor_moves_and_scrolls_within_bounds)
{
	cr_assert(view_init(&v, &ds, TBL_MEMBERS));
	view_move(&v, 5, 3);
	cr_expect_eq(v.cursor, 5);
	cr_expect_eq(v.top, 3, "the window follows the cursor");
	view_move(&v, 100, 3);
	cr_expect_eq(v.cursor, 7);
	view_move(&v, -100, 3);
	cr_expect_eq(v.cursor, 0);
	cr_expect_eq(v.top, 0);
}

Test(view, search_wraps_both_ways)
{
	cr_assert(view_init(&v, &ds, TBL_MEMBERS));
	struct matcher m;
	cr_assert(matcher_init(&m, "e"));
	bool wrapped;
	size_t first = view_search(&v, &m, 0, 1, &wrapped);
	cr_expect_eq(first, 1, "France");
	cr_expect_not(wrapped);
	size_t back = view_search(&v, &m, 0, -1, &wrapped);
	cr_expect(wrapped);
	cr_expect_str_eq(table_cell(&ds.tables[TBL_MEMBERS], v.rows[back], 0), "CYP");
	matcher_free(&m);
	cr_assert(matcher_init(&m, "zzz"));
	cr_expect_eq(view_search(&v, &m, 0, 1, &wrapped), DS_NONE);
	matcher_free(&m);
}

Test(view, typing_more_letters_refines_the_shown_rows_in_their_order)
{
	cr_assert(view_init(&v, &ds, TBL_MEETINGS));
	view_set_sort(&v, 1, true); /* start, descending: p3, r1, p2, p1 */
	cr_assert(view_refresh(&v));
	cr_assert(view_set_filter(&v, "city:e") && view_refresh(&v));
	cr_expect_str_eq(ids(), "p3,p2,p1", "Rotterdam, Seoul, Rome: got %s", ids());
	cr_assert(view_set_filter(&v, "city:ro") && view_refresh(&v));
	cr_expect_str_eq(ids(), "p3,p1", "a different word rebuilds, still sorted");
	cr_assert(view_set_filter(&v, "city:r") && view_refresh(&v));
	cr_expect_str_eq(ids(), "p3,r1,p1", "r is in Rotterdam, Paris and Rome: got %s", ids());
	cr_assert(view_set_filter(&v, "city:Ro") && view_refresh(&v));
	cr_expect_str_eq(ids(), "p3,p1", "a capital narrows: case-sensitive Ro");
	cr_assert(view_set_filter(&v, "city:ro") && view_refresh(&v));
	cr_expect_str_eq(ids(), "p3,p1", "back to smart case");
	cr_assert(view_set_filter(&v, "ro") && view_refresh(&v));
	cr_expect_str_eq(ids(), "p3,p1", "all the text: still Rotterdam and Rome");
	view_set_sort(&v, -1, false);
	cr_assert(view_set_filter(&v, "rot") && view_refresh(&v));
	cr_expect_str_eq(ids(), "p3", "a sort change with a narrower filter rebuilds");
	cr_assert(view_set_filter(&v, NULL) && view_refresh(&v));
	cr_expect_str_eq(ids(), "p1,p2,r1,p3", "file order again without filter or sort");
}

Test(view, an_rpoc_meeting_shows_its_kind_where_plenaries_show_their_number)
{
	cr_assert(view_init(&v, &ds, TBL_MEETINGS));
	size_t r1 = dataset_meeting(&ds, "r1"), p2 = dataset_meeting(&ds, "p2");
	cr_expect_str_eq(view_cell_text(&v, r1, MC_NUMBER), "RPOC");
	cr_expect_str_eq(view_cell_text(&v, p2, MC_NUMBER), "2");
	cr_expect_str_eq(view_cell_text(&v, r1, MC_CITY), "Paris");
	cr_expect_str_eq(table_cell(&ds.tables[TBL_MEETINGS], r1, MC_NUMBER), "",
			 "the data itself is unchanged, so export writes it as it is");
	cr_assert(view_set_filter(&v, "korea") && view_refresh(&v));
	cr_expect_str_eq(ids(), "p2", "the host's name, as the record view shows it");
	cr_assert(view_set_filter(&v, "host:korea") && view_refresh(&v));
	cr_expect_str_eq(ids(), "p2", "also in the host column");
	cr_assert(view_set_filter(&v, "city:korea") && view_refresh(&v));
	cr_expect_str_eq(ids(), "", "not in another");
	cr_assert(view_set_filter(&v, "rpoc") && view_refresh(&v));
	cr_expect_str_eq(ids(), "r1", "what the pane shows can be searched for");
}

/* The column and link tables agree with themselves: a shown column is a schema column,
 * the table-level kind and name columns are the columns whose rows say so, and every
 * relation links two browsed tables with a way to find its records. */
Test(view, the_column_and_link_tables_are_consistent)
{
	for (int t = TBL_MEETINGS; t <= TBL_CONCERNS; t++) {
		const struct table_info *ti = table_info((enum table_id)t);
		int ncols = dataset_schema((enum table_id)t)->ncolumns;
		cr_expect(ti->nshown > 0);
		for (size_t i = 0; i < ti->nshown; i++)
			cr_expect(ti->shown[i] >= 0 && ti->shown[i] < ncols, "table %d column %zu", t, i);
		for (int c = 0; c < ncols; c++) {
			enum column_show show = column_info((enum table_id)t, c)->show;
			cr_expect_eq(show == SHOW_KIND, c == ti->kind_col, "table %d column %d", t, c);
			cr_expect_eq(show == SHOW_MEMBER_NAME, c == ti->name_col, "table %d column %d", t, c);
		}
	}
	for (int i = 0; i < REL_COUNT; i++) {
		const struct link_rel *r = &link_rels[i];
		cr_expect(r->from <= TBL_CONCERNS && r->to <= TBL_CONCERNS && r->from != r->to, "%d", i);
		cr_expect(r->get != NULL, "relation %d", i);
		cr_expect(r->record_new < 0 || link_rels[r->record_new].from == r->from, "%d", i);
		/* the loader reads these: a file's links kept in a list, inverses paired */
		cr_expect_eq(r->list != 0, r->get == link_kept, "relation %d", i);
		cr_expect(!r->file || (r->list && r->from == TBL_MEETINGS), "relation %d", i);
		if (r->inverse >= 0) {
			const struct link_rel *inv = &link_rels[r->inverse];
			cr_expect(inv->inverse == i && inv->from == r->to && inv->to == r->from, "%d", i);
		}
	}
}

/* A narrowing filter (one more letter typed) rescans only the shown rows, each from its
 * old first hit: it must keep exactly the rows a fresh filter keeps. The data adds rows
 * whose first hit moves on ("tram" before "tree"), a word left in the gap after a quoted
 * field whose quotes were undone ("zonk" after its closing quote), and capitals. */
static void narrow_setup(void)
{
	setlocale(LC_ALL, "C.UTF-8");
	dir = fixture_dir(NULL);
	fixture_edit(dir, "meetings.csv", ",Month only.,", ",Tram then tree; Trees.,");
	fixture_edit(dir, "meetings.csv", ",Joint chair.,", ",\"\"\"\"\"\"\"\"\"\"\"quxzonk\",");
	cr_assert(dataset_load(&ds, dir, &diags), "%s", problems_text(&diags));
}

TestSuite(narrow, .init = narrow_setup, .fini = teardown);

/* The same data with CR LF line ends, which the fast scanner leaves to libcsv: its rows'
 * fields are copies in the arena rather than places in the read buffer. */
static void narrow_crlf_setup(void)
{
	setlocale(LC_ALL, "C.UTF-8");
	dir = fixture_dir(NULL);
	fixture_edit(dir, "meetings.csv", ",Month only.,", ",Tram then tree; Trees.,");
	fixture_edit(dir, "meetings.csv", ",Joint chair.,", ",\"\"\"\"\"\"\"\"\"\"\"quxzonk\",");
	char path[4096], *text = NULL;
	size_t n = 0;
	snprintf(path, sizeof path, "%s/meetings.csv", dir);
	FILE *in = fopen(path, "rb"), *out = open_memstream(&text, &n);
	cr_assert(in && out);
	for (int c; (c = getc(in)) != EOF;)
		fputs(c == '\n' ? "\r\n" : (char[]){(char)c, 0}, out);
	fclose(in);
	fclose(out);
	FILE *w = fopen(path, "wb");
	cr_assert(w && fwrite(text, 1, n, w) == n && fclose(w) == 0);
	free(text);
	cr_assert(dataset_load(&ds, dir, &diags), "%s", problems_text(&diags));
}

TestSuite(narrow_crlf, .init = narrow_crlf_setup, .fini = teardown);

/* The rows a new view shows with filter text, as ids. */
static const char *fresh_ids(const char *text)
{
	static char buf[512];
	struct view w;
	cr_assert(view_init(&w, &ds, v.table));
	view_set_sort(&w, v.sort_col, v.sort_desc);
	cr_assert(view_set_filter(&w, text) && view_refresh(&w));
	buf[0] = '\0';
	for (size_t i = 0; i < w.nrows; i++) {
		if (i)
			strcat(buf, ",");
		strcat(buf, table_cell(&ds.tables[w.table], w.rows[i], 0));
	}
	view_free(&w);
	return buf;
}

/* Types each pattern in turn into v's filter, checking the rows after each. */
static void type_each(const char *const *patterns, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		cr_assert(view_set_filter(&v, patterns[i]) && view_refresh(&v));
		cr_expect_str_eq(ids(), fresh_ids(patterns[i]), "after %s", patterns[i]);
	}
}

Test(narrow, the_gap_after_a_quoted_field_holds_no_hit)
{
	cr_assert(view_init(&v, &ds, TBL_MEETINGS));
	cr_assert(view_set_filter(&v, "zonk") && view_refresh(&v));
	cr_expect_str_eq(ids(), "p3", "the word is in the summary");
	cr_assert(view_set_filter(&v, "zonk\"") && view_refresh(&v));
	cr_expect_str_eq(ids(), "", "but its copy after the field's end is not text");
	cr_assert(view_set_filter(&v, "\"\"quxz") && view_refresh(&v));
	cr_expect_str_eq(ids(), "p3", "the undone quotes are the field's own");
	cr_expect_str_eq(fresh_ids("zonk\""), "", "nor for a fresh filter");
}

static void type_all_words(void)
{
	static const char *const words[][6] = {
		{"t", "tr", "tre", "tree", "trees"},    /* the first hit moves on in p1 */
		{"o", "on", "onk", "onk\"", "onk\","},  /* the hit would move into a gap */
		{",", ",m", ",mo"},                     /* a hit starting in a gap */
		{"T", "Tr", "Tre", "Tree", "Trees"},    /* case-sensitive throughout */
		{"e", "ee", "tree", "trees"},           /* letters added in front too */
		{"am", "ram", "tram", "xtram"},         /* where the word occurs once */
		{"r", "re", "Re", "Rea"},               /* a capital: a fresh scan */
		{"k", "ko", "kor", "kore", "korea"},    /* a code, then the host's name */
		{"city:r", "city:ro", "city:rot", "rot", "rott"},
		{"p", "p2", "p2b"},
	};
	/* typed: as the browser's panes, which note hits and ends from the first letter */
	for (int mode = 0; mode < 4; mode++) {
		bool sorted = mode & 1, typed = mode & 2;
		for (size_t w = 0; w < sizeof words / sizeof *words; w++) {
			view_free(&v);
			cr_assert(view_init(&v, &ds, TBL_MEETINGS));
			if (typed)
				view_set_typed(&v);
			if (sorted) /* by start, descending */
				view_set_sort(&v, 1, true);
			size_t n = 0;
			while (n < 6 && words[w][n])
				n++;
			type_each(words[w], n);
		}
	}
}

Test(narrow, typing_keeps_the_rows_a_fresh_filter_keeps)
{
	type_all_words();
	cr_assert(view_set_filter(&v, "tree") && view_refresh(&v));
	cr_expect_str_eq(ids(), "p1", "tree is in p1's notes, after Tram");
	cr_assert(view_set_filter(&v, "rpoc") && view_refresh(&v));
	cr_expect_str_eq(ids(), "r1");
}

Test(narrow_crlf, typing_keeps_the_rows_a_fresh_filter_keeps)
{
	type_all_words();
	cr_assert(view_set_filter(&v, "zonk\"") && view_refresh(&v));
	cr_expect_str_eq(ids(), "", "no hit after the quoted field's end");
}

/* The bundled record: long summaries, so that rows are read by each of the signature's
 * loops (rowsig.c), and words that hold the first letter again further on. */
static void bundled_setup(void)
{
	setlocale(LC_ALL, "C.UTF-8");
	cr_assert(dataset_load(&ds, BUNDLEDDATADIR, &diags), "%s", problems_text(&diags));
}

static void bundled_teardown(void)
{
	view_free(&v);
	dataset_free(&ds);
	diags_free(&diags);
}

TestSuite(narrow_bundled, .init = bundled_setup, .fini = bundled_teardown);

/* Words cut from the record's own text (as written, lower-cased, or with a last letter
 * changed), typed a letter at a time into a typed view: from the third letter on, rows are
 * dropped by their signature for the first letter. Each step must keep what a fresh
 * filter keeps. */
Test(narrow_bundled, typing_words_of_the_record_keeps_the_rows_a_fresh_filter_keeps)
{
	const struct table *tb = &ds.tables[TBL_MEETINGS];
	unsigned seed = 2004;
	size_t used_sig = 0, words = 0;
	while (words < 150) {
		size_t rec = (size_t)rand_r(&seed) % tb->nrows;
		const char *s = table_field(tb, rec, 11); /* the summary */
		size_t len = strlen(s), plen = 3 + (size_t)rand_r(&seed) % 6;
		if (len < plen)
			continue;
		char word[16];
		memcpy(word, s + (size_t)rand_r(&seed) % (len - plen + 1), plen);
		word[plen] = '\0';
		if (strpbrk(word, ".[]()*+?{}|^$\\") || (unsigned char)word[0] >= 0x80)
			continue; /* plain ASCII words only: the signature's case */
		int how = rand_r(&seed) % 3;
		for (size_t i = 0; i < plen && how > 0; i++)
			word[i] = (char)(word[i] >= 'A' && word[i] <= 'Z' ? word[i] + 32 : word[i]);
		if (how == 2)
			word[plen - 1] = (char)('a' + rand_r(&seed) % 26);
		view_free(&v);
		cr_assert(view_init(&v, &ds, TBL_MEETINGS));
		view_set_typed(&v);
		for (size_t n = 1; n <= plen; n++) {
			char typed[16];
			memcpy(typed, word, n);
			typed[n] = '\0';
			cr_assert(view_set_filter(&v, typed) && view_refresh(&v));
			used_sig += v.sig_need != 0;
			cr_assert_str_eq(ids(), fresh_ids(typed), "after \"%s\"", typed);
		}
		words++;
	}
	cr_expect_gt(used_sig, 100, "the signature was used (%zu steps)", used_sig);
}

/* Out of time to note signatures (a budget of 0), the first letter's pass notes every row's
 * as unknown, which rules nothing out: typing gives the same rows. The same letter typed
 * again with time to spare notes them. */
Test(narrow_bundled, a_pass_out_of_time_notes_signatures_as_unknown_and_the_next_notes_them)
{
	double budget = view_sig_budget;
	view_sig_budget = 0;
	cr_assert(view_init(&v, &ds, TBL_MEETINGS));
	view_set_typed(&v);
	static const char *const treaty[] = {"t", "tr", "tre", "trea", "treat", "treaty"};
	type_each(treaty, 6);
	size_t unknown = 0;
	for (size_t rec = 0; rec < v.nrecords; rec++)
		unknown += v.sig[rec] == ROWSIG_ANY;
	cr_expect_eq(unknown, v.nrecords, "every row unknown");
	cr_expect(v.sig_partial);
	view_sig_budget = budget;
	cr_assert(view_set_filter(&v, NULL) && view_refresh(&v));
	type_each(treaty, 6);
	unknown = 0;
	for (size_t rec = 0; rec < v.nrecords; rec++)
		unknown += v.sig[rec] == ROWSIG_ANY;
	cr_expect_eq(unknown, 0, "every row noted the second time");
	cr_expect(!v.sig_partial);
}
