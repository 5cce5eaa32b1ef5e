/* Lists of record indexes: on the heap, or carved from a pool (see struct idxpool). */
#include <stdalign.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "dataset.h"

enum {
	ON_HEAP = 0x80000000u, /* in cap: v is malloc'd */
	HEAP_MAX = 1u << 30,   /* the largest cap, below the flag */
	FIRST_HEAP = 6,        /* a meeting raises five concerns or so: one 32-byte chunk */
	POOL_SMALL = 2,
	POOL_LARGE = 8,
};

static uint32_t capacity(const struct idxlist *l)
{
	return l->cap & ~(uint32_t)ON_HEAP;
}

/* Moves l to a heap array of cap entries (a pooled room is left to its pool). */
static bool to_heap(struct idxlist *l, uint32_t cap)
{
	uint32_t *nv;
	if (l->cap & ON_HEAP) {
		nv = realloc(l->v, (size_t)cap * sizeof *nv);
	} else {
		nv = malloc((size_t)cap * sizeof *nv);
		if (nv && l->n)
			memcpy(nv, l->v, (size_t)l->n * sizeof *nv);
	}
	if (!nv)
		return false;
	l->v = nv;
	l->cap = cap | ON_HEAP;
	return true;
}

bool idxlist_push(struct idxlist *l, size_t v)
{
	if (v > UINT32_MAX)
		return false;
	uint32_t cap = capacity(l);
	if (l->n == cap && (cap >= HEAP_MAX || !to_heap(l, cap ? cap * 2 : FIRST_HEAP)))
		return false;
	l->v[l->n++] = (uint32_t)v;
	return true;
}

/* A room of n entries (POOL_SMALL or POOL_LARGE): one given back, or a new one. */
static uint32_t *take(struct idxpool *p, int k, size_t n)
{
	void *room = p->spare[k];
	if (room) {
		memcpy(&p->spare[k], room, sizeof p->spare[k]); /* the next room given back */
		return room;
	}
	return arena_alloc_aligned(&p->arena, n * sizeof(uint32_t), alignof(void *));
}

static void give_back(struct idxpool *p, int k, uint32_t *room)
{
	memcpy(room, &p->spare[k], sizeof p->spare[k]);
	p->spare[k] = room;
}

bool idxlist_push_pooled(struct idxlist *l, size_t v, struct idxpool *p)
{
	uint32_t cap = capacity(l);
	if ((l->cap & ON_HEAP) || cap > POOL_LARGE || (l->n == cap && cap == POOL_LARGE)) {
		uint32_t *room = l->cap & ON_HEAP ? NULL : l->v;
		if (!idxlist_push(l, v))
			return false;
		if (room && cap == POOL_LARGE)
			give_back(p, 1, room);
		return true;
	}
	if (v > UINT32_MAX)
		return false;
	if (l->n == cap) {
		int k = cap == 0 ? 0 : 1;
		uint32_t *room = take(p, k, k ? POOL_LARGE : POOL_SMALL);
		if (!room)
			return false;
		if (cap) {
			memcpy(room, l->v, (size_t)l->n * sizeof *room);
			give_back(p, 0, l->v);
		}
		l->v = room;
		l->cap = k ? POOL_LARGE : POOL_SMALL;
	}
	l->v[l->n++] = (uint32_t)v;
	return true;
}

bool idxlist_copy(struct idxlist *out, const struct idxlist *from)
{
	out->n = 0;
	if (from->n > capacity(out) && (from->n > HEAP_MAX || !to_heap(out, from->n)))
		return false;
	if (from->n)
		memcpy(out->v, from->v, (size_t)from->n * sizeof *out->v);
	out->n = from->n;
	return true;
}

bool idxlist_has(const struct idxlist *l, size_t v)
{
	for (size_t i = 0; i < l->n; i++)
		if (l->v[i] == v)
			return true;
	return false;
}

void idxlist_free(struct idxlist *l)
{
	if (l->cap & ON_HEAP)
		free(l->v);
	*l = (struct idxlist){0};
}
