/* Row signatures (rowsig.h): a row whose text holds a pattern must never be ruled out,
 * and a row that lacks the pattern's pairs must be. */
#include <criterion/criterion.h>
#include <stdlib.h>
#include <string.h>

#include "rowsig.h"

static char lower(char c)
{
	return c >= 'A' && c <= 'Z' ? (char)(c + 'a' - 'A') : c;
}

/* The naive search the signature must agree with: p in s[0..n), exactly or with ASCII
 * letters folded (as the matcher's case-blind search). */
static bool holds(const char *s, size_t n, const char *p, bool fold)
{
	size_t plen = strlen(p);
	for (size_t i = 0; i + plen <= n; i++) {
		size_t k = 0;
		while (k < plen && (fold ? lower(s[i + k]) == lower(p[k]) : s[i + k] == p[k]))
			k++;
		if (k == plen)
			return true;
	}
	return false;
}

Test(rowsig, a_row_holding_the_pattern_is_never_ruled_out)
{
	/* Few letters, both cases, spaces and NULs (between fields; a NUL is of a space's
	 * key), over lengths that end inside each of the scan's three loops. */
	static const char alphabet[] = "tTrReEa \0";
	char text[400], pat[8];
	unsigned seed = 12345;
	size_t checked = 0, ruled_out = 0;
	for (int round = 0; round < 4000; round++) {
		size_t n = (size_t)(rand_r(&seed) % 300);
		for (size_t i = 0; i < n; i++)
			text[i] = alphabet[rand_r(&seed) % (sizeof alphabet - 1)];
		text[n] = '\0';
		size_t plen = 3 + (size_t)(rand_r(&seed) % 3);
		for (size_t i = 0; i < plen; i++)
			pat[i] = "tTrReEa "[rand_r(&seed) % 8];
		pat[plen] = '\0';
		unsigned char key = rowsig_key(pat[rand_r(&seed) % 2 ? 0 : 1]);
		size_t first;
		uint64_t sig = rowsig_build(text, n, key, &first);
		uint64_t need = rowsig_need(pat, plen, key);
		bool may = rowsig_may_hold(sig, need);
		if (holds(text, n, pat, false) || holds(text, n, pat, true)) {
			cr_assert(may, "round %d: \"%s\" is in the text but ruled out", round, pat);
			checked++;
		} else {
			ruled_out += !may;
		}
		/* the key's first place */
		size_t want = n;
		for (size_t i = 0; i < n && want == n; i++)
			if (rowsig_key(text[i]) == key)
				want = i;
		cr_assert_eq(first, want, "round %d: first place %zu, not %zu", round, first, want);
	}
	cr_expect_gt(checked, 500, "the rounds hold the pattern often enough to matter");
	cr_expect_gt(ruled_out, 100, "and the signature rules rows out (%zu)", ruled_out);
}

Test(rowsig, only_pairs_after_the_key_count)
{
	const char *text = "xtab, tram";
	size_t n = strlen(text), first;
	uint64_t sig = rowsig_build(text, n, rowsig_key('t'), &first);
	cr_expect_eq(first, 1);
	cr_expect(rowsig_may_hold(sig, rowsig_need("tab", 3, rowsig_key('t'))));
	cr_expect(rowsig_may_hold(sig, rowsig_need("TRA", 3, rowsig_key('t'))), "either case");
	cr_expect(!rowsig_may_hold(sig, rowsig_need("tre", 3, rowsig_key('t'))));
	cr_expect(!rowsig_may_hold(sig, rowsig_need("xtre", 4, rowsig_key('t'))),
		  "the key anywhere in the pattern");
	cr_expect(!rowsig_may_hold(sig, rowsig_need("tabtre", 6, rowsig_key('t'))),
		  "every place of the key in the pattern must hold");
}

Test(rowsig, a_pattern_without_two_bytes_after_the_key_needs_nothing)
{
	unsigned char t = rowsig_key('t');
	cr_expect_eq(rowsig_need("tr", 2, t), 0);
	cr_expect_eq(rowsig_need("abc", 3, t), 0);
	cr_expect_eq(rowsig_need("xxt", 3, t), 0);
	cr_expect_eq(rowsig_need("", 0, t), 0);
	size_t first;
	cr_expect_eq(rowsig_build("ab", 2, t, &first), 0);
	cr_expect_eq(first, 2, "no key: first is the length");
	cr_expect_eq(rowsig_build("xt", 2, t, &first), 0, "a key with no pair after it");
	cr_expect_eq(first, 1);
}

Test(rowsig, the_pair_after_a_key_at_the_end_of_a_long_row_counts)
{
	/* Past the 64- and 16-byte loops: the pair two bytes before the end. */
	char text[200];
	memset(text, 'x', sizeof text);
	memcpy(text + sizeof text - 3, "tre", 3);
	for (size_t n = 3; n <= sizeof text; n++) {
		size_t first;
		const char *s = text + sizeof text - n;
		uint64_t sig = rowsig_build(s, n, rowsig_key('t'), &first);
		cr_assert(rowsig_may_hold(sig, rowsig_need("tre", 3, rowsig_key('t'))), "n=%zu", n);
		cr_assert_eq(first, n - 3, "n=%zu", n);
	}
}
