/* Parsing the action table's key names into curses key codes, and looking keys up. */
#include "keymap.h"

#include <curses.h>
#include <stdio.h>
#include <string.h>
#include <wchar.h>
#include <wctype.h>

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
	{"Delete", {{true, KEY_DC}}, 1},
	{"Space", {{false, ' '}}, 1}, /* pages, as in less and man */
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

/* The bindings are not copied anywhere: every look-up reads the action table itself (a
 * static const table), so there is no global state to build, and the keys the help shows
 * are the keys that work. A key press parses some sixty short names: nothing to save. */
static enum key_context context_of(const struct action_info *a)
{
	if (action_in_prompt(a->id))
		return CTX_PROMPT;
	return action_in_picture(a->id) ? CTX_PICTURE : CTX_BROWSE;
}

/* Calls each(b, arg) for every binding in the action table's order; stops when it returns
 * true, and returns that. */
static bool each_binding(bool (*each)(const struct binding *b, void *arg), void *arg)
{
	for (size_t i = 0; i < nactions; i++) {
		const struct action_info *a = &actions[i];
		for (const char *s = a->keys; *s;) {
			size_t len = strcspn(s, ",");
			struct key k[3];
			size_t n = keymap_parse_name(s, len, k, 3);
			for (size_t j = 0; j < n; j++) {
				struct binding b = {context_of(a), k[j], a->id};
				if (each(&b, arg))
					return true;
			}
			s += len;
			s += strspn(s, ", ");
		}
	}
	return false;
}

struct collect {
	struct binding *out;
	size_t max, n;
};

static bool collect(const struct binding *b, void *arg)
{
	struct collect *c = arg;
	if (c->n < c->max)
		c->out[c->n] = *b;
	c->n++;
	return false;
}

size_t keymap_bindings(struct binding *out, size_t max)
{
	struct collect c = {out, max, 0};
	each_binding(collect, &c);
	return c.n;
}

struct find {
	struct binding key; /* the context and key asked for; action: what was found */
};

static bool find(const struct binding *b, void *arg)
{
	struct find *f = arg;
	if (b->ctx != f->key.ctx || b->key.fn != f->key.key.fn || b->key.code != f->key.key.code)
		return false;
	f->key.action = b->action;
	return true;
}

enum action keymap_lookup(enum key_context ctx, bool fn, int code)
{
	struct find f = {{ctx, {fn, code}, ACT_NONE}};
	if (each_binding(find, &f))
		return f.key.action;
	return ctx == CTX_PICTURE ? keymap_lookup(CTX_BROWSE, fn, code) : ACT_NONE;
}

/* Keys the action table does not name, as people write them. */
static const struct {
	int code;
	const char *name;
} other_keys[] = {
	{KEY_IC, "Insert"}, {KEY_DC, "Delete"}, {KEY_SLEFT, "Shift-Left"},
	{KEY_SRIGHT, "Shift-Right"}, {KEY_SR, "Shift-Up"}, {KEY_SF, "Shift-Down"},
	{KEY_SHOME, "Shift-Home"}, {KEY_SEND, "Shift-End"}, {KEY_SDC, "Shift-Delete"},
	{KEY_SIC, "Shift-Insert"}, {KEY_SNEXT, "Shift-PgDn"}, {KEY_SPREVIOUS, "Shift-PgUp"},
	{KEY_B2, "keypad 5"}, {KEY_PRINT, "Print"}, {KEY_BREAK, "Break"},
};

static const char *fn_name(int code, char *buf, size_t n)
{
	if (code == 0)
		return "that key (unknown to the terminal's entry)";
	if (code >= KEY_F(1) && code <= KEY_F(63)) {
		int f = code - KEY_F(0);
		/* Terminals send Shift-F1..F12 as F13..F24 and Ctrl-F1.. as F25.. */
		static const char *const mod[] = {"", "Shift-", "Ctrl-"};
		int m = f > 12 && f <= 36 ? (f - 1) / 12 : 0;
		snprintf(buf, n, "%sF%d", mod[m], f - 12 * m);
		return buf;
	}
	for (size_t i = 0; i < sizeof named / sizeof *named; i++)
		for (size_t k = 0; k < named[i].n; k++)
			if (named[i].keys[k].fn && named[i].keys[k].code == code)
				return named[i].name;
	for (size_t i = 0; i < sizeof other_keys / sizeof *other_keys; i++)
		if (other_keys[i].code == code)
			return other_keys[i].name;
	/* Modified arrows and the like have names only in the terminal's entry: kRIT5 is
	 * Right with xterm's modifier 5, Ctrl. */
	static const char *const base[][2] = {
		{"kRIT", "Right"}, {"kLFT", "Left"}, {"kUP", "Up"}, {"kDN", "Down"},
		{"kHOM", "Home"}, {"kEND", "End"}, {"kDC", "Delete"}, {"kIC", "Insert"},
		{"kPRV", "PgUp"}, {"kNXT", "PgDn"},
	};
	static const char *const mods[] = {"Shift-", "Alt-", "Shift-Alt-", "Ctrl-",
					   "Ctrl-Shift-", "Ctrl-Alt-", "Ctrl-Shift-Alt-"};
	const char *kn = keyname(code);
	for (size_t i = 0; kn && i < sizeof base / sizeof *base; i++) {
		size_t l = strlen(base[i][0]);
		if (strncmp(kn, base[i][0], l) == 0 && kn[l] >= '2' && kn[l] <= '8' && !kn[l + 1]) {
			snprintf(buf, n, "%s%s", mods[kn[l] - '2'], base[i][1]);
			return buf;
		}
	}
	snprintf(buf, n, "the key %s", kn ? kn : "with no name");
	return buf;
}

static const char *char_name(int code, char *buf, size_t n)
{
	if (code == 0x1b)
		return "Esc";
	if (code == '\t')
		return "Tab";
	if (code == '\r' || code == '\n')
		return "Enter";
	if (code == 0x7f)
		return "Backspace";
	if (code == ' ')
		return "Space";
	if (code >= 0 && code < 0x20)
		snprintf(buf, n, "^%c", code + '@');
	else if (iswprint((wint_t)code))
		snprintf(buf, n, "%lc", (wint_t)code);
	else
		snprintf(buf, n, "U+%04X", (unsigned)code);
	return buf;
}

void keymap_describe(bool fn, int code, bool alt, char *buf, size_t n)
{
	char tmp[80];
	const char *name = fn ? fn_name(code, tmp, sizeof tmp) : char_name(code, tmp, sizeof tmp);
	snprintf(buf, n, "%s%s", alt && !(fn && code == 0) ? "Alt-" : "", name);
}
