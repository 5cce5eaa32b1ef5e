/* The id map when long keys share their hash: a slot holds a long key's hash, not the key,
 * so keys with equal hashes must be told apart by their text. Equal 63-bit hashes are too
 * rare to meet by chance: this copy of the map keeps 6 bits of them. */
#include <criterion/criterion.h>
#include <stdio.h>

#define STRMAP_HASH_BITS UINT64_C(0x3f)
#include "../../src/strmap.c"

Test(strmap_collide, long_keys_with_the_same_hash_are_told_apart)
{
	static char keys[3000][24];
	static const char *names[3000];
	struct strmap m;
	strmap_init(&m, strmap_array_key, names);
	bool dup;
	for (size_t i = 0; i < 3000; i++) { /* 3000 keys on 63 hashes: ~48 a hash */
		snprintf(keys[i], sizeof keys[i], "meeting-%zu-long", i);
		names[i] = keys[i];
		cr_assert(strmap_put(&m, keys[i], i, &dup));
		cr_assert_not(dup, "%s", keys[i]);
	}
	cr_assert(strmap_put(&m, "meeting-17-long", 3000, &dup)); /* the text again */
	cr_assert(dup);
	for (size_t i = 0; i < 3000; i++) {
		size_t v;
		cr_assert(strmap_get(&m, keys[i], &v), "%s", keys[i]);
		cr_assert_eq(v, i, "%s", keys[i]);
	}
	cr_assert_not(strmap_get(&m, "meeting-3000-long", &(size_t){0}));
	cr_assert_eq(m.n, 3000);
	strmap_free(&m);
}
