/* prefault.c: see prefault.h. */
#include "prefault.h"

#include <stdint.h>
#include <sys/mman.h>

enum { PREFAULT_MIN = 256 << 10, PAGE = 4096 };

void prefault(void *p, size_t n)
{
#ifdef MADV_POPULATE_WRITE
	if (n < PREFAULT_MIN)
		return;
	/* The whole pages inside the block: those at its ends may hold other blocks. */
	uintptr_t a = ((uintptr_t)p + PAGE - 1) & ~(uintptr_t)(PAGE - 1);
	uintptr_t e = ((uintptr_t)p + n) & ~(uintptr_t)(PAGE - 1);
	if (e > a)
		(void)madvise((void *)a, e - a, MADV_POPULATE_WRITE); /* only a hint */
#else
	(void)p;
	(void)n;
#endif
}
