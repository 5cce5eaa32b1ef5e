/* threads.h: an off switch for each place mtcr starts a worker thread, so that a benchmark
 * can measure what each one buys (bench/threads). Not for users: MTCR_THREADS is read once;
 * unset or "1" turns every site on, "0" turns all off, and a comma-separated list of site
 * names ("scan,filter") turns on only those. */
#ifndef MTCR_THREADS_H
#define MTCR_THREADS_H

#include <stdbool.h>

enum thread_site {
	THREAD_SCAN,   /* csvread_thread.c: a large file is scanned on a second thread */
	THREAD_FILTER, /* view.c: a filter over a large table runs in two halves */
	THREAD_SITES
};

/* Whether this site may start its thread (MTCR_THREADS, read on the first call). */
bool threads_on(enum thread_site site);

#endif
