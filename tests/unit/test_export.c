/* export_write: the CSV bytes (quoting of every special character, header, line ends), the
 * column selection, exactly the view's rows in its order, and a round trip of the bundled
 * record read back by libcsv. */
#include <criterion/criterion.h>
#include <csv.h>
#include <errno.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dataset_struct.h"
#include "export.h"
#include "testutil.h"

static char *dir;
static struct dataset ds;
static struct diags diags;
static struct view v;

/* Concerns whose fields hold every character that needs care in CSV, and an extra column.
 * Some fields are quoted without need: the export quotes only those that need it. */
static const char special_concerns[] =
	"id,name,category,description,extra\n"
	"\"itt\",\"Comma, inside\",\"controls\",\"Say \"\"hi\"\"\",x\n"
	"unscr1540,\"Line\nfeed\",\" lead\",\"Lone\rCR\",\"CR LF\r\nend\"\n"
	"regional,T\xc3\xbcrkiye \xe2\x80\x94 \xe6\x97\xa5\xe6\x9c\xac,\"trail \",,\"\t\"\n";

static const char special_export[] =
	"id,name,category,description,extra\n"
	"itt,\"Comma, inside\",controls,\"Say \"\"hi\"\"\",x\n"
	"unscr1540,\"Line\nfeed\",\" lead\",\"Lone\rCR\",\"CR LF\r\nend\"\n"
	"regional,T\xc3\xbcrkiye \xe2\x80\x94 \xe6\x97\xa5\xe6\x9c\xac,\"trail \",,\"\t\"\n";

static void load(const char *from)
{
	cr_assert(dataset_load(&ds, from, &diags), "%s", problems_text(&diags));
}

static void write_file(const char *path, const char *text)
{
	FILE *f = fopen(path, "wb");
	cr_assert(f, "cannot write %s", path);
	cr_assert_eq(fputs(text, f) >= 0 && fclose(f) == 0, true);
}

static void setup(void)
{
	setlocale(LC_ALL, "C.UTF-8");
	dir = fixture_dir(NULL);
}

static void setup_special(void)
{
	setup();
	char path[4096];
	snprintf(path, sizeof path, "%s/concerns.csv", dir);
	write_file(path, special_concerns);
	load(dir);
}

static void teardown(void)
{
	view_free(&v);
	dataset_free(&ds);
	diags_free(&diags);
	fixture_remove(dir);
}

TestSuite(export, .init = setup, .fini = teardown);
/* The same with the concerns of special_concerns. */
TestSuite(export_special, .init = setup_special, .fini = teardown);

/* The export of the view as a string (static buffer). */
static const char *exported(const int *cols, size_t ncols)
{
	static char buf[1 << 17];
	FILE *f = tmpfile();
	cr_assert(f);
	cr_assert(export_write(&v, cols, ncols, f), "export_write failed: %s", strerror(errno));
	long len = ftell(f);
	cr_assert(len >= 0 && (size_t)len < sizeof buf, "export of %ld bytes", len);
	rewind(f);
	cr_assert_eq(fread(buf, 1, (size_t)len, f), (size_t)len);
	buf[len] = '\0';
	fclose(f);
	return buf;
}

/* ---- Reading CSV back with libcsv: records as arrays of fields. ---- */
struct parsed {
	char **field;
	size_t nfields, cap;
	size_t rec_end[256]; /* index in field after the last field of each record */
	size_t nrecs;
};

static void on_field(void *s, size_t len, void *data)
{
	struct parsed *p = data;
	if (p->nfields == p->cap) {
		p->cap = p->cap ? 2 * p->cap : 64;
		p->field = realloc(p->field, p->cap * sizeof *p->field);
		cr_assert(p->field);
	}
	char *copy = malloc(len + 1);
	cr_assert(copy);
	memcpy(copy, s, len);
	copy[len] = '\0';
	p->field[p->nfields++] = copy;
}

static void on_record(int c, void *data)
{
	(void)c;
	struct parsed *p = data;
	cr_assert(p->nrecs < sizeof p->rec_end / sizeof *p->rec_end);
	p->rec_end[p->nrecs++] = p->nfields;
}

static int no_space(unsigned char c)
{
	(void)c;
	return 0;
}

