/* Smart-case regex matching with a literal fallback. Plain ASCII patterns (the common case:
 * a word typed at the / prompt) skip the regex engine, which keeps a keystroke over a
 * million rows fast. */
#include "matcher.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>
#include <wctype.h>

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
	*m = (struct matcher){.col = col};
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
	if (m->fast)
		return find_fast(m, text, off, len);
	regmatch_t rm;
	if (!m->compiled || regexec(&m->re, text, 1, &rm, 0) != 0)
		return false;
	*off = (size_t)rm.rm_so;
	*len = (size_t)(rm.rm_eo - rm.rm_so);
	return true;
}

/* Candidates for the first letter come from memchr (vectorised in the C library); with
 * no capital in the pattern a letter's other case is looked for too, and the nearer taken. */
size_t matcher_find_in(const struct matcher *m, const char *s, size_t n)
{
	const unsigned char *pat = (const unsigned char *)m->needle;
	size_t plen = m->plen;
	if (!plen)
		return 0;
	unsigned char lo = pat[0], up = m->icase ? (unsigned char)toupper(lo) : lo;
	const char *a = memchr(s, lo, n), *b = up != lo ? memchr(s, up, n) : NULL;
	while (a || b) {
		const char *t = !b || (a && a < b) ? a : b;
		size_t i = 1;
		if (m->icase)
			while (i < plen && fold((unsigned char)t[i]) == pat[i]) /* s[n] is NUL */
				i++;
		else
			while (i < plen && (unsigned char)t[i] == pat[i])
				i++;
		if (i == plen)
			return (size_t)(t - s);
		size_t from = (size_t)(t - s) + 1;
		if (t == a)
			a = memchr(s + from, lo, n - from);
		else
			b = memchr(s + from, up, n - from);
	}
	return n;
}
