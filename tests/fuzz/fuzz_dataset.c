/* libFuzzer target: the CSV reader and the dataset's validation and linking, then a view
 * with a filter, link and sort, fed the same bytes a user's edited data directory could hold.
 * The input holds up to five files separated by lines "%%" (meetings, members, concerns,
 * meeting_concerns, meeting_members); a file left out is missing from the directory.
 * Build: ./configure CC=clang --enable-fuzzing && make tests/fuzz/fuzz_dataset */
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "../unit/csvtranscript.h"
#include "dataset.h"
#include "dataset_struct.h"
#include "view.h"

static const char *const names[] = {"meetings", "members", "concerns", "meeting_concerns",
				    "meeting_members"};
enum { NFILES = 5 };
static char dir[64];

static void write_part(int i, const uint8_t *p, size_t n)
{
	char path[128];
	snprintf(path, sizeof path, "%s/%s.csv", dir, names[i]);
	FILE *f = fopen(path, "wb");
	if (!f)
		abort();
	if (n && fwrite(p, 1, n, f) != n)
		abort();
	if (fclose(f) != 0)
		abort();
}

static void remove_part(int i)
{
	char path[128];
	snprintf(path, sizeof path, "%s/%s.csv", dir, names[i]);
	unlink(path);
}

/* Splits data at lines "%%" into the five files. */
static void write_dir(const uint8_t *data, size_t size)
{
	int i = 0;
	size_t start = 0;
	for (size_t k = 0; k + 3 <= size && i < NFILES - 1; k++) {
		if (data[k] == '%' && data[k + 1] == '%' && data[k + 2] == '\n' &&
		    (k == 0 || data[k - 1] == '\n')) {
			write_part(i++, data + start, k - start);
			start = k + 3;
		}
	}
	write_part(i++, data + start, size - start);
	for (; i < NFILES; i++)
		remove_part(i);
}

/* Views over what loaded, driven by the loaded text itself. */
static void exercise_views(const struct dataset *ds)
{
	for (int t = TBL_MEETINGS; t <= TBL_CONCERNS; t++) {
		struct view v;
		if (view_init(&v, ds, (enum table_id)t)) {
			const char *pattern = ds->nmembers ? ds->members[0].code : "a";
			view_set_filter(&v, pattern);
			if (ds->nmeetings)
				view_set_link(&v, TBL_MEETINGS, ds->nmeetings - 1);
			view_set_link_only(&v, ds->nconcerns % 2);
			view_set_sort(&v, (int)(ds->nmeetings % 3), ds->nmembers % 2);
			view_refresh(&v);
			view_move(&v, 3, 5);
		}
		view_free(&v);
	}
}

/* The fast scanner must give what libcsv alone gives, whatever the reads' size. */
static void compare_readers(void)
{
	char path[128];
	snprintf(path, sizeof path, "%s/%s.csv", dir, names[0]);
	char *want = csv_transcript(path, 0, true, false);
	for (size_t chunk = 0; want && chunk <= 7; chunk += 7) {
		char *got = csv_transcript(path, chunk, false, chunk != 0);
		if (got && strcmp(got, want) != 0) {
			fprintf(stderr, "fast scanner (reads of %zu) differs from libcsv:\n%s\n--- libcsv:\n%s\n",
				chunk, got, want);
			abort();
		}
		free(got);
	}
	free(want);
}

/* What goes to stderr acts on no terminal and is never a huge line, whatever the data. */
static void check_messages(const struct diags *d)
{
	char *text = NULL;
	size_t len = 0;
	FILE *out = open_memstream(&text, &len);
	if (!out)
		return;
	diags_print(d, out, "mtcr", 50);
	if (fclose(out) != 0)
		return;
	size_t line = 0;
	for (size_t i = 0; i < len; i++) {
		unsigned char c = (unsigned char)text[i];
		bool c1 = c == 0xc2 && i + 1 < len && (unsigned char)text[i + 1] >= 0x80 &&
			  (unsigned char)text[i + 1] < 0xa0;
		line = c == '\n' ? 0 : line + 1;
		if ((c < 0x20 && c != '\n') || c == 0x7f || c1 || line > 4096) {
			fprintf(stderr, "a message holds byte %02x at %zu, or a line over 4096:\n%s\n",
				c, i, text);
			abort();
		}
	}
	free(text);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (!dir[0]) {
		strcpy(dir, "/tmp/mtcr-fuzz-XXXXXX");
		if (!mkdtemp(dir))
			abort();
	}
	write_dir(data, size);
	compare_readers();
	struct dataset ds;
	struct diags d = {0};
	dataset_load(&ds, dir, &d);
	/* The views must be safe on whatever a failed load left behind, too. */
	exercise_views(&ds);
	check_messages(&d);
	diags_free(&d);
	dataset_free(&ds);
	return 0;
}
