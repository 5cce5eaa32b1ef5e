/* String -> index map (open addressing), for looking records up by id or code. The map holds
 * no keys: the caller says where the key of each value is (a record's id in its table, a
 * name in an array), and those keys must not change while the map is used. */
#ifndef MTCR_STRMAP_H
#define MTCR_STRMAP_H
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* The key that value val was put with (a key of 8 bytes or more: shorter ones are never
 * asked for). */
typedef const char *(*strmap_key_fn)(const void *ctx, size_t val);

/* A slot is 12 bytes. A key of up to 7 bytes (nearly every id: "p19", "m123456", "c42") is
 * held in it whole, so a lookup that finds it reads nothing else: confirming such keys
 * through key() made a load of 10^6 meetings 1.5x slower, a cache miss into the tables per
 * link. A longer key's slot holds 63 bits of its hash, confirmed through key(). Slots of a
 * key pointer and an inline key took 16 bytes, and at most half of them were used; these
 * are up to 3/4 full, so 10^6 ids take 16 MB, not 34. */
struct strmap_slot {
	uint32_t word[2]; /* the key or its hash (see make_word); 0: empty */
	uint32_t val;
};

struct strmap {
	struct strmap_slot *slots;
	size_t n, cap; /* cap is any size: a slot is found by multiplying, not by masking */
	strmap_key_fn key;
	const void *ctx;
};

/* An empty map whose long keys key(ctx, val) gives. */
void strmap_init(struct strmap *m, strmap_key_fn key, const void *ctx);
/* A key function for keys held in an array of strings: ctx is the array, val the index. */
const char *strmap_array_key(const void *ctx, size_t val);
/* Makes room for n keys in all, so that adding them does not rehash. */
bool strmap_reserve(struct strmap *m, size_t n);
/* Adds key -> val (val < 2^32; key(ctx, val) must give key from now on). Returns false if
 * out of memory or val is too large; *dup is set when the key was already present (its first
 * value is kept). */
bool strmap_put(struct strmap *m, const char *key, size_t val, bool *dup);
/* Starts fetching the slot where key would go, for a put or get a little later: in a map
 * larger than the caches the wait for it is most of the cost. */
void strmap_prefetch(const struct strmap *m, const char *key);
/* Returns true and sets *val when key is present. */
bool strmap_get(const struct strmap *m, const char *key, size_t *val);
/* Empties the map; it keeps its key function. */
void strmap_free(struct strmap *m);

#endif
