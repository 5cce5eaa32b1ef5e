/* What a keystroke costs in the browser on a large data directory: the load, then each
 * keystroke of an incremental filter and search over the meetings view, a sort, and a link
 * change, timed on the view module directly (no terminal).
 * Usage: bench_view DIR [WORD]   prints one line per measure, in milliseconds. */
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
	/* Typing the filter one character at a time, as at the & prompt. */
	char prefix[64];
	double worst = 0;
	for (size_t i = 1; i <= strlen(word) && i < sizeof prefix; i++) {
		memcpy(prefix, word, i);
		prefix[i] = '\0';
		t0 = now_ms();
		if (!view_set_filter(&v, prefix) || !view_refresh(&v))
			die("out of memory");
		double ms = now_ms() - t0;
		worst = ms > worst ? ms : worst;
		printf("filter keystroke %-4s %9.1f ms  (%zu rows)\n", prefix, ms, v.nrows);
	}
	printf("filter worst         %9.1f ms\n", worst);
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