/* Strict RFC 4180 parsing; with keep_blanks false, libcsv's default trimming of bare fields. */
static void parse(const char *text, bool keep_blanks, struct parsed *p)
{
	struct csv_parser parser;
	memset(p, 0, sizeof *p);
	cr_assert_eq(csv_init(&parser, CSV_STRICT | CSV_STRICT_FINI | CSV_APPEND_NULL), 0);
	if (keep_blanks)
		csv_set_space_func(&parser, no_space);
	size_t len = strlen(text);
	cr_assert_eq(csv_parse(&parser, text, len, on_field, on_record, p), len,
		     "libcsv: %s", csv_strerror(csv_error(&parser)));
	cr_assert_eq(csv_fini(&parser, on_field, on_record, p), 0);
	csv_free(&parser);
}

static void parsed_free(struct parsed *p)
{
	for (size_t i = 0; i < p->nfields; i++)
		free(p->field[i]);
	free(p->field);
}

static size_t rec_start(const struct parsed *p, size_t r)
{
	return r ? p->rec_end[r - 1] : 0;
}

/* Every record of p equals header + the view's rows of the table, field by field. */
static void expect_table(const struct parsed *p, const struct table *t)
{
	cr_assert_eq(p->nrecs, v.nrows + 1, "%zu records for %zu rows", p->nrecs, v.nrows);
	for (size_t r = 0; r < p->nrecs; r++) {
		size_t first = rec_start(p, r);
		cr_assert_eq(p->rec_end[r] - first, t->ncols, "record %zu", r);
		for (size_t c = 0; c < t->ncols; c++)
			cr_assert_str_eq(p->field[first + c],
					 r ? table_field(t, v.rows[r - 1], c) : t->colnames[c],
					 "%s record %zu field %zu", t->schema->name, r, c);
	}
}

/* The first field of every record after the header, comma separated (static buffer). */
static const char *first_fields(const char *csv)
{
	static char buf[1024];
	struct parsed p;
	parse(csv, true, &p);
	buf[0] = '\0';
	for (size_t r = 1; r < p.nrecs; r++) {
		if (r > 1)
			strcat(buf, ",");
		strcat(buf, p.field[rec_start(&p, r)]);
	}
	parsed_free(&p);
	return buf;
}

/* The view's own records as the same kind of list. */
static const char *view_ids(void)
{
	static char buf[1024];
	buf[0] = '\0';
	for (size_t i = 0; i < v.nrows; i++) {
		if (i)
			strcat(buf, ",");
		strcat(buf, table_field(&v.ds->tables[v.table], v.rows[i], 0));
	}
	return buf;
}

/* ---- The bytes ---- */

Test(export_special, quotes_only_the_fields_that_need_it)
{
	cr_assert(view_init(&v, &ds, TBL_CONCERNS));
	cr_expect_str_eq(exported(NULL, 0), special_export);
}

Test(export_special, special_characters_round_trip_through_libcsv)
{
	cr_assert(view_init(&v, &ds, TBL_CONCERNS));
	const char *csv = exported(NULL, 0);
	struct parsed p;
	parse(csv, true, &p);
	expect_table(&p, &ds.tables[TBL_CONCERNS]);
	parsed_free(&p);
	/* A reader that trims blanks from bare fields still gets them: they were quoted. */
	parse(csv, false, &p);
	expect_table(&p, &ds.tables[TBL_CONCERNS]);
	parsed_free(&p);
}

Test(export, no_bom_and_lf_line_ends)
{
	load(dir);
	cr_assert(view_init(&v, &ds, TBL_MEETINGS));
	const char *csv = exported(NULL, 0);
	cr_expect(strncmp(csv, "id,kind,number,", 15) == 0, "starts with the header: %.20s", csv);
	cr_expect_eq(strchr(csv, '\r'), NULL, "no CR in a file whose data holds none");
	cr_expect_eq(csv[strlen(csv) - 1], '\n');
}

Test(export_special, a_lone_empty_field_is_quoted_so_the_record_is_not_lost)
{
	cr_assert(view_init(&v, &ds, TBL_CONCERNS));
	int col = table_find_column(&ds.tables[TBL_CONCERNS], "description");
	cr_assert_geq(col, 0);
	const char *csv = exported(&col, 1);
	cr_expect_str_eq(csv, "description\n\"Say \"\"hi\"\"\"\n\"Lone\rCR\"\n\"\"\n");
	struct parsed p;
	parse(csv, true, &p);
	cr_expect_eq(p.nrecs, 4, "header and three records");
	parsed_free(&p);
}

Test(export_special, empty_fields_among_others_stay_bare)
{
	cr_assert(view_init(&v, &ds, TBL_CONCERNS));
	int cols[] = {0, 3};
	cr_expect_str_eq(exported(cols, 2), "id,description\nitt,\"Say \"\"hi\"\"\"\n"
		"unscr1540,\"Lone\rCR\"\nregional,\n");
}

