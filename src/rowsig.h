/* A row's signature for one byte: which pairs of bytes follow that byte anywhere in the
 * row's text, hashed into 64 bits. It lets a filter drop most rows without reading them.
 *
 * Why: typing a word at the & prompt narrows the shown rows a letter at a time. By the
 * third letter most rows still hold the first two ("tr" in 8 rows of 10), but most of
 * those do not hold the three, and proving it means reading each row to its end: at 10^6
 * meetings that read took 20-37 ms a letter, over the 30 ms a letter may take. The first
 * letter's pass (which may take 150 ms, and took 25-40) reads every row to its end instead
 * and notes each row's signature for that letter; from then on a pattern holding the
 * letter followed by two more bytes drops the rows whose signature lacks their pair, in
 * one compare of 8 bytes. A signature holds no false "absent": a row whose text holds the
 * pattern always passes (tests/unit/test_rowsig.c checks it on random texts).
 *
 * Case: every byte is taken with its 0x20 bit set (an ASCII capital as its small letter;
 * a few other bytes meet other bytes too, which only lets more rows pass), so one
 * signature serves case-sensitive and case-blind patterns alike. */
#ifndef MTCR_ROWSIG_H
#define MTCR_ROWSIG_H
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* A signature that rules nothing out: a row's that was not read. */
#define ROWSIG_ANY UINT64_MAX

/* The byte a signature is built for, given a pattern's first byte. */
static inline unsigned char rowsig_key(char c)
{
	return (unsigned char)(c | 0x20);
}

/* The signature of s[0..n) (a row's text; nothing past it is read) for key (rowsig_key):
 * a bit for the pair of bytes after each byte b with rowsig_key(b) == key, where both are
 * inside the text. *first gets the offset of the first such byte, or n. */
uint64_t rowsig_build(const char *s, size_t n, unsigned char key, size_t *first);

/* The bits a row's signature must hold to hold pattern p[0..plen): one for the pair after
 * each place of key in p that two bytes of p follow; 0 when there is none (the signature
 * cannot tell). */
uint64_t rowsig_need(const char *p, size_t plen, unsigned char key);

/* Whether a row with signature sig may hold a pattern that needs `need`. */
static inline bool rowsig_may_hold(uint64_t sig, uint64_t need)
{
	return (sig & need) == need;
}

#endif
