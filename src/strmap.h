/* String -> index map (open addressing), for looking records up by id or code. Keys are
 * borrowed: they must outlive the map (they live in the tables' arenas). */
#ifndef MTCR_STRMAP_H
#define MTCR_STRMAP_H
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

enum { STRMAP_INLINE = 8 };

/* One slot holds all a probe needs, so a lookup in a large map costs one cache miss. Keys
 * of up to 7 bytes (most ids: "p19", "m123456", "c42") are held in the slot itself; only a
 * longer key is compared through its pointer, a second miss. */
struct strmap_slot {
	union {
		const char *ptr;
		uint64_t word; /* the text, packed as make_probe does */
	} key;
	uint32_t hash; /* 0: empty; the top bit says the key is inline */
	uint32_t val;
};

struct strmap {
	struct strmap_slot *slots;
	size_t n, cap; /* cap is a power of two, or 0 */
};

/* Makes room for n keys in all, so that adding them does not rehash. */
bool strmap_reserve(struct strmap *m, size_t n);
/* Adds key -> val (val < 2^32). Returns false if out of memory or val is too large; *dup is
 * set when the key was already present (its first value is kept). */
bool strmap_put(struct strmap *m, const char *key, size_t val, bool *dup);
/* Starts fetching the slot where key would go, for a put or get a little later: in a map
 * larger than the caches the wait for it is most of the cost. */
void strmap_prefetch(const struct strmap *m, const char *key);
/* Returns true and sets *val when key is present. */
bool strmap_get(const struct strmap *m, const char *key, size_t *val);
void strmap_free(struct strmap *m);

#endif
