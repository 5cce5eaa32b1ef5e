/* Open-addressing hash map from strings to indexes, FNV-1a hashed, linear probing. */
#include "strmap.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

static unsigned hash(const char *s)
{
	uint64_t h = 1469598103934665603ull;
	for (; *s; s++)
		h = (h ^ (unsigned char)*s) * 1099511628211ull;
	return (unsigned)(h ^ (h >> 32));
}

static size_t slot(const struct strmap *m, const char *key, unsigned h)
{
	size_t i = h & (m->cap - 1);
	while (m->keys[i] && (m->hashes[i] != h || strcmp(m->keys[i], key) != 0))
		i = (i + 1) & (m->cap - 1);
	return i;
}

static bool rehash(struct strmap *m)
{
	struct strmap bigger = {0};
	bigger.cap = m->cap ? m->cap * 2 : 64;
	bigger.keys = calloc(bigger.cap, sizeof *bigger.keys);
	bigger.vals = malloc(bigger.cap * sizeof *bigger.vals);
	bigger.hashes = malloc(bigger.cap * sizeof *bigger.hashes);
	if (!bigger.keys || !bigger.vals || !bigger.hashes) {
		strmap_free(&bigger);
		return false;
	}
	for (size_t i = 0; i < m->cap; i++) {
		if (!m->keys[i])
			continue;
		size_t j = slot(&bigger, m->keys[i], m->hashes[i]);
		bigger.keys[j] = m->keys[i];
		bigger.vals[j] = m->vals[i];
		bigger.hashes[j] = m->hashes[i];
	}
	bigger.n = m->n;
	free(m->keys);
	free(m->vals);
	free(m->hashes);
	*m = bigger;
	return true;
}

bool strmap_put(struct strmap *m, const char *key, size_t val, bool *dup)
{
	*dup = false;
	if ((m->n + 1) * 2 > m->cap && !rehash(m))
		return false;
	unsigned h = hash(key);
	size_t i = slot(m, key, h);
	if (m->keys[i]) {
		*dup = true;
		return true;
	}
	/* The analyzer loses track of *m being replaced wholesale by rehash(). */
	// NOLINTBEGIN(clang-analyzer-unix.Malloc)
	m->keys[i] = key;
	m->vals[i] = val;
	m->hashes[i] = h;
	// NOLINTEND(clang-analyzer-unix.Malloc)
	m->n++;
	return true;
}

bool strmap_get(const struct strmap *m, const char *key, size_t *val)
{
	if (!m->cap)
		return false;
	size_t i = slot(m, key, hash(key));
	if (!m->keys[i])
		return false;
	*val = m->vals[i];
	return true;
}

void strmap_free(struct strmap *m)
{
	free(m->keys);
	free(m->vals);
	free(m->hashes);
	*m = (struct strmap){0};
}
