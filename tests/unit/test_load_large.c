/* A data set large enough that its files are scanned on a reading thread, the other side
 * of its links derived on two threads and its views filtered on two: the records, links,
 * problems and rows are what the small path gives, line for line. */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <stdatomic.h>
#include <string.h>
#include <time.h>

#include "dataset.h"
#include "dataset_struct.h"
#include "matcher.h"
#include "view.h"
#include "testutil.h"

enum { MEETINGS = 70000, BAD_KIND = 20000, DUP_ID = 30000, DANGLING = 25000, TWICE = 35000 };

static struct diags diags;

static void teardown(void)
{
	diags_free(&diags);
}

TestSuite(load_large, .fini = teardown);

static FILE *open_in(const char *dir, const char *name)
{
	char path[4096];
	snprintf(path, sizeof path, "%s/%s", dir, name);
	FILE *fp = fopen(path, "w");
	cr_assert_not_null(fp);
	return fp;
}

/* Meetings m0.. (about 7 MB) with two concern links each (about 1 MB), the good fixture's
 * members and concerns; planted: a bad kind and a repeated id in meetings.csv, a meeting
 * that does not exist and a link given twice in meeting_concerns.csv. */
static void write_large(const char *dir)
{
	FILE *fp = open_in(dir, "meetings.csv");
	fputs("id,kind,number,start,end,city,host,chair,chair_country,opened_by,partners,summary,"
	      "notes,sources\n", fp);
	for (int i = 0; i < MEETINGS; i++)
		fprintf(fp, "m%d,%s,%d,2004-10-06,,Seoul,ITA,,ITA;FRA,,,\"Summary of meeting %d, "
			"\"\"quoted\"\" and long enough\",,https://example.org/m%d\n",
			i == DUP_ID ? 7 : i, i == BAD_KIND ? "meeting" : "plenary", i + 1, i, i);
	fclose(fp);
	fp = open_in(dir, "meeting_concerns.csv");
	fputs("meeting,concern\n", fp);
	fputs("m0,regional\n", fp);
	for (int i = 0; i < MEETINGS; i++) {
		if (i == DUP_ID)
			continue;
		fprintf(fp, "m%d,itt\n", i == DANGLING ? 99999999 : i);
		fprintf(fp, "m%d,unscr1540\n", i);
		if (i == TWICE)
			fprintf(fp, "m%d,unscr1540\n", i);
	}
	fclose(fp);
	fp = open_in(dir, "meeting_members.csv");
	fputs("meeting,member,role\nm1,FRA,new\n", fp);
	fclose(fp);
}

/* The other side of every link, as a walk of the meetings in order gives it: l(r) lists
 * each meeting whose list `from` holds r, in meeting order, and nothing else. */
static void expect_inverse(const struct dataset *ds, size_t nrecords,
			   const struct idxlist *(*from)(const struct meeting *),
			   const struct idxlist *(*to)(const struct dataset *, size_t))
{
	size_t *seen = calloc(nrecords + 1, sizeof *seen);
	cr_assert_not_null(seen);
	for (size_t m = 0; m < ds->nmeetings; m++) {
		const struct idxlist *l = from(&ds->meetings[m]);
		for (uint32_t k = 0; k < l->n; k++) {
			const struct idxlist *back = to(ds, l->v[k]);
			size_t at = seen[l->v[k]]++;
			cr_assert_lt(at, back->n, "meeting %zu is missing from record %u", m, l->v[k]);
			cr_assert_eq(back->v[at], m, "record %u, entry %zu", l->v[k], at);
		}
	}
	for (size_t r = 0; r < nrecords; r++)
		cr_assert_eq(seen[r], to(ds, r)->n, "record %zu has more than its links", r);
	free(seen);
}

