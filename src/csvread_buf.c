/* The fast scanner's read buffer (see csvread_internal.h). */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "arena.h"
#include "csvread_internal.h"
#include "progress.h"

/* Kept tables keep their buffers, so these should be big enough that the part of a row
 * carried over to the next one is a small cost. */
enum { FAST_CHUNK = 1 << 20 };

static char *alloc(size_t size, struct arena *keep)
{
	return keep ? arena_alloc(keep, size) : malloc(size);
}

enum fill_result inbuf_open(struct inbuf *b, FILE *fp, size_t chunk, struct arena *keep,
			    bool *whole)
{
	struct stat st;
	*b = (struct inbuf){.cap = chunk < 4 ? 4 : chunk};
	*whole = false;
	if (!chunk) {
		b->cap = FAST_CHUNK;
		/* A small file is read whole, with room for its NUL and to see that it ended. */
		if (fstat(fileno(fp), &st) == 0 && S_ISREG(st.st_mode) && st.st_size >= 0 &&
		    (uintmax_t)st.st_size < FAST_CHUNK - 2) {
			b->cap = (size_t)st.st_size + 2;
			*whole = true;
		}
	}
	if (!(b->p = alloc(b->cap, keep)))
		return FILL_NOMEM;
	enum fill_result r = FILL_OK;
	while (r == FILL_OK && b->len < 3 && !b->eof)
		r = inbuf_fill(b, fp, keep);
	if (r == FILL_OK && b->len >= 3 && memcmp(b->p, CSV_BOM, 3) == 0)
		b->pos = 3;
	return r;
}

/* The size of a buffer for the tail: doubled when the tail fills half of this one. */
static size_t next_cap(const struct inbuf *b)
{
	size_t tail = b->len - b->pos;
	return tail * 2 >= b->cap - 1 ? b->cap * 2 : b->cap;
}

/* Makes room when the buffer is full: the unscanned tail moves to the front, or (kept rows)
 * to a new buffer. */
static enum fill_result make_room(struct inbuf *b, struct arena *keep)
{
	size_t tail = b->len - b->pos, cap = next_cap(b);
	if (cap < b->cap)
		return FILL_NOMEM; /* a row as large as the address space */
	if (keep) {
		char *p = arena_alloc(keep, cap);
		if (!p)
			return FILL_NOMEM;
		memcpy(p, b->p + b->pos, tail);
		b->p = p; /* the old buffer stays in the arena: rows point into it */
	} else {
		memmove(b->p, b->p + b->pos, tail);
		if (cap != b->cap) {
			char *p = realloc(b->p, cap);
			if (!p)
				return FILL_NOMEM;
			b->p = p;
		}
	}
	b->cap = cap;
	b->len = tail;
	b->pos = 0;
	return FILL_OK;
}

enum fill_result inbuf_fill(struct inbuf *b, FILE *fp, struct arena *keep)
{
	if (b->len + 1 >= b->cap) {
		enum fill_result r = make_room(b, keep);
		if (r != FILL_OK)
			return r;
	}
	size_t n = fread(b->p + b->len, 1, b->cap - 1 - b->len, fp);
	progress_read(n);
	b->len += n;
	b->eof = n == 0;
	return ferror(fp) ? FILL_ERROR : FILL_OK;
}

char *inbuf_hand_over(struct inbuf *b)
{
	size_t tail = b->len - b->pos, cap = b->len + 1 >= b->cap ? next_cap(b) : b->cap;
	char *p = cap < b->cap ? NULL : malloc(cap);
	if (!p)
		return NULL;
	memcpy(p, b->p + b->pos, tail);
	char *old = b->p;
	*b = (struct inbuf){p, cap, tail, 0, b->eof};
	return old;
}

void inbuf_close(struct inbuf *b, struct arena *keep)
{
	if (!keep)
		free(b->p);
	*b = (struct inbuf){0};
}
