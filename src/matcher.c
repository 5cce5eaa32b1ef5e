/* Smart-case regex matching with a literal fallback. Plain ASCII patterns (the common case:
 * a word typed at the / prompt) skip the regex engine, which keeps a keystroke over a
 * million rows fast. */
#include "matcher.h"
#include "matcher_internal.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>
#include <wctype.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

static const char ere_special[] = ".[]()*+?{}|^$\\";

/* Smart case: any upper-case character, multibyte ones included, makes the search exact. */
static bool has_capital(const char *s)
{
	mbstate_t st = {0};
	size_t len = strlen(s);
	while (len > 0) {
		wchar_t wc;
		size_t n = mbrtowc(&wc, s, len, &st);
		if (n == (size_t)-1 || n == (size_t)-2)
			return isupper((unsigned char)*s);
		if (n == 0)
			break;
		if (iswupper((wint_t)wc))
			return true;
		s += n;
		len -= n;
	}
	return false;
}

static bool plain_ascii(const char *s)
{
	for (; *s; s++)
		if ((unsigned char)*s >= 0x80 || strchr(ere_special, *s))
			return false;
	return true;
}

/* The pattern with every ERE special character escaped, for the literal fallback. */
static char *escape(const char *s)
{
	char *out = malloc(strlen(s) * 2 + 1), *o = out;
	if (!out)
		return NULL;
	for (; *s; s++) {
		if (strchr(ere_special, *s))
			*o++ = '\\';
		*o++ = *s;
	}
	*o = '\0';
	return out;
}

bool matcher_init(struct matcher *m, const char *pattern)
{
	return matcher_init_scoped(m, pattern, 0, -1);
}

bool matcher_init_scoped(struct matcher *m, const char *full, size_t skip, int col)
{
	*m = (struct matcher){.col = col, .names = true, .rpoc = true};
	m->pattern = strdup(full);
	if (!m->pattern)
		return false;
	const char *pattern = m->needle = m->pattern + skip;
	m->plen = strlen(pattern);
	m->icase = !has_capital(pattern);
	if (plain_ascii(pattern)) {
		m->fast = true;
		return true;
	}
	int flags = REG_EXTENDED | (m->icase ? REG_ICASE : 0);
	if (regcomp(&m->re, pattern, flags) == 0) {
		m->compiled = true;
		return true;
	}
	m->literal = true;
	char *lit = escape(pattern);
	if (!lit)
		return false;
	m->compiled = regcomp(&m->re, lit, flags) == 0;
	free(lit);
	return m->compiled;
}

void matcher_free(struct matcher *m)
{
	if (m->compiled)
		regfree(&m->re);
	free(m->pattern);
	*m = (struct matcher){0};
}

static inline unsigned char fold(unsigned char c)
{
	return c >= 'A' && c <= 'Z' ? (unsigned char)(c + ('a' - 'A')) : c;
}

/* Plain ASCII patterns. Without capitals the pattern is all lower case, so folding the
 * text's ASCII letters is enough (no other byte can equal an ASCII letter). A byte loop:
 * the fields a filter looks at are a few bytes long, too short to repay a vectorised
 * search's set-up on every call. */
static bool find_fast(const struct matcher *m, const char *text, size_t *off, size_t *len)
{
	const char *p = m->needle;
	size_t plen = m->plen;
	if (!m->icase) {
		const char *hit = strstr(text, p);
		if (hit)
			*off = (size_t)(hit - text), *len = plen;
		return hit != NULL;
	}
	const unsigned char *pat = (const unsigned char *)p, first = pat[0];
	for (const unsigned char *t = (const unsigned char *)text; *t; t++) {
		if (fold(*t) != first)
			continue;
		size_t i = 1;
		while (i < plen && fold(t[i]) == pat[i]) /* a NUL in t ends it: pat has none */
			i++;
		if (i == plen) {
			*off = (size_t)(t - (const unsigned char *)text), *len = plen;
			return true;
		}
	}
	return false;
}

