/* Building the lines of a picture. Any allocation failure is remembered in the line or the
 * chart and reported once at the end, so drawing code need not check every append. */
#include "chart.h"

#include <errno.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "text.h"

static const struct chart_glyphs unicode = {
	.bar = {" ", "\u2581", "\u2582", "\u2583", "\u2584", "\u2585", "\u2586", "\u2587",
		"\u2588"},
	.raised = "\u25a0", .quiet = "\u00b7", .none = "\u00b7",
	.yaxis = "\u2502", .ytick = "\u2524", .corner = "\u2514", .xaxis = "\u2500",
	.dash = "\u2013", .ellipsis = "\u2026",
};

/* Without block characters a partial cell can only say "a little" or "most of it". */
static const struct chart_glyphs ascii = {
	.bar = {" ", ".", ".", ".", ":", ":", ":", ":", "#"},
	.raised = "#", .quiet = ".", .none = "-",
	.yaxis = "|", .ytick = "+", .corner = "+", .xaxis = "-",
	.dash = "-", .ellipsis = "~",
};

const struct chart_glyphs *chart_glyphs(bool use_ascii)
{
	return use_ascii ? &ascii : &unicode;
}

static void append(struct chart_line *l, const char *s, size_t n)
{
	if (l->failed)
		return;
	/* !l->s: a new line always allocates, even when the size check wraps around. */
	if (!l->s || l->len + n + 1 > l->cap) {
		size_t cap = l->cap ? l->cap : 128;
		while (cap < l->len + n + 1)
			cap *= 2;
		char *ns = realloc(l->s, cap);
		if (!ns) {
			l->failed = true;
			return;
		}
		l->s = ns;
		l->cap = cap;
	}
	memcpy(l->s + l->len, s, n);
	l->len += n;
	l->s[l->len] = '\0';
}

void chart_line_put(struct chart_line *l, const char *s, int width)
{
	append(l, s, strlen(s));
	l->width += width;
}

int chart_line_text(struct chart_line *l, const char *s, int cols, const struct chart_glyphs *g)
{
	size_t n = strlen(s), keep = n;
	int kept = 0, start = l->width;
	bool cut = false;
	if (cols >= 0)
		keep = text_clip(s, n, cols, &kept, &cut);
	struct text_unit u;
	for (size_t pos = 0; pos < keep; pos += u.len) {
		text_unit(s + pos, keep - pos, &u);
		chart_line_put(l, u.shown, u.width);
	}
	if (cut && cols > 0)
		chart_line_put(l, g->ellipsis, 1);
	return l->width - start;
}

void chart_line_pad(struct chart_line *l, int col)
{
	while (l->width < col)
		chart_line_put(l, " ", 1);
}

void chart_line_printf(struct chart_line *l, const char *fmt, ...)
{
	char buf[256];
	va_list ap;
	va_start(ap, fmt);
	int n = vsnprintf(buf, sizeof buf, fmt, ap);
	va_end(ap);
	if (n < 0 || (size_t)n >= sizeof buf) {
		l->failed = true;
		return;
	}
	chart_line_put(l, buf, n);
}

static bool grow(struct chart *c)
{
	if (c->n < c->cap)
		return true;
	size_t cap = c->cap ? c->cap * 2 : 32;
	char **nl = realloc(c->lines, cap * sizeof *nl);
	if (!nl)
		return false;
	c->lines = nl;
	c->cap = cap;
	return true;
}

void chart_add(struct chart *c, struct chart_line *l)
{
	append(l, "", 0);
	if (l->failed || c->failed || !grow(c)) {
		c->failed = true;
		free(l->s);
	} else {
		/* Trailing blanks are noise in a file and in a diff of the golden output. */
		while (l->len > 0 && l->s[l->len - 1] == ' ')
			l->s[--l->len] = '\0';
		c->lines[c->n++] = l->s;
	}
	*l = (struct chart_line){0};
}

void chart_add_text(struct chart *c, const char *s)
{
	struct chart_line l = {0};
	chart_line_put(&l, s, 0);
	chart_add(c, &l);
}

void chart_add_wrapped(struct chart *c, const char *s, int width)
{
	size_t n = strlen(s), pos = 0;
	while (pos < n) {
		size_t next, len = text_wrap(s + pos, n - pos, width > 0 ? width : 1, &next);
		struct chart_line l = {0};
		append(&l, s + pos, len);
		chart_add(c, &l);
		pos += next;
	}
}

void chart_cat(char *buf, size_t n, const char *fmt, ...)
{
	size_t used = strlen(buf);
	if (used + 1 >= n)
		return;
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(buf + used, n - used, fmt, ap);
	va_end(ap);
}

bool chart_write(const struct chart *c, FILE *out)
{
	for (size_t i = 0; i < c->n; i++)
		if (fputs(c->lines[i], out) == EOF || putc('\n', out) == EOF)
			return false;
	if (fflush(out) != 0)
		return false;
	if (ferror(out)) {
		errno = EIO;
		return false;
	}
	return true;
}

void chart_free(struct chart *c)
{
	for (size_t i = 0; i < c->n; i++)
		free(c->lines[i]);
	free(c->lines);
	*c = (struct chart){0};
}

size_t chart_scroll(size_t per, size_t from, size_t cursor)
{
	if (cursor < from)
		return cursor;
	if (cursor >= from + per)
		return cursor - per + 1;
	return from;
}