/* ---- Columns ---- */

Test(export_special, columns_in_the_order_given_repeats_allowed)
{
	cr_assert(view_init(&v, &ds, TBL_CONCERNS));
	const struct table *t = &ds.tables[TBL_CONCERNS];
	int cols[] = {table_find_column(t, "extra"), table_find_column(t, "id"),
		      table_find_column(t, "id")};
	cr_expect_str_eq(exported(cols, 3), "extra,id,id\nx,itt,itt\n"
		"\"CR LF\r\nend\",unscr1540,unscr1540\n\"\t\",regional,regional\n");
}

Test(export, a_column_outside_the_file_is_refused)
{
	load(dir);
	cr_assert(view_init(&v, &ds, TBL_MEMBERS));
	int bad[] = {0, 99};
	FILE *f = tmpfile();
	errno = 0;
	cr_expect_not(export_write(&v, bad, 2, f));
	cr_expect_eq(errno, EINVAL);
	cr_expect_eq(ftell(f), 0, "nothing written");
	int neg = -1;
	cr_expect_not(export_write(&v, &neg, 1, f));
	fclose(f);
}

/* ---- Rows: exactly the view's, in its order ---- */

Test(export, rows_follow_link_filter_and_sort)
{
	load(dir);
	cr_assert(view_init(&v, &ds, TBL_CONCERNS));
	cr_assert(view_set_link(&v, TBL_MEETINGS, dataset_meeting(&ds, "p2")));
	view_set_link_only(&v, true);
	cr_assert(view_set_filter(&v, "tion"));
	view_set_sort(&v, 0, false); /* name */
	cr_assert(view_refresh(&v));
	cr_expect_str_eq(first_fields(exported(NULL, 0)), "regional,unscr1540");
	view_set_sort(&v, 0, true);
	cr_assert(view_refresh(&v));
	cr_expect_str_eq(first_fields(exported(NULL, 0)), "unscr1540,regional");
	cr_expect_str_eq(first_fields(exported(NULL, 0)), view_ids());
}

Test(export, members_of_a_meeting_filtered_and_sorted_by_date)
{
	load(dir);
	cr_assert(view_init(&v, &ds, TBL_MEMBERS));
	cr_assert(view_set_link(&v, TBL_MEETINGS, dataset_meeting(&ds, "p2")));
	view_set_link_only(&v, true);
	cr_assert(view_set_filter(&v, "name:u")); /* Republic, Bulgaria, Luxembourg */
	view_set_sort(&v, 2, true);          /* joined, latest first */
	cr_assert(view_refresh(&v));
	cr_expect_str_eq(first_fields(exported(NULL, 0)), "BGR,KOR,LUX");
}

Test(export, filtered_out_rows_never_leak)
{
	load(dir);
	cr_assert(view_init(&v, &ds, TBL_MEETINGS));
	cr_assert(view_set_filter(&v, "Seoul") && view_refresh(&v));
	const char *csv = exported(NULL, 0);
	cr_expect_str_eq(first_fields(csv), "p2");
	cr_expect_null(strstr(csv, "Rome"));
}

Test(export, an_empty_view_writes_the_header_only)
{
	load(dir);
	cr_assert(view_init(&v, &ds, TBL_MEETINGS));
	cr_assert(view_set_filter(&v, "no such text anywhere") && view_refresh(&v));
	cr_expect_str_eq(exported(NULL, 0), "id,kind,number,start,end,city,host,chair,chair_country,"
					    "opened_by,partners,summary,notes,sources\n");
}

/* ---- The bundled record, every table ---- */

Test(export, bundled_record_round_trips_field_for_field)
{
	load(BUNDLEDDATADIR);
	for (int t = TBL_MEETINGS; t <= TBL_CONCERNS; t++) {
		cr_assert(view_init(&v, &ds, (enum table_id)t));
		struct parsed p;
		parse(exported(NULL, 0), true, &p);
		expect_table(&p, &ds.tables[t]);
		parsed_free(&p);
		view_free(&v);
	}
}

Test(export, a_write_error_is_reported)
{
	load(BUNDLEDDATADIR);
	cr_assert(view_init(&v, &ds, TBL_MEETINGS));
	FILE *full = fopen("/dev/full", "w");
	cr_assert(full, "/dev/full: %s", strerror(errno));
	errno = 0;
	cr_expect_not(export_write(&v, NULL, 0, full), "the record is larger than a stdio buffer");
	cr_expect_eq(errno, ENOSPC, "errno %d", errno);
	fclose(full);
}
