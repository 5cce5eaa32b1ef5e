/* Wrapping text to a width in columns, for the record view: words stay whole when they
 * can, and the width of every character is the one text_unit gives, escapes included. */
#include "text.h"

static size_t skip_blanks(const char *s, size_t n, size_t pos)
{
	while (pos < n && s[pos] == ' ')
		pos++;
	return pos;
}

size_t text_wrap(const char *s, size_t n, int cols, size_t *next)
{
	struct text_unit u;
	size_t brk = 0, pos = 0;
	bool have_brk = false;
	int w = 0;
	if (cols < 1)
		cols = 1;
	for (; pos < n; pos += u.len) {
		if (s[pos] == '\n') {
			*next = pos + 1;
			return pos;
		}
		text_unit(s + pos, n - pos, &u);
		if (w + u.width > cols && pos > 0) {
			if (s[pos] == ' ' || !have_brk)
				brk = pos; /* a blank at the edge, or a word longer than the line */
			*next = skip_blanks(s, n, s[brk] == ' ' ? brk : pos);
			return brk;
		}
		if (s[pos] == ' ' && pos > 0 && s[pos - 1] != ' ') {
			brk = pos;
			have_brk = true;
		}
		w += u.width;
	}
	*next = n;
	return n;
}
