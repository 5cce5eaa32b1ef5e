/* What a keystroke costs in the browser on a large data directory: the load, then each
 * keystroke of an incremental filter and search over the meetings view, a sort, and a link
 * change, timed on the view module directly (no terminal).
 * Usage: [REPEAT=R] bench_view DIR [WORD]   prints one line per measure, in milliseconds
 * (a keystroke's: the median of R runs). */
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "dataset.h"
#include "dataset_struct.h"
#include "view.h"

static double now_ms(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

/* CPU time of the process, both filter threads together: steadier than the wall clock
 * when other jobs share the cores. */
static double cpu_ms(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
	return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

static int cmp_double(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;
	return (x > y) - (x < y);
}

static double median(double *x, size_t n)
{
	qsort(x, n, sizeof *x, cmp_double);
	return n % 2 ? x[n / 2] : (x[n / 2 - 1] + x[n / 2]) / 2;
}

static void die(const char *what)
{
	fprintf(stderr, "bench_view: %s\n", what);
	exit(1);
}

int main(int argc, char **argv)
{
	if (argc < 2)
		die("usage: bench_view DIR [WORD]");
	setlocale(LC_ALL, "");
	const char *word = argc > 2 ? argv[2] : "treaty";
	struct dataset ds;
	struct diags d = {0};
	double t0 = now_ms();
	if (!dataset_load(&ds, argv[1], &d))
		die("the data has problems (run mtcr --check)");
	printf("load                 %9.1f ms  (%zu meetings)\n", now_ms() - t0, ds.nmeetings);

	struct view v;
	if (!view_init(&v, &ds, TBL_MEETINGS))
		die("out of memory");
	view_set_typed(&v); /* as the browser's panes are */
	/* Typing the filter one character at a time, as at the & prompt; REPEAT=R types it R
	 * times (clearing the filter between) and prints each keystroke's median, which a
	 * busy machine disturbs less than one run. */
	enum { MAXLEN = 63, MAXREP = 101 };
	char prefix[MAXLEN + 1];
	const char *rep = getenv("REPEAT");
	size_t reps = rep && atoi(rep) > 0 ? (size_t)atoi(rep) : 1, len = strlen(word);
	reps = reps > MAXREP ? MAXREP : reps;
	len = len > MAXLEN ? MAXLEN : len;
	static double ms[MAXLEN][MAXREP], cpu[MAXLEN][MAXREP];
	size_t rows[MAXLEN];
	for (size_t r = 0; r < reps; r++) {
		view_set_filter(&v, NULL);
		view_refresh(&v);
		for (size_t i = 1; i <= len; i++) {
			memcpy(prefix, word, i);
			prefix[i] = '\0';
			double c0 = cpu_ms();
			t0 = now_ms();
			if (!view_set_filter(&v, prefix) || !view_refresh(&v))
				die("out of memory");
			ms[i - 1][r] = now_ms() - t0;
			cpu[i - 1][r] = cpu_ms() - c0;
			rows[i - 1] = v.nrows;
		}
	}
	/* The first letter's first run also notes each row's signature (rowsig.h), which
	 * later runs of the same letter keep: the median hides it, so it is shown apart. */
	double first_time = ms[0][0];
	double worst = 0;
	for (size_t i = 1; i <= len; i++) {
		double m = median(ms[i - 1], reps);
		worst = m > worst ? m : worst;
		printf("filter keystroke %-4.*s %9.1f ms  (%zu rows; cpu %.1f ms)\n", (int)i, word,
		       m, rows[i - 1], median(cpu[i - 1], reps));
	}
	printf("filter worst         %9.1f ms\n", worst);
	printf("first letter, first  %9.1f ms  (noting signatures)\n", first_time);
	/* The floor under a letter that rescans most rows: one pass of the word over all of
	 * every row's text on one thread, with no view around it. */
	struct matcher w;
	if (!matcher_init(&w, word))
		die("out of memory");
	const struct table *tb = &ds.tables[TBL_MEETINGS];
	size_t found = 0;
	t0 = now_ms();
	for (size_t rec = 0; rec < tb->nrows && w.fast; rec++) {
		const char *s = table_field(tb, rec, 0);
		size_t end = (size_t)(table_field(tb, rec, tb->ncols - 1) - s);
		end += strlen(s + end);
		found += matcher_find_in(&w, s, end) < end;
	}
	printf("text scan, 1 thread  %9.1f ms  (%zu rows with a hit)\n", now_ms() - t0, found);
	matcher_free(&w);
	view_set_filter(&v, NULL);
	view_refresh(&v);

	struct matcher m;
	matcher_init(&m, word);
	bool wrapped;
	t0 = now_ms();
	size_t hit = view_search(&v, &m, 0, 1, &wrapped);
	printf("search next          %9.1f ms  (row %zu)\n", now_ms() - t0, hit);
	matcher_free(&m);

	t0 = now_ms();
	view_set_sort(&v, 3, false);
	view_refresh(&v);
	printf("sort by city         %9.1f ms\n", now_ms() - t0);

	struct view members;
	view_init(&members, &ds, TBL_MEMBERS);
	t0 = now_ms();
	for (size_t i = 0; i < 100 && i < ds.nmeetings; i++)
		view_set_link(&members, TBL_MEETINGS, i);
	printf("link move (members)  %9.3f ms  (mean of 100 cursor moves)\n", (now_ms() - t0) / 100);

	/* A member's meetings are the Plenaries it took part in: a pass over the meetings. */
	t0 = now_ms();
	size_t moves = ds.nmembers < 20 ? ds.nmembers : 20;
	for (size_t i = 0; i < moves; i++)
		view_set_link(&v, TBL_MEMBERS, i);
	printf("link move (meetings) %9.3f ms  (mean of %zu member cursor moves)\n",
	       moves ? (now_ms() - t0) / (double)moves : 0.0, moves);

	view_free(&members);
	view_free(&v);
	dataset_free(&ds);
	diags_free(&d);
	return 0;
}
