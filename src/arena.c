/* Chunked arena allocator for strings loaded from the data files. */
#include "arena.h"

#include <stdlib.h>
#include <string.h>

#include "prefault.h"

/* Chunks start small (a tiny file costs a few KiB) and double up to 1 MiB (a large one costs
 * few mallocs). */
enum { CHUNK_FIRST = 1 << 12, CHUNK_MAX = 1 << 20 };

struct arena_chunk {
	struct arena_chunk *next;
	size_t used, size;
	max_align_t data[];
};

/* Reserves size bytes at the given alignment (a power of two) in the newest chunk, or in a
 * new one; strings take alignment 1 so that short fields pack tightly. */
static void *reserve(struct arena *a, size_t size, size_t align)
{
	struct arena_chunk *c = a->head;
	if (c)
		c->used = (c->used + align - 1) & ~(align - 1);
	if (!c || c->used > c->size || c->size - c->used < size) {
		size_t cap = c ? (c->size < CHUNK_MAX ? c->size * 2 : CHUNK_MAX) : CHUNK_FIRST;
		if (cap < size)
			cap = size;
		c = malloc(sizeof *c + cap);
		if (!c)
			return NULL;
		prefault(c->data, cap); /* a large chunk is a read buffer, filled at once */
		c->size = cap;
		c->used = 0;
		c->next = a->head;
		a->head = c;
	}
	void *p = (char *)c->data + c->used;
	c->used += size;
	return p;
}

void *arena_alloc(struct arena *a, size_t size)
{
	return reserve(a, size, sizeof(max_align_t));
}

void *arena_alloc_aligned(struct arena *a, size_t size, size_t align)
{
	return reserve(a, size, align);
}

char *arena_strndup(struct arena *a, const char *s, size_t len)
{
	char *p = reserve(a, len + 1, 1);
	if (!p)
		return NULL;
	memcpy(p, s, len);
	p[len] = '\0';
	return p;
}

void arena_reset(struct arena *a)
{
	struct arena_chunk *keep = a->head;
	if (!keep)
		return;
	a->head = keep->next;
	arena_free(a);
	keep->next = NULL;
	keep->used = 0;
	a->head = keep;
}

void arena_take(struct arena *to, struct arena *from)
{
	struct arena_chunk *first = from->head, *last = first;
	if (!first)
		return;
	while (last->next)
		last = last->next;
	if (to->head) { /* after to's newest chunk, which stays the one allocated from */
		last->next = to->head->next;
		to->head->next = first;
	} else {
		to->head = first;
	}
	from->head = NULL;
}

void arena_free(struct arena *a)
{
	struct arena_chunk *c = a->head;
	while (c) {
		struct arena_chunk *next = c->next;
		free(c);
		c = next;
	}
	a->head = NULL;
}