static const struct idxlist *raised(const struct meeting *m) { return &m->concerns; }
static const struct idxlist *chairs(const struct meeting *m) { return &m->chairs; }
static const struct idxlist *welcomed(const struct meeting *m) { return &m->new_members; }
/* dataset_derived's lists, where expect_inverse can point to them */
static const struct idxlist *derived(const struct dataset *ds, enum derived_list d, size_t i)
{
	static struct idxlist l;
	l = dataset_derived(ds, d, i);
	return &l;
}
static const struct idxlist *raised_at(const struct dataset *ds, size_t i)
{
	return derived(ds, DL_RAISED_AT, i);
}
static const struct idxlist *chaired(const struct dataset *ds, size_t i)
{
	return derived(ds, DL_CHAIRED, i);
}
static const struct idxlist *joined_at(const struct dataset *ds, size_t i)
{
	return derived(ds, DL_WELCOMED_AT, i);
}

Test(load_large, gives_the_records_links_and_problems_of_the_small_path)
{
	char *dir = fixture_dir(NULL);
	write_large(dir);
	struct dataset ds;
	cr_expect_not(dataset_load(&ds, dir, &diags));
	cr_expect_eq(ds.nmeetings, MEETINGS);
	/* every meeting but the repeated id has two links, m0 a third, the dangling one none */
	cr_expect_eq(ds.nconcern_links, 2 * (MEETINGS - 1) + 1 - 1);
	cr_expect_eq(ds.nmember_links, 1);
	char last[16];
	snprintf(last, sizeof last, "m%d", MEETINGS - 1);
	size_t m = dataset_meeting(&ds, last);
	cr_assert_eq(m, MEETINGS - 1);
	cr_expect_eq(ds.meetings[m].concerns.n, 2);
	cr_expect_eq(ds.meetings[m].chairs.n, 2, "chair_country ITA;FRA: two chairs");
	cr_expect_eq(ds.meetings[m].number, MEETINGS);
	cr_expect_eq(dataset_meeting(&ds, "m7"), 7, "a repeated id resolves to its first row");
	size_t itt = dataset_concern(&ds, "itt");
	cr_expect_eq(raised_at(&ds, itt)->n, MEETINGS - 2);
	cr_expect_eq(raised_at(&ds, itt)->v[0], 0);
	cr_expect_eq(derived(&ds, DL_HOSTED, dataset_member(&ds, "ITA"))->n, MEETINGS);
	expect_inverse(&ds, ds.nconcerns, raised, raised_at);
	expect_inverse(&ds, ds.nmembers, chairs, chaired);
	expect_inverse(&ds, ds.nmembers, welcomed, joined_at);
	dataset_free(&ds);
	fixture_remove(dir);

	/* Lines: header is line 1, meeting i on line i + 2; the link file has m0's extra link
	 * on line 2, then two lines a meeting (three for TWICE, none for DUP_ID). */
	unsigned long dangling = 3 + 2UL * DANGLING - 1 + 1;
	unsigned long twice = 3 + 2UL * (TWICE - 1) + 2;
	cr_expect(has_problem(&diags, "meetings.csv", BAD_KIND + 2, "kind 'meeting' is not one of"),
		  "%s", problems_text(&diags));
	cr_expect(has_problem(&diags, "meetings.csv", DUP_ID + 2, "duplicate id 'm7' (first on line 9)"),
		  "%s", problems_text(&diags));
	cr_expect(has_problem(&diags, "meeting_concerns.csv", dangling,
			      "meeting 'm99999999' is not an id in meetings.csv"),
		  "%s", problems_text(&diags));
	cr_expect(has_problem(&diags, "meeting_concerns.csv", twice,
			      "link m35000,unscr1540 appears twice"),
		  "%s", problems_text(&diags));
	cr_expect_eq(diags.n, 4, "%s", problems_text(&diags));
}

static char *view_dir;
static struct dataset ds;
static struct view v;

static void close_large_view(void)
{
	view_free(&v);
	dataset_free(&ds);
	fixture_remove(view_dir);
	diags_free(&diags);
}

/* The large data set, loaded (with its planted problems), and a meetings view over it;
 * freed by close_large_view, the teardown of the tests that call it. */
static void open_large_view(void)
{
	view_dir = fixture_dir(NULL);
	write_large(view_dir);
	dataset_load(&ds, view_dir, &diags);
	cr_assert(view_init(&v, &ds, TBL_MEETINGS));
}

