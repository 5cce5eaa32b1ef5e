/* The id map: keys held in the slot and keys held by pointer, at every size it grows to. */
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
	/* 7 bytes fit in the slot, 8 do not; prefixes of each other must not match. */
	static const char *const keys[] = {"", "a", "abcdefg", "abcdefgh", "abcdefghi", "abcdef",
					   "intangible-technology"};
	bool dup;
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
	char copy[] = "m123456";
	cr_assert(strmap_put(&m, "m123456", 1, &dup));
	cr_assert(strmap_put(&m, copy, 2, &dup)); /* equal text, another pointer */
	cr_assert(dup);
	char longer[] = "meeting-2004-seoul";
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
	bool dup;
	cr_assert(strmap_reserve(&m, 5000));
	size_t cap = m.cap;
	cr_assert_gt(cap, 5000 + 5000 / 3); /* at most 3/4 full */
	for (size_t i = 0; i < 20000; i++) {
		snprintf(keys[i], sizeof keys[i], i % 2 ? "m%zu" : "long-key-%zu", i);
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
