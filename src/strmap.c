/* Open-addressing hash map from strings to indexes, FNV-1a hashed, linear probing. */
#include "strmap.h"

#include <stdlib.h>
#include <string.h>

static uint32_t hash(const char *s)
{
	uint64_t h = 1469598103934665603ull;
	for (; *s; s++)
		h = (h ^ (unsigned char)*s) * 1099511628211ull;
	return (uint32_t)(h ^ (h >> 32));
}

static size_t find(const struct strmap *m, const char *key, uint32_t h)
{
	size_t i = h & (m->cap - 1);
	while (m->slots[i].key && (m->slots[i].hash != h || strcmp(m->slots[i].key, key) != 0))
		i = (i + 1) & (m->cap - 1);
	return i;
}

static bool rehash(struct strmap *m)
{
	size_t cap = m->cap ? m->cap * 2 : 64;
	struct strmap bigger = {calloc(cap, sizeof *bigger.slots), m->n, cap};
	if (!bigger.slots)
		return false;
	for (size_t i = 0; i < m->cap; i++)
		if (m->slots[i].key)
			bigger.slots[find(&bigger, m->slots[i].key, m->slots[i].hash)] = m->slots[i];
	free(m->slots);
	*m = bigger;
	return true;
}

bool strmap_put(struct strmap *m, const char *key, size_t val, bool *dup)
{
	*dup = false;
	if (val > UINT32_MAX)
		return false;
	if ((m->n + 1) * 2 > m->cap && !rehash(m))
		return false;
	uint32_t h = hash(key);
	struct strmap_slot *s = &m->slots[find(m, key, h)];
	if (s->key) {
		*dup = true;
		return true;
	}
	*s = (struct strmap_slot){key, h, (uint32_t)val};
	m->n++;
	return true;
}

bool strmap_get(const struct strmap *m, const char *key, size_t *val)
{
	if (!m->cap)
		return false;
	const struct strmap_slot *s = &m->slots[find(m, key, hash(key))];
	if (!s->key)
		return false;
	*val = s->val;
	return true;
}

void strmap_free(struct strmap *m)
{
	free(m->slots);
	*m = (struct strmap){0};
}
