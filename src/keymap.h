/* Keys to actions. The bindings are read from the action table's key names, so the keys
 * the help shows are the keys that work. Looked up per context: the browser, a picture
 * (its own keys first, then the browser's), or a prompt's line editor (where printable
 * keys are text). */
#ifndef MTCR_KEYMAP_H
#define MTCR_KEYMAP_H
#include <stdbool.h>
#include <stddef.h>

#include "actions.h"

enum key_context { CTX_BROWSE, CTX_PICTURE, CTX_PROMPT };

/* A key as wget_wch returns it: a character, or a curses KEY_ code when fn is set. */
struct key {
	bool fn;
	int code;
};

struct binding {
	enum key_context ctx;
	struct key key;
	enum action action;
};

/* The codes a key name of the action table stands for ("Enter": CR, LF and KEY_ENTER).
 * Returns how many were written to out (at most max), 0 for an unknown name. */
size_t keymap_parse_name(const char *name, size_t len, struct key *out, size_t max);

/* Every binding, as the action table gives them: writes at most max to out and returns
 * how many there are. Names that do not parse are left out (a unit test fails on them). */
size_t keymap_bindings(struct binding *out, size_t max);

/* A key as a person writes it, for messages: "x", "^X", "Right", "F2", "Insert",
 * "Shift-Left", "Alt-x" (alt: it came after Esc). */
void keymap_describe(bool fn, int code, bool alt, char *buf, size_t n);

/* The action bound to a key in a context, or ACT_NONE. A key with no binding of its own in
 * CTX_PICTURE has its CTX_BROWSE one: a picture rebinds l, and keeps j, k, Enter and q. */
enum action keymap_lookup(enum key_context ctx, bool fn, int code);

#endif
