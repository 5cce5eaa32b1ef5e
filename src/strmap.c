/* Open-addressing hash map from strings to indexes, FNV-1a hashed, linear probing, short keys
 * stored in the slots. */
#include "strmap.h"

#include <stdlib.h>
#include <string.h>

#include "prefault.h"

enum { INLINE_BIT = 0x80000000u, USED_BIT = 0x40000000u };

/* A key as a probe sees it: its hash (flags included) and, when short, its text packed in
 * a word (byte i in bits 8i..8i+7, the rest zero). */
struct probe {
	const char *key;
	uint32_t hash;
	uint64_t word;
};

/* A short key is gathered into a register and hashed with one multiplication: ids are
 * nearly all short, and a byte-wise hash, or bytes stored one by one and then compared as
 * a word (a stalled store forward), made up half the time of a lookup. */
static struct probe make_probe(const char *key)
{
	struct probe p = {key, 0, 0};
	uint64_t w = 0;
	size_t n = 0;
	for (; n < STRMAP_INLINE && key[n]; n++)
		w |= (uint64_t)(unsigned char)key[n] << (8 * n);
	uint64_t h;
	if (n < STRMAP_INLINE) {
		p.word = w;
		h = (w ^ n) * 0x9e3779b97f4a7c15ull;
	} else {
		h = 1469598103934665603ull; /* FNV-1a */
		for (const char *s = key; *s; s++)
			h = (h ^ (unsigned char)*s) * 1099511628211ull;
	}
	p.hash = ((uint32_t)(h ^ (h >> 32)) & ~(INLINE_BIT | USED_BIT)) | USED_BIT;
	if (n < STRMAP_INLINE)
		p.hash |= INLINE_BIT;
	return p;
}

static bool same(const struct strmap_slot *s, const struct probe *p)
{
	if (s->hash != p->hash)
		return false;
	return p->hash & INLINE_BIT ? s->key.word == p->word : strcmp(s->key.ptr, p->key) == 0;
}

static size_t find(const struct strmap *m, const struct probe *p)
{
	size_t i = p->hash & (m->cap - 1);
	while (m->slots[i].hash && !same(&m->slots[i], p))
		i = (i + 1) & (m->cap - 1);
	return i;
}

/* Moves every slot to a table of cap slots (a power of two, more than 4/3 of n). */
static bool resize(struct strmap *m, size_t cap)
{
	struct strmap bigger = {calloc(cap, sizeof *bigger.slots), m->n, cap};
	if (!bigger.slots)
		return false;
	prefault(bigger.slots, cap * sizeof *bigger.slots); /* probes land anywhere */
	for (size_t i = 0; i < m->cap; i++) {
		const struct strmap_slot *s = &m->slots[i];
		if (!s->hash)
			continue;
		size_t k = s->hash & (cap - 1);
		while (bigger.slots[k].hash)
			k = (k + 1) & (cap - 1);
		bigger.slots[k] = *s;
	}
	free(m->slots);
	*m = bigger;
	return true;
}

bool strmap_reserve(struct strmap *m, size_t n)
{
	size_t cap = m->cap ? m->cap : 64;
	while (n + n / 3 > cap) { /* a load of at most 3/4 */
		if (cap > SIZE_MAX / 2 / sizeof *m->slots)
			return false;
		cap *= 2;
	}
	return cap == m->cap || resize(m, cap);
}

bool strmap_put(struct strmap *m, const char *key, size_t val, bool *dup)
{
	*dup = false;
	if (val > UINT32_MAX || !strmap_reserve(m, m->n + 1))
		return false;
	struct probe p = make_probe(key);
	struct strmap_slot *s = &m->slots[find(m, &p)];
	if (s->hash) {
		*dup = true;
		return true;
	}
	s->hash = p.hash;
	s->val = (uint32_t)val;
	if (p.hash & INLINE_BIT)
		s->key.word = p.word;
	else
		s->key.ptr = key;
	m->n++;
	return true;
}

void strmap_prefetch(const struct strmap *m, const char *key)
{
#if defined(__GNUC__)
	if (m->cap)
		__builtin_prefetch(&m->slots[make_probe(key).hash & (m->cap - 1)], 1);
#else
	(void)m;
	(void)key;
#endif
}

bool strmap_get(const struct strmap *m, const char *key, size_t *val)
{
	if (!m->cap)
		return false;
	struct probe p = make_probe(key);
	const struct strmap_slot *s = &m->slots[find(m, &p)];
	if (!s->hash)
		return false;
	*val = s->val;
	return true;
}

void strmap_free(struct strmap *m)
{
	free(m->slots);
	*m = (struct strmap){0};
}
