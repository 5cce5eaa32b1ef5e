/* Open-addressing hash map from strings to indexes, linear probing, short keys held in the
 * slots, long ones by the caller (strmap.h). */
#include "strmap.h"

#include <stdlib.h>
#include <string.h>

#include "prefault.h"

enum { STRMAP_SHORT = 8 };
#define SHORT_BIT (UINT64_C(1) << 63)
/* The bits of a long key's hash kept: tests/unit/test_strmap_collide.c keeps a few, so that
 * keys share them and must be told apart by their text. */
#ifndef STRMAP_HASH_BITS
#define STRMAP_HASH_BITS (~SHORT_BIT)
#endif

/* What a slot holds for key: a key of up to 7 bytes packed in a word (byte i in bits
 * 8i..8i+7) with the top bit set, so that equal words are equal keys; a longer key's
 * FNV-1a hash without that bit, never 0. Gathering a short key into a register, rather than
 * hashing it byte by byte, was half the time of a lookup. */
static uint64_t make_word(const char *key)
{
	uint64_t w = 0;
	size_t n = 0;
	for (; n < STRMAP_SHORT && key[n]; n++)
		w |= (uint64_t)(unsigned char)key[n] << (8 * n);
	if (n < STRMAP_SHORT)
		return w | SHORT_BIT;
	uint64_t h = 1469598103934665603ull;
	for (const char *s = key; *s; s++)
		h = (h ^ (unsigned char)*s) * 1099511628211ull;
	h &= STRMAP_HASH_BITS;
	return h ? h : 1;
}

static uint64_t word_at(const struct strmap_slot *s)
{
	uint64_t w;
	memcpy(&w, s->word, sizeof w);
	return w;
}

/* The slot where a probe for word w starts: w mixed by one multiplication, scaled to cap. */
static size_t home(size_t cap, uint64_t w)
{
	return (size_t)(((w * 0x9e3779b97f4a7c15ull) >> 32) * cap >> 32);
}

static size_t find(const struct strmap *m, const char *key, uint64_t w)
{
	size_t i = home(m->cap, w);
	for (;;) {
		uint64_t sw = word_at(&m->slots[i]);
		if (!sw || (sw == w && ((w & SHORT_BIT) ||
					strcmp(m->key(m->ctx, m->slots[i].val), key) == 0)))
			return i;
		if (++i == m->cap)
			i = 0;
	}
}

void strmap_init(struct strmap *m, strmap_key_fn key, const void *ctx)
{
	*m = (struct strmap){NULL, 0, 0, key, ctx};
}

const char *strmap_array_key(const void *ctx, size_t val)
{
	return ((const char *const *)ctx)[val];
}

/* Moves every slot to a table of cap slots, by their words alone. */
static bool resize(struct strmap *m, size_t cap)
{
	struct strmap_slot *slots = calloc(cap, sizeof *slots);
	if (!slots)
		return false;
	prefault(slots, cap * sizeof *slots); /* probes land anywhere */
	for (size_t i = 0; i < m->cap; i++) {
		uint64_t w = word_at(&m->slots[i]);
		if (!w)
			continue;
		size_t k = home(cap, w);
		while (word_at(&slots[k]))
			k = k + 1 == cap ? 0 : k + 1;
		slots[k] = m->slots[i];
	}
	free(m->slots);
	m->slots = slots;
	m->cap = cap;
	return true;
}

bool strmap_reserve(struct strmap *m, size_t n)
{
	if (n + n / 3 < m->cap) /* at most 3/4 full */
		return true;
	if (n > SIZE_MAX / 2 / sizeof *m->slots || n > UINT32_MAX)
		return false;
	size_t cap = n + n / 3 + 1;
	return resize(m, cap < 16 ? 16 : cap);
}

bool strmap_put(struct strmap *m, const char *key, size_t val, bool *dup)
{
	*dup = false;
	/* growing by doubling keeps the puts of a map grown from empty linear */
	if (val > UINT32_MAX || (m->n + 1 + (m->n + 1) / 3 >= m->cap &&
				 !strmap_reserve(m, m->n < 12 ? 12 : 2 * m->n)))
		return false;
	uint64_t w = make_word(key);
	struct strmap_slot *s = &m->slots[find(m, key, w)];
	if (word_at(s)) {
		*dup = true;
		return true;
	}
	memcpy(s->word, &w, sizeof w);
	s->val = (uint32_t)val;
	m->n++;
	return true;
}

void strmap_prefetch(const struct strmap *m, const char *key)
{
#if defined(__GNUC__)
	if (m->cap)
		__builtin_prefetch(&m->slots[home(m->cap, make_word(key))], 1);
#else
	(void)m;
	(void)key;
#endif
}

bool strmap_get(const struct strmap *m, const char *key, size_t *val)
{
	if (!m->cap)
		return false;
	const struct strmap_slot *s = &m->slots[find(m, key, make_word(key))];
	if (!word_at(s))
		return false;
	*val = s->val;
	return true;
}

void strmap_free(struct strmap *m)
{
	free(m->slots);
	strmap_init(m, m->key, m->ctx);
}
