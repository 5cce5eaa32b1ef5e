/* Each kind of data problem, from the fixtures in tests/data/bad, gives its message on the
 * right file and line; unknown columns, a BOM and CRLF are accepted. */
#include <criterion/criterion.h>
#include <stdint.h>
#include <string.h>

#include "columns.h"
#include "dataset.h"
#include "dataset_struct.h"
#include "testutil.h"

static struct diags diags;

/* Loads the good fixture with one file replaced; returns whether it loaded cleanly. */
static bool load_with(const char *bad)
{
	char *dir = fixture_dir(bad);
	struct dataset ds;
	bool ok = dataset_load(&ds, dir, &diags);
	dataset_free(&ds);
	fixture_remove(dir);
	return ok;
}

static void teardown(void)
{
	diags_free(&diags);
}

TestSuite(validate, .fini = teardown);

#define EXPECT_PROBLEM(file, line, text) \
	cr_expect(has_problem(&diags, file, line, text), "expected %s:%d: %s, got:\n%s", file, line, \
		  text, problems_text(&diags))

Test(validate, good_fixture_is_clean)
{
	cr_expect(load_with(NULL), "%s", problems_text(&diags));
}

Test(validate, duplicate_ids)
{
	cr_expect_not(load_with("meetings-dup-id.csv"));
	EXPECT_PROBLEM("meetings.csv", 4, "duplicate id 'p1' (first on line 2)");
}

Test(validate, unknown_values_numbers_and_impossible_dates)
{
	cr_expect_not(load_with("meetings-values.csv"));
	EXPECT_PROBLEM("meetings.csv", 3, "kind 'meeting' is not one of: plenary, rpoc");
	EXPECT_PROBLEM("meetings.csv", 4, "number 'three' is not a whole number");
	EXPECT_PROBLEM("meetings.csv", 4, "partners 'many' is not a whole number");
	EXPECT_PROBLEM("meetings.csv", 5, "start '2004-13-01' is not a valid date");
	EXPECT_PROBLEM("meetings.csv", 5, "end '2004-02-30' is not a valid date");
}

Test(validate, end_before_start)
{
	cr_expect_not(load_with("meetings-end-before-start.csv"));
	EXPECT_PROBLEM("meetings.csv", 3, "end 2004-10-01 is before start 2004-10-06");
	EXPECT_PROBLEM("meetings.csv", 4, "end 2015-09-30 is before start 2015-10");
}

Test(validate, dangling_references_and_missing_sources)
{
	cr_expect_not(load_with("meetings-dangling.csv"));
	EXPECT_PROBLEM("meetings.csv", 2, "host 'XIT' is not a member code in members.csv");
	EXPECT_PROBLEM("meetings.csv", 4, "chair_country 'LUXX' is not a member code");
	EXPECT_PROBLEM("meetings.csv", 5, "sources has no http(s) address");
}

Test(validate, missing_column_is_named)
{
	cr_expect_not(load_with("meetings-missing-column.csv"));
	EXPECT_PROBLEM("meetings.csv", 1, "missing required column 'partners'");
}

Test(validate, extra_columns_are_accepted)
{
	cr_expect(load_with("meetings-extra-column.csv"), "%s", problems_text(&diags));
}

Test(validate, unterminated_quote)
{
	cr_expect_not(load_with("meetings-unterminated.csv"));
	EXPECT_PROBLEM("meetings.csv", 3, "unterminated quoted field");
}

Test(validate, ragged_rows)
{
	cr_expect_not(load_with("meetings-ragged.csv"));
	EXPECT_PROBLEM("meetings.csv", 3, "row has 13 fields, the header has 14");
	EXPECT_PROBLEM("meetings.csv", 4, "row has 15 fields, the header has 14");
}

Test(validate, invalid_utf8_and_nul)
{
	cr_expect_not(load_with("members-bad-utf8.csv"));
	EXPECT_PROBLEM("members.csv", 2, "invalid UTF-8 in column 'name'");
	diags_free(&diags);
	cr_expect_not(load_with("members-nul.csv"));
	EXPECT_PROBLEM("members.csv", 2, "NUL byte in column 'region'");
}

Test(validate, bom_and_crlf_are_accepted)
{
	/* This members file lacks TUR and CYP, which no meeting needs. */
	cr_expect(load_with("members-bom-crlf.csv"), "%s", problems_text(&diags));
}

