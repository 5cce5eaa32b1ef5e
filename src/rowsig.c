/* Row signatures: see rowsig.h. */
#include "rowsig.h"

#ifdef __SSE2__
#include <emmintrin.h>
#endif

/* The bit of the pair (a, b): 5a + b modulo 64, which the vector code below computes in
 * byte lanes (a multiple of 64 lost to a lane's overflow changes nothing). */
static inline unsigned pair_bit(unsigned char a, unsigned char b)
{
	return ((unsigned)(a | 0x20) * 5u + (unsigned)(b | 0x20)) & 63u;
}

uint64_t rowsig_need(const char *p, size_t plen, unsigned char key)
{
	uint64_t need = 0;
	for (size_t i = 0; i + 2 < plen; i++)
		if (rowsig_key(p[i]) == key)
			need |= UINT64_C(1) << pair_bit((unsigned char)p[i + 1], (unsigned char)p[i + 2]);
	return need;
}

#ifdef __SSE2__
/* Sixteen places from p: a bit for each where the key is, and each place's pair bit. */
static inline unsigned block(const char *p, __m128i key, unsigned char *bits)
{
	const __m128i low = _mm_set1_epi8(0x20), six = _mm_set1_epi8(63);
	const __m128i keep = _mm_set1_epi8((char)0xfc);
	__m128i x = _mm_or_si128(_mm_loadu_si128((const __m128i *)(const void *)p), low);
	__m128i a = _mm_or_si128(_mm_loadu_si128((const __m128i *)(const void *)(p + 1)), low);
	__m128i b = _mm_or_si128(_mm_loadu_si128((const __m128i *)(const void *)(p + 2)), low);
	/* 5a + b: a shifted by two within its lane (the 16-bit shift's carry masked off). */
	__m128i four = _mm_and_si128(_mm_slli_epi16(a, 2), keep);
	_mm_storeu_si128((__m128i *)(void *)bits,
			 _mm_and_si128(_mm_add_epi8(_mm_add_epi8(four, a), b), six));
	return (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(x, key));
}

/* Adds the pair bits of the key's places in `at` (one bit a place, from byte i of the
 * text; bits[k] is place k's pair bit) to sig, and notes the first place. */
static inline uint64_t add_places(uint64_t sig, uint64_t at, const unsigned char *bits,
				  size_t i, size_t n, size_t *first)
{
	if (at && *first == n)
		*first = i + (size_t)__builtin_ctzll(at);
	for (; at; at &= at - 1)
		sig |= UINT64_C(1) << bits[__builtin_ctzll(at)];
	return sig;
}
#endif

uint64_t rowsig_build(const char *s, size_t n, unsigned char key, size_t *first)
{
	const unsigned char *u = (const unsigned char *)s;
	uint64_t sig = 0;
	size_t i = 0;
	*first = n;
#ifdef __SSE2__
	/* Sixty-four places at a time, so that the loop over the key's places (a branch
	 * that mispredicts at its end) runs once per 64 bytes, not per 16. A place's pair
	 * lies inside the text: the loads reach s[i + 65] at most. */
	const __m128i k = _mm_set1_epi8((char)key);
	unsigned char bits[64];
	for (; i + 66 <= n; i += 64) {
		uint64_t at = 0;
		for (size_t q = 0; q < 4; q++)
			at |= (uint64_t)block(s + i + 16 * q, k, bits + 16 * q) << (16 * q);
		sig = add_places(sig, at, bits, i, n, first);
	}
	for (; i + 18 <= n; i += 16)
		sig = add_places(sig, block(s + i, k, bits), bits, i, n, first);
#endif
	for (; i < n; i++)
		if (rowsig_key((char)u[i]) == key) {
			if (*first == n)
				*first = i;
			if (i + 2 < n)
				sig |= UINT64_C(1) << pair_bit(u[i + 1], u[i + 2]);
		}
	return sig;
}
