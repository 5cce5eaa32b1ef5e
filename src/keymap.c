/* Parsing the action table's key names into curses key codes, and looking keys up. */
#include "keymap.h"

#include <curses.h>
#include <string.h>

struct named_key {
	const char *name;
	struct key keys[3];
	size_t n;
};

/* Terminals disagree on Enter and Backspace, so each stands for every code they send. */
static const struct named_key named[] = {
	{"Up", {{true, KEY_UP}}, 1},
	{"Down", {{true, KEY_DOWN}}, 1},
	{"Left", {{true, KEY_LEFT}}, 1},
	{"Right", {{true, KEY_RIGHT}}, 1},
	{"PgUp", {{true, KEY_PPAGE}}, 1},
	{"PgDn", {{true, KEY_NPAGE}}, 1},
	{"Home", {{true, KEY_HOME}}, 1},
	{"End", {{true, KEY_END}}, 1},
	{"Tab", {{false, '\t'}}, 1},
	{"Shift-Tab", {{true, KEY_BTAB}}, 1},
	{"Enter", {{false, '\r'}, {false, '\n'}, {true, KEY_ENTER}}, 3},
	{"Backspace", {{true, KEY_BACKSPACE}, {false, 0x7f}, {false, 0x08}}, 3},
	{"Esc", {{false, 0x1b}}, 1},
	{"F1", {{true, KEY_F(1)}}, 1},
};

size_t keymap_parse_name(const char *name, size_t len, struct key *out, size_t max)
{
	if (len == 1 && max > 0 && (unsigned char)name[0] > 0x20 && (unsigned char)name[0] < 0x7f) {
		out[0] = (struct key){false, name[0]};
		return 1;
	}
	if (len == 2 && name[0] == '^' && max > 0 && name[1] >= '?' && name[1] <= '_') {
		out[0] = (struct key){false, name[1] == '?' ? 0x7f : name[1] & 0x1f};
		return 1;
	}
	for (size_t i = 0; i < sizeof named / sizeof *named; i++) {
		if (strlen(named[i].name) != len || strncmp(named[i].name, name, len) != 0)
			continue;
		size_t n = named[i].n < max ? named[i].n : max;
		memcpy(out, named[i].keys, n * sizeof *out);
		return n;
	}
	return 0;
}

enum { MAX_BINDINGS = 128 };
static struct binding bindings[MAX_BINDINGS];
static size_t nbindings;

static void bind_action(const struct action_info *a)
{
	enum key_context ctx = CTX_BROWSE;
	if (action_in_prompt(a->id))
		ctx = CTX_PROMPT;
	else if (action_in_picture(a->id))
		ctx = CTX_PICTURE;
	for (const char *s = a->keys; *s;) {
		size_t len = strcspn(s, ",");
		struct key k[3];
		size_t n = keymap_parse_name(s, len, k, 3);
		for (size_t i = 0; i < n && nbindings < MAX_BINDINGS; i++)
			bindings[nbindings++] = (struct binding){ctx, k[i], a->id};
		s += len;
		s += strspn(s, ", ");
	}
}

const struct binding *keymap_bindings(size_t *n)
{
	if (!nbindings)
		for (size_t i = 0; i < nactions; i++)
			bind_action(&actions[i]);
	*n = nbindings;
	return bindings;
}

enum action keymap_lookup(enum key_context ctx, bool fn, int code)
{
	size_t n;
	const struct binding *b = keymap_bindings(&n);
	for (size_t i = 0; i < n; i++)
		if (b[i].ctx == ctx && b[i].key.fn == fn && b[i].key.code == code)
			return b[i].action;
	return ctx == CTX_PICTURE ? keymap_lookup(CTX_BROWSE, fn, code) : ACT_NONE;
}
