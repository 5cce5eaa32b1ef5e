/* The id map: short keys and long ones, keys that share a hash, at every size it grows to.
 * The map holds no keys; each test says where they are (strmap_array_key). */
#include <criterion/criterion.h>
#include <stdio.h>
#include <string.h>

#include "strmap.h"

static struct strmap m;

static void teardown(void)
{
	strmap_free(&m);
}

TestSuite(strmap, .fini = teardown);

Test(strmap, short_and_long_keys_are_told_apart)
{
	/* 7 bytes are hashed as one word, 8 are not; prefixes of each other must not match. */
	static const char *const keys[] = {"", "a", "abcdefg", "abcdefgh", "abcdefghi", "abcdef",
					   "intangible-technology"};
	bool dup;
	strmap_init(&m, strmap_array_key, keys);
	for (size_t i = 0; i < sizeof keys / sizeof *keys; i++) {
		cr_assert(strmap_put(&m, keys[i], i, &dup));
		cr_assert_not(dup, "%s", keys[i]);
	}
	for (size_t i = 0; i < sizeof keys / sizeof *keys; i++) {
		size_t v = 99;
		cr_assert(strmap_get(&m, keys[i], &v), "%s", keys[i]);
		cr_assert_eq(v, i, "%s", keys[i]);
	}
	size_t v;
	cr_assert_not(strmap_get(&m, "abcdefgx", &v));
	cr_assert_not(strmap_get(&m, "abcdeg", &v));
	cr_assert_not(strmap_get(&m, "intangible-technologY", &v));
}

Test(strmap, a_repeated_key_keeps_its_first_value)
{
	bool dup;
	char copy[] = "m123456", longer[] = "meeting-2004-seoul";
	static const char *keys[5] = {"", "m123456", NULL, "meeting-2004-seoul", NULL};
	keys[2] = copy, keys[4] = longer; /* equal text, another pointer */
	strmap_init(&m, strmap_array_key, keys);
	cr_assert(strmap_put(&m, "m123456", 1, &dup));
	cr_assert(strmap_put(&m, copy, 2, &dup));
	cr_assert(dup);
	cr_assert(strmap_put(&m, "meeting-2004-seoul", 3, &dup));
	cr_assert(strmap_put(&m, longer, 4, &dup));
	cr_assert(dup);
	size_t v;
	cr_assert(strmap_get(&m, "m123456", &v));
	cr_assert_eq(v, 1);
	cr_assert(strmap_get(&m, longer, &v));
	cr_assert_eq(v, 3);
	cr_assert_eq(m.n, 2);
}

Test(strmap, finds_every_key_after_growing_or_reserving)
{
	static char keys[20000][16];
	static const char *names[20000];
	bool dup;
	strmap_init(&m, strmap_array_key, names);
	cr_assert(strmap_reserve(&m, 5000));
	size_t cap = m.cap;
	cr_assert_gt(cap, 5000 + 5000 / 3); /* at most 3/4 full */
	for (size_t i = 0; i < 20000; i++) {
		snprintf(keys[i], sizeof keys[i], i % 2 ? "m%zu" : "long-key-%zu", i);
		names[i] = keys[i];
		cr_assert(strmap_put(&m, keys[i], i, &dup));
		cr_assert_not(dup);
		if (i == 4999)
			cr_assert_eq(m.cap, cap, "reserved room was not enough");
	}
	for (size_t i = 0; i < 20000; i++) {
		size_t v;
		cr_assert(strmap_get(&m, keys[i], &v), "%s", keys[i]);
		cr_assert_eq(v, i);
	}
	cr_assert_not(strmap_get(&m, "m20001", &(size_t){0}));
}
