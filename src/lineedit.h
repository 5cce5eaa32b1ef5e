/* The prompts' line editor: a UTF-8 line with a cursor, edited a character or a word at a
 * time as in readline. Pure, so the unit tests drive it directly. */
#ifndef MTCR_LINEEDIT_H
#define MTCR_LINEEDIT_H
#include <stdbool.h>
#include <stddef.h>

struct lineedit {
	char *buf;    /* NUL-terminated, cap bytes */
	size_t cap;
	size_t *len;
	size_t *pos;  /* a byte offset at a character boundary */
};

enum lineedit_op {
	LE_LEFT, LE_RIGHT, LE_START, LE_END,
	LE_ERASE,      /* the character before the cursor */
	LE_DELETE,     /* the character under the cursor */
	LE_ERASE_WORD, /* blanks, then the word before the cursor */
	LE_KILL_START, /* from the start to the cursor */
	LE_KILL_END,   /* from the cursor to the end */
};

/* Applies op; returns true when the text changed. */
bool lineedit_do(struct lineedit e, enum lineedit_op op);
/* Inserts s at the cursor; false (nothing inserted) when it does not fit. */
bool lineedit_insert(struct lineedit e, const char *s);
/* Replaces the whole line (cut at a character boundary when too long); cursor at the end. */
void lineedit_set(struct lineedit e, const char *s);

#endif
