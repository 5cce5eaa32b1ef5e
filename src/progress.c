/* Load progress: a name under a lock (set once a file), counts in atomics (updated per
 * buffer of 1 MB or more, so their cost does not show). */
#include "progress.h"

#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>

static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
static char file[4096];
static atomic_ullong done, total;
static atomic_bool started;

void progress_file(const char *path, unsigned long long size)
{
	pthread_mutex_lock(&lock);
	snprintf(file, sizeof file, "%s", path);
	atomic_store(&done, 0);
	atomic_store(&total, size);
	atomic_store(&started, true);
	pthread_mutex_unlock(&lock);
}

void progress_read(size_t n)
{
	atomic_fetch_add_explicit(&done, n, memory_order_relaxed);
}

bool progress_get(char *name, size_t n, unsigned long long *d, unsigned long long *t)
{
	if (!atomic_load(&started))
		return false;
	pthread_mutex_lock(&lock);
	snprintf(name, n, "%s", file);
	*d = atomic_load(&done);
	*t = atomic_load(&total);
	pthread_mutex_unlock(&lock);
	return true;
}