Test(validate, member_values)
{
	cr_expect_not(load_with("members-values.csv"));
	EXPECT_PROBLEM("members.csv", 3, "status 'member' is not one of: partner, adherent, applicant");
	EXPECT_PROBLEM("members.csv", 4, "code 'kor' is not an ISO 3166-1 alpha-3 code");
	EXPECT_PROBLEM("members.csv", 4, "joined '2001-02-29' is not a valid date");
	EXPECT_PROBLEM("members.csv", 5, "name is empty");
}

Test(validate, empty_and_header_only_files)
{
	cr_expect_not(load_with("members-empty.csv"));
	EXPECT_PROBLEM("members.csv", 0, "empty file");
	diags_free(&diags);
	cr_expect_not(load_with("members-header-only.csv"));
	EXPECT_PROBLEM("members.csv", 1, "no data rows");
}

Test(validate, unlinked_concern)
{
	cr_expect_not(load_with("concerns-unlinked.csv"));
	EXPECT_PROBLEM("concerns.csv", 5, "concern 'uav' is raised by no meeting");
}

Test(validate, dangling_and_duplicate_links)
{
	cr_expect_not(load_with("meeting_concerns-dangling.csv"));
	EXPECT_PROBLEM("meeting_concerns.csv", 3, "meeting 'p9' is not an id in meetings.csv");
	EXPECT_PROBLEM("meeting_concerns.csv", 5, "concern 'wmd' is not an id in concerns.csv");
	EXPECT_PROBLEM("meeting_concerns.csv", 7, "link p2,regional appears twice");
}

Test(validate, link_roles_and_members)
{
	cr_expect_not(load_with("meeting_members-values.csv"));
	EXPECT_PROBLEM("meeting_members.csv", 3, "member 'XXX' is not a member code in members.csv");
	EXPECT_PROBLEM("meeting_members.csv", 4, "role 'founder' is not one of: new");
}

Test(validate, missing_directory)
{
	struct dataset ds;
	cr_expect_not(dataset_load(&ds, "/nonexistent-mtcr-dir", &diags));
	dataset_free(&ds);
	EXPECT_PROBLEM("/nonexistent-mtcr-dir/meetings.csv", 0, "cannot open");
	cr_expect_eq(diags.n, 5, "one problem per file, got:\n%s", problems_text(&diags));
}

Test(validate, problems_come_in_file_and_line_order)
{
	cr_expect_not(load_with("meetings-values.csv"));
	for (size_t i = 1; i < diags.n; i++)
		cr_expect(diags.v[i - 1].file_rank < diags.v[i].file_rank ||
			  (diags.v[i - 1].file_rank == diags.v[i].file_rank &&
			   diags.v[i - 1].line <= diags.v[i].line), "%s", problems_text(&diags));
}

/* Found by the fuzzer: a streamed link file reset its arena after each row, freeing the
 * header names that messages about later rows use. */
Test(validate, bad_utf8_in_a_streamed_link_file_names_its_column)
{
	cr_expect_not(load_with("meeting_concerns-bad-utf8.csv"));
	EXPECT_PROBLEM("meeting_concerns.csv", 3, "invalid UTF-8 in column 'concern'");
}

/* The ids are checked as the rows are read, the other values on a second thread: problems
 * on one line still come in the order of the columns' checks, id first. */
Test(validate, problems_on_one_line_keep_their_order)
{
	char *dir = fixture_dir(NULL);
	fixture_edit(dir, "meetings.csv", "p2,plenary,2,", "p1,meeting,2,");
	struct dataset ds;
	cr_expect_not(dataset_load(&ds, dir, &diags));
	dataset_free(&ds);
	fixture_remove(dir);
	size_t dup = SIZE_MAX, kind = SIZE_MAX;
	for (size_t i = 0; i < diags.n; i++) {
		if (strstr(diags.v[i].msg, "duplicate id 'p1'"))
			dup = i;
		if (strstr(diags.v[i].msg, "kind 'meeting'"))
			kind = i;
	}
	cr_assert_neq(dup, SIZE_MAX, "%s", problems_text(&diags));
	cr_assert_neq(kind, SIZE_MAX, "%s", problems_text(&diags));
	cr_expect_lt(dup, kind, "%s", problems_text(&diags));
	cr_expect_eq(diags.v[dup].line, diags.v[kind].line);
}

