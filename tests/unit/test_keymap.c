/* The action table, the keymap built from it, and the help generated from it. */
#include <criterion/criterion.h>
#include <curses.h>
#include <string.h>

#include "actions.h"
#include "help.h"
#include "keymap.h"

Test(actions, the_table_is_indexed_by_action_and_complete)
{
	cr_assert_eq(nactions, ACT_COUNT);
	for (size_t i = 0; i < nactions; i++) {
		cr_expect_eq(actions[i].id, (enum action)i, "%s is out of place", actions[i].name);
		cr_expect(actions[i].name && *actions[i].name);
		cr_expect(actions[i].help && *actions[i].help, "%s has no help", actions[i].name);
		cr_expect(actions[i].group < GROUP_COUNT);
		for (size_t j = 0; j < i; j++)
			cr_expect_str_neq(actions[i].name, actions[j].name, "two actions named %s",
					  actions[i].name);
	}
}

Test(keymap, every_action_has_a_key_and_every_key_name_parses)
{
	for (size_t i = 0; i < nactions; i++) {
		size_t keys = 0;
		for (const char *s = actions[i].keys; *s;) {
			size_t len = strcspn(s, ",");
			struct key k[4];
			size_t n = keymap_parse_name(s, len, k, 4);
			cr_expect_gt(n, 0, "%s: unknown key name '%.*s'", actions[i].name, (int)len, s);
			keys += n;
			s += len;
			s += strspn(s, ", ");
		}
		cr_expect_gt(keys, 0, "%s has no key", actions[i].name);
	}
}

Test(keymap, no_key_is_bound_twice_in_one_context)
{
	struct binding b[512];
	size_t n = keymap_bindings(b, sizeof b / sizeof *b);
	cr_assert_leq(n, sizeof b / sizeof *b);
	cr_assert_gt(n, nactions - 1);
	for (size_t i = 0; i < n; i++)
		for (size_t j = 0; j < i; j++)
			cr_expect(b[i].ctx != b[j].ctx || b[i].key.fn != b[j].key.fn ||
					  b[i].key.code != b[j].key.code,
				  "one key for %s and %s", actions[b[i].action].name,
				  actions[b[j].action].name);
}

Test(keymap, keys_find_their_actions)
{
	cr_expect_eq(keymap_lookup(CTX_BROWSE, false, 'j'), ACT_DOWN);
	cr_expect_eq(keymap_lookup(CTX_BROWSE, true, KEY_DOWN), ACT_DOWN);
	cr_expect_eq(keymap_lookup(CTX_BROWSE, true, KEY_NPAGE), ACT_PAGE_DOWN);
	cr_expect_eq(keymap_lookup(CTX_BROWSE, false, 6), ACT_PAGE_DOWN, "^F");
	cr_expect_eq(keymap_lookup(CTX_BROWSE, false, ' '), ACT_PAGE_DOWN, "Space pages, as in less");
	cr_expect_eq(keymap_lookup(CTX_BROWSE, false, 'b'), ACT_PAGE_UP, "b pages back, as in less");
	cr_expect_eq(keymap_lookup(CTX_BROWSE, true, KEY_BTAB), ACT_PREV_PANE);
	cr_expect_eq(keymap_lookup(CTX_BROWSE, false, '\r'), ACT_OPEN);
	cr_expect_eq(keymap_lookup(CTX_BROWSE, false, '\n'), ACT_OPEN);
	cr_expect_eq(keymap_lookup(CTX_BROWSE, false, 19), ACT_EXPORT, "^S");
	cr_expect_eq(keymap_lookup(CTX_BROWSE, false, 3), ACT_QUIT, "^C");
	cr_expect_eq(keymap_lookup(CTX_BROWSE, true, KEY_F(1)), ACT_HELP);
	cr_expect_eq(keymap_lookup(CTX_BROWSE, false, 0x1b), ACT_BACK);
	cr_expect_eq(keymap_lookup(CTX_PROMPT, false, 0x1b), ACT_CANCEL);
	cr_expect_eq(keymap_lookup(CTX_PROMPT, false, '\r'), ACT_ACCEPT);
	cr_expect_eq(keymap_lookup(CTX_PROMPT, true, KEY_BACKSPACE), ACT_ERASE);
	cr_expect_eq(keymap_lookup(CTX_PROMPT, false, 'j'), ACT_NONE, "letters are text at a prompt");
	cr_expect_eq(keymap_lookup(CTX_BROWSE, false, 'x'), ACT_NONE);
}

