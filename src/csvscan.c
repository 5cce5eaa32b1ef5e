/* The fast CSV row scanner (see csvscan.h): a first pass finds the fields' bounds without
 * writing, so that a row it gives up on is left intact for libcsv; a second pass undoes the
 * quoting in place. */
#include "csvscan.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "csvread.h"

/* Bytes that end a run of plain text: in an unquoted field, and inside quotes. */
static const unsigned char stops_plain[256] = {['\n'] = 1, ['\r'] = 1, [','] = 1, ['"'] = 1};
static const unsigned char stops_quoted[256] = {['\n'] = 1, ['\r'] = 1, ['"'] = 1};

#define ONES 0x0101010101010101ull
#define HIGHS 0x8080808080808080ull

/* The high bit of each byte of w that equals c (exact for the lowest such byte, which is
 * all that is used). */
static inline uint64_t bytes_eq(uint64_t w, unsigned char c)
{
	uint64_t x = w ^ (ONES * c);
	return (x - ONES) & ~x & HIGHS;
}

/* The first byte at or after p that is a stop (quoted: '"', LF or CR; else also ','), or
 * len. Sixteen or eight bytes at a time where they are there to read. On the way, *odd
 * gets a nonzero value when a byte before the stop may be a NUL or not ASCII (it may also
 * when none is: it only spares the exact check of csvfield_clean, which took a sixth of
 * the reading thread's time on a large file, for the plain ASCII rows most files hold). */
static size_t skip_text(const char *buf, size_t p, size_t len, bool quoted, uint64_t *odd)
{
	const unsigned char *stops = quoted ? stops_quoted : stops_plain;
#if defined(__SSE2__)
	const __m128i quote = _mm_set1_epi8('"'), lf = _mm_set1_epi8('\n'), cr = _mm_set1_epi8('\r');
	/* inside quotes a comma is text: the fourth stop is the quote again */
	const __m128i comma = _mm_set1_epi8(quoted ? '"' : ','), zero = _mm_setzero_si128();
	while (p + 16 <= len) {
		__m128i v = _mm_loadu_si128((const __m128i *)(const void *)(buf + p));
		__m128i hit = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, quote), _mm_cmpeq_epi8(v, lf)),
					   _mm_or_si128(_mm_cmpeq_epi8(v, cr), _mm_cmpeq_epi8(v, comma)));
		unsigned stop = (unsigned)_mm_movemask_epi8(hit);
		/* the high bit of each byte, or of a NUL's comparison: not plain ASCII */
		unsigned bad = (unsigned)_mm_movemask_epi8(_mm_or_si128(v, _mm_cmpeq_epi8(v, zero)));
		if (stop) {
			*odd |= bad & ((stop & -stop) - 1);
			return p + (size_t)__builtin_ctz(stop);
		}
		*odd |= bad;
		p += 16;
	}
#endif
#if defined(__GNUC__) && defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
	while (p + 8 <= len) {
		uint64_t w;
		memcpy(&w, buf + p, 8);
		uint64_t hit = bytes_eq(w, '"') | bytes_eq(w, '\n') | bytes_eq(w, '\r');
		if (!quoted)
			hit |= bytes_eq(w, ',');
		uint64_t bad = (w & HIGHS) | bytes_eq(w, 0);
		if (hit) {
			*odd |= bad & ((hit & -hit) - 1);
			return p + (size_t)__builtin_ctzll(hit) / 8;
		}
		*odd |= bad;
		p += 8;
	}
#endif
	for (; p < len && !stops[(unsigned char)buf[p]]; p++)
		*odd |= (unsigned char)buf[p] - 1u >= 0x7fu; /* not 1..127 */
	return p;
}

bool csvfields_reserve(struct csvfields *f)
{
	if (f->n < f->cap)
		return true;
	size_t cap = f->cap ? f->cap * 2 : 16;
	char **v = realloc(f->v, cap * sizeof *v);
	if (!v)
		return false;
	f->v = v;
	size_t *len = realloc(f->len, cap * sizeof *len);
	if (!len)
		return false;
	f->len = len;
	f->cap = cap;
	return true;
}

void csvfields_free(struct csvfields *f)
{
	free(f->v);
	free(f->len);
	*f = (struct csvfields){0};
}

/* Moves past a quoted field's closing quote. Returns CSVSCAN_ROW when the field is complete
 * (p then after its closing quote), or why it cannot be read here. */
