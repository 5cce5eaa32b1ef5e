/* String -> index map (open addressing), for looking records up by id or code. Keys are
 * borrowed: they must outlive the map (they live in the tables' arenas). */
#ifndef MTCR_STRMAP_H
#define MTCR_STRMAP_H
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* One slot holds all a probe needs, so a lookup in a large map costs one cache miss for the
 * slot (and one for the key's text on a hash match), not one per array. */
struct strmap_slot {
	const char *key; /* NULL: empty */
	uint32_t hash;
	uint32_t val;
};

struct strmap {
	struct strmap_slot *slots;
	size_t n, cap; /* cap is a power of two, or 0 */
};

/* Adds key -> val (val < 2^32). Returns false if out of memory or val is too large; *dup is
 * set when the key was already present (its first value is kept). */
bool strmap_put(struct strmap *m, const char *key, size_t val, bool *dup);
/* Returns true and sets *val when key is present. */
bool strmap_get(const struct strmap *m, const char *key, size_t *val);
void strmap_free(struct strmap *m);

#endif
