/* Mapping a large block's pages before it is written. */
#ifndef MTCR_PREFAULT_H
#define MTCR_PREFAULT_H
#include <stddef.h>

/* Maps the pages of p[0..n), a freshly allocated block that is about to be written
 * through, in one call. Writing a page for the first time traps to the kernel; on the
 * virtual machines this project runs on, each trap goes through the host, and the traps
 * of loading 10^6 meetings (136 000 of them) took a third of its time. Does nothing for a
 * block under 256 KiB (its traps cost little), or where the kernel cannot (before Linux
 * 5.14); a block left partly unwritten costs its pages in memory all the same, so only
 * blocks that fill are given. */
void prefault(void *p, size_t n);

#endif
