/* Pictures drawn as text: lines of UTF-8 built column by column, and the glyphs of the
 * Unicode and the plain ASCII drawings. The timeline and the concern map draw into a chart;
 * the command line prints it, the browser shows a window of it. Pure: no terminal. */
#ifndef MTCR_CHART_H
#define MTCR_CHART_H
#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

/* The two pictures, by one name everywhere: the command line (--timeline, --concern-map),
 * the picture view and the browser's picture screen. */
enum chart_kind { CHART_NONE, CHART_TIMELINE, CHART_CONCERN_MAP };

/* The lines of a picture. Lines [0, head) are titles and axes, which stay in place while
 * the body scrolls; [head, head + body) the body; the rest a legend. */
struct chart {
	char **lines;
	size_t n, cap;
	size_t head, body;
	bool failed; /* memory ran out while drawing */
};

/* A line being drawn; width counts the columns so far. */
struct chart_line {
	char *s;
	size_t len, cap;
	int width;
	bool failed;
};

/* Every glyph takes one column, so cells line up whatever the rendering. */
struct chart_glyphs {
	const char *bar[9];  /* a bar cell filled 0..8 eighths from the bottom */
	const char *raised;  /* concern map: a Plenary that year raised the concern */
	const char *quiet;   /* concern map: Plenaries that year, none raised it */
	const char *none;    /* timeline: no Plenary that year */
	const char *yaxis, *ytick, *corner, *xaxis;
	const char *dash;    /* between the years of a range: 1987-2024 */
	const char *ellipsis; /* ends text cut to fit */
};

const struct chart_glyphs *chart_glyphs(bool ascii);

/* The first column to show so that column `cursor` is among the `per` shown from `from`:
 * unchanged when it already is, otherwise the least scroll that brings it in. */
size_t chart_scroll(size_t per, size_t from, size_t cursor);

/* Appends s, which the caller knows takes `width` columns (glyphs, digits, ASCII words). */
void chart_line_put(struct chart_line *l, const char *s, int width);
/* Appends text from the data: control characters escaped (a picture on a terminal must not
 * carry escape sequences from a file), and cut with g's ellipsis to at most cols columns
 * (cols < 0: uncut). Returns the columns it took. */
int chart_line_text(struct chart_line *l, const char *s, int cols, const struct chart_glyphs *g);
/* Appends blanks up to column col (nothing when the line is already that wide). */
void chart_line_pad(struct chart_line *l, int col);
/* Appends text formatted like printf, all of it ASCII. */
void chart_line_printf(struct chart_line *l, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));

/* Moves the line into the chart, without trailing blanks, and resets l for the next. */
void chart_add(struct chart *c, struct chart_line *l);
/* Adds an ASCII or glyph line of text as it is. */
void chart_add_text(struct chart *c, const char *s);
/* Adds s wrapped at width columns: a legend stays readable in a narrow terminal. */
void chart_add_wrapped(struct chart *c, const char *s, int width);

/* Appends formatted text to the string in buf[0..n), cut at n - 1 bytes: the one-line
 * descriptions a cursor shows. */
void chart_cat(char *buf, size_t n, const char *fmt, ...) __attribute__((format(printf, 3, 4)));

/* Writes every line with a newline. Returns false when the write fails (full disk,
 * closed pipe): errno tells why. */
bool chart_write(const struct chart *c, FILE *out);
void chart_free(struct chart *c);

#endif