/* The rows a filter keeps, counted one record at a time on this thread. */
static size_t count_matching(const struct view *view, const char *pattern)
{
	struct matcher m;
	cr_assert(matcher_init(&m, pattern));
	size_t n = 0;
	for (size_t r = 0; r < view->nrecords; r++)
		n += view_record_matches(view, &m, r);
	matcher_free(&m);
	return n;
}

Test(load_large, a_filter_on_two_threads_keeps_the_rows_in_order, .fini = close_large_view)
{
	open_large_view();
	cr_assert_eq(v.nrows, MEETINGS);
	/* "9" then "99", "999": a scan of every record, then of the shown rows only; rows
	 * match in both halves of the table */
	static const char *const typed[] = {"9", "99", "999"};
	for (size_t k = 0; k < 3; k++) {
		cr_assert(view_set_filter(&v, typed[k]));
		cr_assert(view_refresh(&v));
		cr_expect_eq(v.nrows, count_matching(&v, typed[k]), "%s", typed[k]);
		for (size_t i = 1; i < v.nrows; i++)
			cr_assert_lt(v.rows[i - 1], v.rows[i], "%s: rows out of order at %zu", typed[k], i);
		cr_assert_gt(v.nrows, 0);
		cr_expect_lt(v.rows[0], MEETINGS / 2, "%s", typed[k]);
		cr_expect_geq(v.rows[v.nrows - 1], MEETINGS / 2, "%s", typed[k]);
	}
	cr_expect_eq(v.rows[0], 998, "m998 (number 999) is the first row that matches 999");
}

/* Sorting ranks each distinct value once, then sorts (rank, record) by radix. */
Test(load_large, sorting_many_rows_keeps_the_order_rules, .fini = close_large_view)
{
	open_large_view();
	size_t ncols;
	const int *cols = view_columns(TBL_MEETINGS, &ncols);
	int number = -1, end = -1, host = -1;
	for (size_t c = 0; c < ncols; c++) {
		number = cols[c] == MC_NUMBER ? (int)c : number;
		end = cols[c] == MC_END ? (int)c : end;
		host = cols[c] == MC_HOST ? (int)c : host;
	}
	/* numbers as numbers (9 before 10), both ways */
	view_set_sort(&v, number, false);
	cr_assert(view_refresh(&v));
	for (size_t i = 0; i < v.nrows; i++)
		cr_assert_eq(v.rows[i], i, "ascending, row %zu", i);
	view_set_sort(&v, number, true);
	cr_assert(view_refresh(&v));
	for (size_t i = 0; i < v.nrows; i++)
		cr_assert_eq(v.rows[i], v.nrows - 1 - i, "descending, row %zu", i);
	/* one value (host) or none (end) everywhere: ties stay in file order, both ways */
	int same[] = {host, end};
	for (size_t k = 0; k < 2; k++)
		for (int desc = 0; desc <= 1; desc++) {
			view_set_sort(&v, same[k], desc);
			cr_assert(view_refresh(&v));
			for (size_t i = 0; i < v.nrows; i++)
				cr_assert_eq(v.rows[i], i, "column %d, desc %d, row %zu", same[k], desc, i);
		}
}

/* A poll for a guarded filter on two threads: counts its calls, sees whether two threads
 * are ever inside it at once (it reads the terminal in the browser), and asks to stop after
 * a few calls. */
static atomic_int polls, inside, overlaps;

static bool slow_poll(void *ctx)
{
	(void)ctx;
	if (atomic_fetch_add(&inside, 1) != 0)
		atomic_fetch_add(&overlaps, 1);
	const struct timespec ms = {0, 8000000L};
	nanosleep(&ms, NULL); /* longer than the 5 ms between polls: the other thread comes by */
	atomic_fetch_sub(&inside, 1);
	return atomic_fetch_add(&polls, 1) + 1 >= 5;
}

