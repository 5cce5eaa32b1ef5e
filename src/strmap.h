/* String -> index map (open addressing), for looking records up by id or code. Keys are
 * borrowed: they must outlive the map (they live in the tables' arenas). */
#ifndef MTCR_STRMAP_H
#define MTCR_STRMAP_H
#include <stdbool.h>
#include <stddef.h>

struct strmap {
	const char **keys;
	size_t *vals;
	unsigned *hashes; /* compared before the strings: most probes then skip strcmp */
	size_t n, cap; /* cap is a power of two, or 0 */
};

/* Adds key -> val. Returns false if out of memory; *dup is set when the key was already
 * present (its first value is kept). */
bool strmap_put(struct strmap *m, const char *key, size_t val, bool *dup);
/* Returns true and sets *val when key is present. */
bool strmap_get(const struct strmap *m, const char *key, size_t *val);
void strmap_free(struct strmap *m);

#endif