Test(keymap, a_picture_rebinds_h_and_l_and_keeps_the_other_keys)
{
	cr_expect_eq(keymap_lookup(CTX_PICTURE, false, 'l'), ACT_NEXT_YEAR);
	cr_expect_eq(keymap_lookup(CTX_PICTURE, true, KEY_RIGHT), ACT_NEXT_YEAR);
	cr_expect_eq(keymap_lookup(CTX_PICTURE, false, 'h'), ACT_PREV_YEAR);
	cr_expect_eq(keymap_lookup(CTX_PICTURE, true, KEY_LEFT), ACT_PREV_YEAR);
	cr_expect_eq(keymap_lookup(CTX_PICTURE, false, 'j'), ACT_DOWN, "the browser's keys");
	cr_expect_eq(keymap_lookup(CTX_PICTURE, false, '\r'), ACT_OPEN);
	cr_expect_eq(keymap_lookup(CTX_PICTURE, false, 'q'), ACT_CLOSE);
	cr_expect_eq(keymap_lookup(CTX_BROWSE, false, 'l'), ACT_LINK, "l links in the lists");
	cr_expect_eq(keymap_lookup(CTX_BROWSE, false, 'h'), ACT_NONE);
	cr_expect_eq(keymap_lookup(CTX_BROWSE, true, KEY_LEFT), ACT_SCROLL_LEFT,
		     "Left scrolls a list");
	cr_expect_eq(keymap_lookup(CTX_BROWSE, false, 't'), ACT_TIMELINE);
	cr_expect_eq(keymap_lookup(CTX_BROWSE, false, 'c'), ACT_CONCERN_MAP);
	cr_expect_eq(keymap_lookup(CTX_PROMPT, false, 'l'), ACT_NONE, "l is text at a prompt");
}

Test(keymap, unknown_key_names_are_refused)
{
	struct key k[4];
	cr_expect_eq(keymap_parse_name("Hyper", 5, k, 4), 0);
	cr_expect_eq(keymap_parse_name("^", 1, k, 4), 1, "a caret alone is the caret key");
	cr_expect_eq(keymap_parse_name("^a", 2, k, 4), 0, "control keys are written in capitals");
	cr_expect_eq(keymap_parse_name("Enter", 5, k, 4), 3);
}

Test(help, lists_every_action_with_its_keys_once)
{
	struct help_line lines[128];
	size_t n = help_lines(lines, 128);
	cr_assert_leq(n, 128);
	cr_expect_eq(help_lines(NULL, 0), n, "counting gives the same lines");
	for (size_t i = 0; i < nactions; i++) {
		int seen = 0;
		for (size_t l = 0; l < n; l++)
			if (lines[l].kind == HELP_ACTION && strcmp(lines[l].keys, actions[i].keys) == 0 &&
			    strcmp(lines[l].text, actions[i].help) == 0)
				seen++;
		cr_expect_eq(seen, 1, "%s appears %d times in the help", actions[i].name, seen);
	}
	for (int g = 0; g < GROUP_COUNT; g++) {
		bool heading = false;
		for (size_t l = 0; l < n; l++)
			heading |= lines[l].kind == HELP_HEADING &&
				   strcmp(lines[l].text, action_group_name((enum action_group)g)) == 0;
		cr_expect(heading, "no heading for %s", action_group_name((enum action_group)g));
	}
}

static const char *described(bool fn, int code, bool alt)
{
	static char buf[96];
	keymap_describe(fn, code, alt, buf, sizeof buf);
	return buf;
}

Test(keymap, keys_are_named_as_people_write_them)
{
	cr_expect_str_eq(described(true, KEY_RIGHT, false), "Right");
	cr_expect_str_eq(described(true, KEY_F(2), false), "F2");
	cr_expect_str_eq(described(true, KEY_F(14), false), "Shift-F2");
	cr_expect_str_eq(described(true, KEY_IC, false), "Insert");
	cr_expect_str_eq(described(true, KEY_DC, false), "Delete");
	cr_expect_str_eq(described(true, KEY_SLEFT, false), "Shift-Left");
	cr_expect_str_eq(described(false, 'x', true), "Alt-x");
	cr_expect_str_eq(described(false, 'x', false), "x");
	cr_expect_str_eq(described(false, 0x18, false), "^X");
	cr_expect_str_eq(described(false, ' ', false), "Space");
	cr_expect_str_eq(described(true, KEY_BACKSPACE, false), "Backspace");
	cr_expect_null(strstr(described(true, KEY_END, false), "KEY_"));
	cr_expect_str_eq(described(true, 0, true),
			 "that key (unknown to the terminal's entry)");
}