static enum csvscan_result skip_quoted(const char *buf, size_t len, bool eof, size_t *pp,
				       unsigned long *nl, uint64_t *odd)
{
	size_t p = *pp + 1;
	for (;;) {
		p = skip_text(buf, p, len, true, odd);
		if (p == len)
			return eof ? CSVSCAN_ODD : CSVSCAN_MORE; /* unterminated: libcsv says so */
		if (buf[p] == '\r')
			return CSVSCAN_ODD;
		if (buf[p] == '\n') {
			(*nl)++;
			p++;
			continue;
		}
		if (p + 1 == len && !eof)
			return CSVSCAN_MORE; /* a doubled quote, or the closing one? */
		if (p + 1 < len && buf[p + 1] == '"') {
			p += 2;
			continue;
		}
		*pp = p + 1;
		return CSVSCAN_ROW;
	}
}

/* Writes the fields found by the first pass in their final form. A quoted field starts
 * after its opening quote and ends with a NUL over its closing one; only a field with
 * doubled quotes has text to move. The bytes its quoting took (the opening quote, and the
 * closing one with what the moved text left behind it) become NULs: between one field's
 * end and the next's start there is nothing but NULs, so a search over a row's text in
 * one pass finds only what is in its fields (see table.h). */
static void commit(struct csvfields *f)
{
	for (size_t i = 0; i < f->n; i++) {
		char *s = f->v[i];
		size_t raw = f->len[i];
		if (raw == 0 || s[0] != '"') {
			s[raw] = '\0'; /* over the comma or LF that ended it, or at buf[len] */
			continue;
		}
		char *text = s + 1, *end = s + raw - 1; /* end: the closing quote */
		char *q = memchr(text, '"', (size_t)(end - text));
		if (q) { /* a""b -> a"b: the text after each pair moves left, a run at a time */
			char *out = q + 1;
			for (const char *in = q + 2; in < end;) {
				const char *next = memchr(in, '"', (size_t)(end - in));
				size_t n = (size_t)((next ? next + 1 : end) - in); /* through a pair's first */
				memmove(out, in, n);
				out += n;
				in += n + (next != NULL);
			}
			end = out;
		}
		memset(end, '\0', (size_t)(s + raw - end) + 1); /* through the separator */
		s[0] = '\0';
		f->v[i] = text;
		f->len[i] = (size_t)(end - text);
	}
}

enum csvscan_result csvscan_row(char *buf, size_t len, bool eof, size_t *pos,
				unsigned long *line, unsigned long *row_line, struct csvfields *f)
{
	size_t p = *pos;
	while (p < len && buf[p] == '\n') { /* libcsv skips blank lines */
		p++;
		(*line)++;
	}
	*pos = p;
	if (p == len)
		return eof ? CSVSCAN_END : CSVSCAN_MORE;
	unsigned long nl = 0;
	uint64_t odd = 0;
	f->n = 0;
	for (;;) {
		size_t start = p;
		if (buf[p] == '"') { /* p < len here: the ends were handled above */
			enum csvscan_result r = skip_quoted(buf, len, eof, &p, &nl, &odd);
			if (r != CSVSCAN_ROW)
				return r;
			if (p < len && buf[p] != ',' && buf[p] != '\n')
				return CSVSCAN_ODD; /* text after the closing quote */
		} else {
			p = skip_text(buf, p, len, false, &odd);
			if (p < len && (buf[p] == '"' || buf[p] == '\r'))
				return CSVSCAN_ODD;
			if (p == len && !eof)
				return CSVSCAN_MORE;
		}
		if (f->n == CSVREAD_COLS_MAX + 1)
			return CSVSCAN_ODD; /* too many: libcsv's reader counts the rest */
		if (!csvfields_reserve(f))
			return CSVSCAN_NOMEM;
		f->v[f->n] = buf + start;
		f->len[f->n++] = p - start;
		if (p == len) /* the last row, with no LF */
			break;
		if (buf[p++] == '\n') {
			nl++;
			break;
		}
		if (p == len && !eof)
			return CSVSCAN_MORE; /* after a comma: is there one more field? */
		if (p == len) { /* "a," at the end: an empty last field */
			if (!csvfields_reserve(f))
				return CSVSCAN_NOMEM;
			f->v[f->n] = buf + p;
			f->len[f->n++] = 0;
			break;
		}
	}
	commit(f);
	f->dirty = odd != 0;
	*row_line = *line;
	*line += nl;
	*pos = p;
	return CSVSCAN_ROW;
}

/* True when s[0..len) holds no NUL and is valid UTF-8: one pass over the ASCII that most
 * text is, eight bytes at a time. */
bool csvfield_clean(const char *s, size_t len)
{
	size_t i = 0;
	for (; i + 8 <= len; i += 8) {
		uint64_t w;
		memcpy(&w, s + i, 8);
		if ((w & HIGHS) || ((w - ONES) & ~w & HIGHS))
			break;
	}
	while (i < len && (unsigned char)s[i] - 1u < 0x7fu) /* 1..127 */
		i++;
	/* From a byte that is NUL or not ASCII: nothing before it can be part of a sequence. */
	return i == len || (!memchr(s + i, '\0', len - i) && utf8_valid(s + i, len - i));
}
