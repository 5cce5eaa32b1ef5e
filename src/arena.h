/* A chunked string arena: the loaded data lives here, so a table is freed in one call and
 * pointers into it never move (chunks are never reallocated). */
#ifndef MTCR_ARENA_H
#define MTCR_ARENA_H
#include <stddef.h>

struct arena_chunk;
struct arena {
	struct arena_chunk *head;
};

/* Copies len bytes of s and a NUL; returns NULL only when memory runs out. */
char *arena_strndup(struct arena *a, const char *s, size_t len);
void *arena_alloc(struct arena *a, size_t size);
/* Room for size bytes at alignment align (a power of two, at most max_align_t's). */
void *arena_alloc_aligned(struct arena *a, size_t size, size_t align);
/* Forgets everything allocated but keeps the newest chunk for reuse: a scratch arena for
 * rows that are looked at once and dropped. */
void arena_reset(struct arena *a);
/* Moves everything allocated in from into to (from is left empty); to keeps allocating
 * where it did. For an arena filled by another thread, handed over when it is done. */
void arena_take(struct arena *to, struct arena *from);
void arena_free(struct arena *a);

#endif
