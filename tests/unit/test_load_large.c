/* A data set large enough that its files are scanned on a reading thread, the meetings
 * checked on another and the link files' references looked up on the reading thread: the
 * records, links and problems are what the small path gives, line for line. */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>

#include "dataset.h"
#include "testutil.h"

enum { MEETINGS = 40000, BAD_KIND = 20000, DUP_ID = 30000, DANGLING = 25000, TWICE = 35000 };

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

/* Meetings m0.. (about 4 MB) with two concern links each (about 1 MB), the good fixture's
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
	size_t m = dataset_meeting(&ds, "m39999");
	cr_assert_eq(m, MEETINGS - 1);
	cr_expect_eq(ds.meetings[m].concerns.n, 2);
	cr_expect_eq(ds.meetings[m].chairs.n, 2, "chair_country ITA;FRA: two chairs");
	cr_expect_eq(ds.meetings[m].number, MEETINGS);
	cr_expect_eq(dataset_meeting(&ds, "m7"), 7, "a repeated id resolves to its first row");
	size_t itt = dataset_concern(&ds, "itt");
	cr_expect_eq(ds.concerns[itt].meetings.n, MEETINGS - 2);
	cr_expect_eq(ds.concerns[itt].meetings.v[0], 0);
	cr_expect_eq(ds.members[dataset_member(&ds, "ITA")].hosted.n, MEETINGS);
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
