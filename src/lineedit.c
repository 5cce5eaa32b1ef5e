/* Editing a line of UTF-8: the cursor only ever stops at a character's first byte. */
#include "lineedit.h"

#include <string.h>

static bool cont(char c)
{
	return ((unsigned char)c & 0xc0) == 0x80;
}

static size_t prev_char(const char *s, size_t pos)
{
	while (pos > 0 && cont(s[--pos]))
		;
	return pos;
}

static size_t next_char(const char *s, size_t len, size_t pos)
{
	if (pos < len)
		pos++;
	while (pos < len && cont(s[pos]))
		pos++;
	return pos;
}

/* Removes s[from..to) and leaves the cursor at from. */
static bool cut(struct lineedit e, size_t from, size_t to)
{
	if (from >= to)
		return false;
	memmove(e.buf + from, e.buf + to, *e.len - to + 1);
	*e.len -= to - from;
	*e.pos = from;
	return true;
}

static size_t word_start(const char *s, size_t pos)
{
	while (pos > 0 && s[pos - 1] == ' ')
		pos--;
	while (pos > 0 && s[pos - 1] != ' ')
		pos--;
	return pos;
}

bool lineedit_do(struct lineedit e, enum lineedit_op op)
{
	size_t pos = *e.pos, len = *e.len;
	switch (op) {
	case LE_LEFT: *e.pos = prev_char(e.buf, pos); return false;
	case LE_RIGHT: *e.pos = next_char(e.buf, len, pos); return false;
	case LE_START: *e.pos = 0; return false;
	case LE_END: *e.pos = len; return false;
	case LE_ERASE: return cut(e, prev_char(e.buf, pos), pos);
	case LE_DELETE: return cut(e, pos, next_char(e.buf, len, pos));
	case LE_ERASE_WORD: return cut(e, word_start(e.buf, pos), pos);
	case LE_KILL_START: return cut(e, 0, pos);
	case LE_KILL_END: return cut(e, pos, len);
	}
	return false;
}

bool lineedit_insert(struct lineedit e, const char *s)
{
	size_t n = strlen(s);
	if (*e.len + n >= e.cap)
		return false;
	memmove(e.buf + *e.pos + n, e.buf + *e.pos, *e.len - *e.pos + 1);
	memcpy(e.buf + *e.pos, s, n);
	*e.len += n;
	*e.pos += n;
	return true;
}

void lineedit_set(struct lineedit e, const char *s)
{
	size_t n = strlen(s);
	if (n >= e.cap) {
		n = e.cap - 1;
		while (n > 0 && cont(s[n]))
			n--;
	}
	memcpy(e.buf, s, n);
	e.buf[n] = '\0';
	*e.len = *e.pos = n;
}
