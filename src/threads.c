/* threads.c: MTCR_THREADS, read once, says which thread sites are on (see threads.h). */
#include "threads.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>

static const char *const names[THREAD_SITES] = {"scan", "filter"};
static bool on[THREAD_SITES];
static pthread_once_t once = PTHREAD_ONCE_INIT;

static void read_switch(void)
{
	const char *s = getenv("MTCR_THREADS");
	for (int i = 0; i < THREAD_SITES; i++)
		on[i] = !s || !*s || strcmp(s, "1") == 0;
	if (!s || !*s || strcmp(s, "1") == 0 || strcmp(s, "0") == 0)
		return;
	/* a list of names: each one named is on */
	while (*s) {
		size_t n = strcspn(s, ",");
		for (int i = 0; i < THREAD_SITES; i++)
			if (strlen(names[i]) == n && strncmp(s, names[i], n) == 0)
				on[i] = true;
		s += n + (s[n] == ',');
	}
}

bool threads_on(enum thread_site site)
{
	pthread_once(&once, read_switch);
	return on[site];
}
