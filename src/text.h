/* Text as the terminal shows it: display width of UTF-8 (wide and combining characters
 * count what they take), control characters escaped, text cut at character boundaries
 * with an ellipsis, and wrapping. Pure: the panes draw exactly what these functions
 * measure, so columns line up whatever the data holds. */
#ifndef MTCR_TEXT_H
#define MTCR_TEXT_H
#include <stdbool.h>
#include <stddef.h>

/* One character of the source as it is drawn. */
struct text_unit {
	size_t len;     /* bytes of the source it stands for */
	int width;      /* columns it takes on screen */
	bool escaped;   /* drawn as an escape (^[, <U+009B>, <FF>), never as itself */
	char shown[12]; /* what to draw, NUL-terminated */
};

/* Decodes the character at s[0..n). Returns the bytes it takes, 0 when n is 0.
 * C0 controls and DEL become caret notation (^[, ^M, ^?), C1 controls, bidi overrides
 * and other unprintable characters <U+XXXX>, and bytes that are not UTF-8 <XX>. */
size_t text_unit(const char *s, size_t n, struct text_unit *u);

/* Columns s takes when drawn (escapes included). */
int text_width(const char *s);
int text_nwidth(const char *s, size_t n);

/* How many bytes of s[0..n) to draw in cols columns. When everything fits, that is n and
 * *cut is false; otherwise one column is left for the ellipsis and *cut is true. *width
 * gets the columns the kept bytes take. Stops reading as soon as the text overflows. */
size_t text_clip(const char *s, size_t n, int cols, int *width, bool *cut);

/* The ASCII a character of the Latin scripts reads as without its accents ("o" for
 * U+00F8, "ss" for U+00DF), "?" for others. Outside a UTF-8 locale text_unit shows
 * characters so. */
const char *text_ascii(unsigned long cp);

/* True in a UTF-8 locale; elsewhere only ASCII is drawn as itself. */
bool text_utf8(void);

/* What a cut ends with: "…" in a UTF-8 locale, "~" in others; one column either way. */
const char *text_ellipsis(void);

/* s escaped and, when cols >= 0, cut to cols columns with the ellipsis. Written to out as
 * a NUL-terminated string (shortened at a character boundary if outsz is too small).
 * Returns its width in columns. */
int text_fit(const char *s, int cols, char *out, size_t outsz);

/* The first line of s[0..n) wrapped at cols columns: returns its length in bytes (blanks
 * at the break left out). A line breaks at a newline, after the last blank before a word
 * that would not fit, or inside a word longer than a line. *next is where the following
 * line starts. At least one character is taken, so wrapping always ends. */
size_t text_wrap(const char *s, size_t n, int cols, size_t *next);

#endif