Test(load_large, a_guarded_filter_on_two_threads_polls_on_one_at_a_time_and_stops,
     .fini = close_large_view)
{
	open_large_view();
	/* a real regex: every call is costly, so both threads look at the clock each row */
	cr_assert(view_set_filter(&v, "m[0-9]*9[0-9]*9"));
	matcher_guard_begin(slow_poll, NULL, 60);
	cr_assert(view_refresh(&v));
	enum matcher_stop why = matcher_guard_end();
	cr_expect_eq(why, MATCHER_CANCELLED, "the poll asked to stop");
	cr_expect_geq(atomic_load(&polls), 5);
	cr_expect_eq(atomic_load(&overlaps), 0, "two threads polled at once %d times",
		     atomic_load(&overlaps));
	cr_expect_lt(v.nrows, MEETINGS, "the stopped scan kept no more than it had matched");
	/* unguarded again: the whole answer */
	cr_assert(view_set_filter(&v, "m[0-9]*9[0-9]*9"));
	cr_assert(view_refresh(&v));
	cr_expect_eq(v.nrows, count_matching(&v, "m[0-9]*9[0-9]*9"));
}

Test(load_large, a_guarded_filter_on_two_threads_stops_at_its_budget, .fini = close_large_view)
{
	open_large_view();
	cr_assert(view_set_filter(&v, "m[0-9]*9[0-9]*9"));
	matcher_guard_begin(NULL, NULL, 0);
	cr_assert(view_refresh(&v));
	cr_expect_eq(matcher_guard_end(), MATCHER_TIMEOUT);
	cr_expect_eq(v.nrows, 0, "every match after the budget is refused");
	cr_expect_eq(matcher_guard_state(), MATCHER_DONE, "ended: no guard in force");
}

/* Links of one meeting past the short scan: repeats are found in its set, in the bits that
 * replace the set once they are smaller, and when the file comes back to the meeting after
 * another's rows. Each repeat is reported on its own line and dropped. */
Test(load_large, a_long_list_finds_each_repeated_link)
{
	enum { NC = 20000 }; /* p1 ends in bits (2.5 KB), p2 in a set */
	char *dir = fixture_dir(NULL);
	FILE *fp = open_in(dir, "concerns.csv");
	fputs("id,name,category,description\n", fp);
	for (int i = 0; i < NC; i++)
		fprintf(fp, "c%d,Concern %d,controls,\n", i, i);
	fclose(fp);
	fp = open_in(dir, "meeting_concerns.csv");
	unsigned long line = 1, want[5];
	fputs("meeting,concern\n", fp);
	for (int i = 0; i < NC; i++, line++) /* p1 raises all: its set turns into bits */
		fprintf(fp, "p1,c%d\n", i);
	fputs("p1,c19999\n", fp); /* a repeat found in the bits */
	want[0] = ++line;
	for (int i = 0; i < 40; i++, line++) /* p2: a set of 40 */
		fprintf(fp, "p2,c%d\n", i);
	fputs("p2,c33\np2,c5\n", fp); /* in the set; one from before the set was made */
	want[1] = ++line;
	want[2] = ++line;
	fputs("p3,c1\np2,c40\np2,c40\np3,c1\n", fp); /* back to p2 after p3; p3 is short */
	line += 2;
	want[3] = ++line;
	want[4] = ++line;
	fclose(fp);
	struct dataset d;
	cr_expect_not(dataset_load(&d, dir, &diags));
	cr_expect_eq(d.nconcern_links, NC + 41 + 1);
	cr_expect_eq(d.meetings[0].concerns.n, NC);
	cr_expect_eq(d.meetings[1].concerns.n, 41);
	cr_expect_eq(d.meetings[dataset_meeting(&d, "p3")].concerns.n, 1);
	cr_expect_eq(raised_at(&d, 40)->n, 2, "c40: p1 and p2, once each");
	static const char *const said[] = {"link p1,c19999 appears twice", "link p2,c33 appears twice",
					   "link p2,c5 appears twice", "link p2,c40 appears twice",
					   "link p3,c1 appears twice"};
	for (int k = 0; k < 5; k++)
		cr_expect(has_problem(&diags, "meeting_concerns.csv", want[k], said[k]), "line %lu: %s\n%s",
			  want[k], said[k], problems_text(&diags));
	cr_expect_eq(diags.n, 5, "%s", problems_text(&diags));
	dataset_free(&d);
	fixture_remove(dir);
}