bool matcher_find(const struct matcher *m, const char *text, size_t *off, size_t *len)
{
	if (!m->needle[0]) {
		*off = *len = 0;
		return true;
	}
	if (matcher_guard_stopped(!m->fast))
		return false;
	if (m->fast)
		return find_fast(m, text, off, len);
	regmatch_t rm;
	if (!m->compiled || matcher_guarded_regexec(&m->re, text, !m->literal, &rm) != 0)
		return false;
	*off = (size_t)rm.rm_so;
	*len = (size_t)(rm.rm_eo - rm.rm_so);
	return true;
}

/* The pattern at t, which has plen bytes to read. */
static bool matches_at(const struct matcher *m, const unsigned char *t)
{
	const unsigned char *pat = (const unsigned char *)m->needle;
	size_t i = 0;
	if (m->icase)
		while (i < m->plen && fold(t[i]) == pat[i])
			i++;
	else
		while (i < m->plen && t[i] == pat[i])
			i++;
	return i == m->plen;
}

bool matcher_at(const struct matcher *m, const char *t)
{
	return matches_at(m, (const unsigned char *)t);
}

/* Byte by byte: the last few bytes of a row (and all of it where SSE2 is missing), too
 * few to repay a library call. */
static size_t find_tail(const struct matcher *m, const char *s, size_t n)
{
	unsigned char c0 = (unsigned char)m->needle[0];
	for (size_t i = 0; i + m->plen <= n; i++) {
		unsigned char c = (unsigned char)s[i];
		if ((m->icase ? fold(c) : c) == c0 && matches_at(m, (const unsigned char *)s + i))
			return i;
	}
	return n;
}

/* Sixteen places at a time: a place is a candidate when its byte is the pattern's first
 * and the byte plen - 1 further is its last (letters folded by setting 0x20, which maps
 * only a letter's capital onto it), so common first letters cost no call each. Loads stay
 * inside s[0..n). */
#ifdef __SSE2__
struct block_pat {
	__m128i first, last, fold0, fold1;
};

/* The candidates among the sixteen places from s, one bit each. */
static inline unsigned candidates(const struct block_pat *b, const char *s, size_t plen)
{
	__m128i x = _mm_or_si128(_mm_loadu_si128((const __m128i *)(const void *)s), b->fold0);
	__m128i y = _mm_or_si128(_mm_loadu_si128((const __m128i *)(const void *)(s + plen - 1)),
				 b->fold1);
	return (unsigned)_mm_movemask_epi8(
		_mm_and_si128(_mm_cmpeq_epi8(x, b->first), _mm_cmpeq_epi8(y, b->last)));
}

/* The first candidate in mask that is a match, as an offset from s, or 16. */
static inline unsigned first_match(const struct matcher *m, const char *s, unsigned mask)
{
	for (; mask; mask &= mask - 1) {
		unsigned bit = (unsigned)__builtin_ctz(mask);
		if (matches_at(m, (const unsigned char *)s + bit))
			return bit;
	}
	return 16;
}
#endif

size_t matcher_find_in(const struct matcher *m, const char *s, size_t n)
{
	size_t plen = m->plen, i = 0;
	if (!plen)
		return 0;
	if (plen > n)
		return n;
#ifdef __SSE2__
	const unsigned char *pat = (const unsigned char *)m->needle;
	unsigned char c0 = pat[0], c1 = pat[plen - 1];
	bool f0 = m->icase && c0 >= 'a' && c0 <= 'z', f1 = m->icase && c1 >= 'a' && c1 <= 'z';
	const struct block_pat b = {_mm_set1_epi8((char)c0), _mm_set1_epi8((char)c1),
				    _mm_set1_epi8(f0 ? 0x20 : 0), _mm_set1_epi8(f1 ? 0x20 : 0)};
	size_t places = n - plen + 1;
	if (places >= 16) {
		for (; i + 16 <= places; i += 16) {
			unsigned hit = first_match(m, s + i, candidates(&b, s + i, plen));
			if (hit < 16)
				return i + hit;
		}
		/* The last few places: one more block, overlapping the one before, whose
		 * places hold no match (a byte loop over them cost as much as the rest of a
		 * row). */
		if (i < places) {
			size_t j = places - 16;
			unsigned hit = first_match(m, s + j, candidates(&b, s + j, plen));
			if (hit < 16)
				return j + hit;
		}
		return n;
	}
#endif
	return i + find_tail(m, s + i, n - i);
}
