/* Display width and escaping of UTF-8 text, with mbrtowc + wcwidth like htop's RichString:
 * widths are always measured in columns, never in bytes. */
#include "text.h"

#include <langinfo.h>
#include <stdio.h>
#include <string.h>
#include <wchar.h>
#include <wctype.h>

static size_t escape_caret(struct text_unit *u, unsigned char c)
{
	u->len = 1;
	u->width = 2;
	u->escaped = true;
	u->shown[0] = '^';
	u->shown[1] = c == 0x7f ? '?' : (char)(c + '@');
	u->shown[2] = '\0';
	return 1;
}

static size_t escape_byte(struct text_unit *u, unsigned char c)
{
	u->len = 1;
	u->escaped = true;
	u->width = snprintf(u->shown, sizeof u->shown, "<%02X>", c);
	return 1;
}

static size_t escape_code(struct text_unit *u, wchar_t wc, size_t len)
{
	u->len = len;
	u->escaped = true;
	u->width = snprintf(u->shown, sizeof u->shown, "<U+%04lX>", (unsigned long)wc);
	return len;
}

/* Characters a terminal acts on or that reorder what follows: C1 controls (U+009B is CSI
 * on some terminals), line and paragraph separators, and the bidi embeddings, overrides
 * and isolates, which can make a line read differently from what it holds. */
static bool acts_on_terminal(wchar_t wc)
{
	return (wc >= 0x80 && wc < 0xa0) || wc == 0x2028 || wc == 0x2029 || wc == 0x200e ||
	       wc == 0x200f || (wc >= 0x202a && wc <= 0x202e) || (wc >= 0x2066 && wc <= 0x2069) ||
	       iswcntrl((wint_t)wc);
}

/* Decodes one UTF-8 character by hand, whatever the locale; 0 when s is not UTF-8 there. */
static size_t utf8_decode(const unsigned char *s, size_t n, unsigned long *cp)
{
	size_t len = s[0] >= 0xf0 ? 4 : s[0] >= 0xe0 ? 3 : s[0] >= 0xc2 ? 2 : 0;
	if (!len || len > n || s[0] > 0xf4)
		return 0;
	unsigned long v = s[0] & (0x7f >> len);
	for (size_t i = 1; i < len; i++) {
		if ((s[i] & 0xc0) != 0x80)
			return 0;
		v = v << 6 | (s[i] & 0x3f);
	}
	static const unsigned long least[] = {0, 0, 0x80, 0x800, 0x10000};
	if (v < least[len] || v > 0x10ffff || (v >= 0xd800 && v <= 0xdfff))
		return 0;
	*cp = v;
	return len;
}

/* Outside a UTF-8 locale the data (always UTF-8) is shown in ASCII: letters without their
 * accents, anything else as ?; what would act on a terminal is still escaped. */
static size_t transliterate(const char *s, size_t n, struct text_unit *u)
{
	unsigned long cp;
	size_t k = utf8_decode((const unsigned char *)s, n, &cp);
	if (!k)
		return escape_byte(u, (unsigned char)s[0]);
	if ((cp >= 0x80 && cp < 0xa0) || cp == 0x2028 || cp == 0x2029 || cp == 0x200e ||
	    cp == 0x200f || (cp >= 0x202a && cp <= 0x202e) || (cp >= 0x2066 && cp <= 0x2069))
		return escape_code(u, (wchar_t)cp, k);
	const char *a = text_ascii(cp);
	u->len = k;
	u->escaped = false;
	u->width = (int)strlen(a);
	memcpy(u->shown, a, strlen(a) + 1);
	return k;
}

size_t text_unit(const char *s, size_t n, struct text_unit *u)
{
	if (n == 0)
		return 0;
	unsigned char c = (unsigned char)s[0];
	if (c < 0x20 || c == 0x7f)
		return escape_caret(u, c);
	if (c < 0x80) {
		*u = (struct text_unit){.len = 1, .width = 1, .shown = {s[0]}};
		return 1;
	}
	if (!text_utf8())
		return transliterate(s, n, u);
	mbstate_t st = {0};
	wchar_t wc;
	size_t k = mbrtowc(&wc, s, n, &st);
	if (k == (size_t)-1 || k == (size_t)-2 || k == 0 || k >= sizeof u->shown)
		return escape_byte(u, c);
	int w = wcwidth(wc);
	if (w < 0 || acts_on_terminal(wc))
		return escape_code(u, wc, k);
	u->len = k;
	u->width = w;
	u->escaped = false;
	memcpy(u->shown, s, k);
	u->shown[k] = '\0';
	return k;
}

int text_nwidth(const char *s, size_t n)
{
	struct text_unit u;
	int w = 0;
	for (size_t pos = 0; pos < n; pos += u.len) {
		text_unit(s + pos, n - pos, &u);
		w += u.width;
	}
	return w;
}

int text_width(const char *s)
{
	return text_nwidth(s, strlen(s));
}

size_t text_clip(const char *s, size_t n, int cols, int *width, bool *cut)
{
	struct text_unit u;
	size_t keep = 0;
	int w = 0, wkeep = 0;
	for (size_t pos = 0; pos < n; pos += u.len) {
		text_unit(s + pos, n - pos, &u);
		if (w + u.width > cols) {
			*width = wkeep;
			*cut = true;
			return keep;
		}
		w += u.width;
		if (w <= cols - 1) {
			keep = pos + u.len;
			wkeep = w;
		}
	}
	*width = w;
	*cut = false;
	return n;
}

/* Asked for every character that is not ASCII: nl_langinfo is cheap, and a test may
 * change the locale between screens, so the answer is not kept. */
bool text_utf8(void)
{
	return strcmp(nl_langinfo(CODESET), "UTF-8") == 0;
}

const char *text_ellipsis(void)
{
	return text_utf8() ? "\xe2\x80\xa6" : "~";
}

int text_fit(const char *s, int cols, char *out, size_t outsz)
{
	size_t n = strlen(s), keep = n, o = 0;
	int w = 0, kept_width;
	bool cut = false;
	if (cols >= 0)
		keep = text_clip(s, n, cols, &kept_width, &cut);
	struct text_unit u;
	for (size_t pos = 0; pos < keep; pos += u.len) {
		text_unit(s + pos, keep - pos, &u);
		size_t l = strlen(u.shown);
		if (o + l >= outsz)
			break;
		memcpy(out + o, u.shown, l);
		o += l;
		w += u.width;
	}
	const char *ell = text_ellipsis();
	if (cut && cols > 0 && o + strlen(ell) < outsz) {
		memcpy(out + o, ell, strlen(ell));
		o += strlen(ell);
		w++;
	}
	if (outsz)
		out[o] = '\0';
	return w;
}