/* Counts have nine digits at most; sources need "http://" or "https://" somewhere, also
 * after text that only starts like one. */
Test(validate, counts_and_source_addresses_at_their_edges)
{
	char *dir = fixture_dir(NULL);
	fixture_edit(dir, "meetings.csv", "Mr CHOI Young-Jin,3,", "Mr CHOI Young-Jin,1234567890,");
	fixture_edit(dir, "meetings.csv", "NLD;LUX,,,", "NLD;LUX,,123456789,");
	fixture_edit(dir, "meetings.csv", ",,,,,,,https://example.org/r1", ",,,,,,,http:/example.org/r1");
	fixture_edit(dir, "meetings.csv", ",,https://example.org/p3", ",,see httphttps://example.org/p3");
	fixture_edit(dir, "meetings.csv", "Month only.,https://", "Month only.,http://");
	struct dataset ds;
	cr_expect_not(dataset_load(&ds, dir, &diags));
	EXPECT_PROBLEM("meetings.csv", 3, "partners '1234567890' is not a whole number");
	EXPECT_PROBLEM("meetings.csv", 5, "sources has no http(s) address");
	cr_expect_eq(diags.n, 2, "%s", problems_text(&diags));
	cr_expect_eq(ds.meetings[dataset_meeting(&ds, "p3")].partners, 123456789);
	dataset_free(&ds);
	fixture_remove(dir);
}

/* Every column is checked by its row in the column table: a value that fits no kind ("?!")
 * in every column of a row draws one message naming each checked column and none naming
 * a free-text or id column; a row of empty values names the required columns, the ids,
 * the choices and the sources. */
static void write_rows(const char *dir, enum table_id t, const char *value)
{
	const struct table_schema *s = dataset_schema(t);
	char path[4096];
	snprintf(path, sizeof path, "%s/%s.csv", dir, s->name);
	FILE *f = fopen(path, "w");
	cr_assert(f);
	for (int c = 0; c < s->ncolumns; c++)
		fprintf(f, "%s%s", c ? "," : "", s->columns[c]);
	fputc('\n', f);
	for (int c = 0; c < s->ncolumns; c++)
		fprintf(f, "%s%s", c ? "," : "", value);
	fputc('\n', f);
	fclose(f);
}

static bool names_column(const struct diags *d, const char *file, const char *col)
{
	char start[64];
	snprintf(start, sizeof start, "%s ", col);
	size_t flen = strlen(file);
	for (size_t i = 0; i < d->n; i++) {
		size_t n = strlen(d->v[i].file);
		if (d->v[i].line == 2 && n >= flen && strcmp(d->v[i].file + n - flen, file) == 0 &&
		    strncmp(d->v[i].msg, start, strlen(start)) == 0)
			return true;
	}
	return false;
}

static void check_table_by_column_table(enum table_id t)
{
	const struct table_schema *s = dataset_schema(t);
	char file[64];
	snprintf(file, sizeof file, "%s.csv", s->name);
	for (int empty = 0; empty < 2; empty++) {
		char *dir = fixture_dir(NULL);
		write_rows(dir, t, empty ? "" : "?!");
		struct dataset ds;
		dataset_load(&ds, dir, &diags);
		dataset_free(&ds);
		fixture_remove(dir);
		for (int c = 0; c < s->ncolumns; c++) {
			const struct column_info *ci = column_info(t, c);
			bool want = empty ? ci->required || ci->check == CHECK_ID ||
						    ci->check == CHECK_CODE_ID ||
						    ci->check == CHECK_SOURCES ||
						    ci->check == CHECK_CHOICE
					  : ci->check != CHECK_TEXT && ci->check != CHECK_ID;
			cr_expect_eq(names_column(&diags, file, s->columns[c]), want,
				     "%s column %s (%s row): %s", file, s->columns[c],
				     empty ? "empty" : "\"?!\"", problems_text(&diags));
		}
		diags_free(&diags);
	}
}

Test(validate, each_column_is_checked_by_its_row_in_the_column_table)
{
	check_table_by_column_table(TBL_MEETINGS);
	check_table_by_column_table(TBL_MEMBERS);
	check_table_by_column_table(TBL_CONCERNS);
}
