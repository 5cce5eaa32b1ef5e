/* The help screen's lines: an introduction, the action table by group, the marks. */
#include "help.h"

#include "actions.h"

struct sink {
	struct help_line *out;
	size_t max, n;
};

static void put(struct sink *s, enum help_kind kind, const char *keys, const char *text)
{
	if (s->n < s->max)
		s->out[s->n] = (struct help_line){kind, keys, text};
	s->n++;
}

static void put_actions(struct sink *s)
{
	for (int g = 0; g < GROUP_COUNT; g++) {
		put(s, HELP_HEADING, NULL, action_group_name((enum action_group)g));
		for (size_t i = 0; i < nactions; i++)
			if (actions[i].group == (enum action_group)g)
				put(s, HELP_ACTION, actions[i].keys, actions[i].help);
		put(s, HELP_BLANK, NULL, "");
	}
}

size_t help_lines(struct help_line *out, size_t max)
{
	struct sink s = {out, max, 0};
	put(&s, HELP_TEXT, NULL, "mtcr: the MTCR record in three linked panes.");
	put(&s, HELP_TEXT, NULL, "q, Esc or Backspace closes this help; j, k, PgDn, PgUp scroll it.");
	put(&s, HELP_DATA, NULL, "Data: "); /* followed by the directory in use */
	put(&s, HELP_BLANK, NULL, "");
	put_actions(&s);
	put(&s, HELP_HEADING, NULL, "Marks");
	put(&s, HELP_ACTION, "*", "related to the selection in the focused pane");
	put(&s, HELP_ACTION, "+", "new: a member welcomed at that meeting");
	put(&s, HELP_BLANK, NULL, "");
	put(&s, HELP_HEADING, NULL, "Pictures");
	put(&s, HELP_TEXT, NULL, "In the timeline and the concern map, j, k and the page keys move");
	put(&s, HELP_TEXT, NULL, "among the map's concerns, g, G, Home and End go to the first or");
	put(&s, HELP_TEXT, NULL, "the last year, Enter goes to the meeting under the cursor in the");
	put(&s, HELP_TEXT, NULL, "Meetings pane, and q, Esc or Backspace closes the picture.");
	put(&s, HELP_BLANK, NULL, "");
	put(&s, HELP_HEADING, NULL, "Patterns");
	put(&s, HELP_TEXT, NULL, "Search (/) and filter (&) take POSIX extended regular expressions,");
	put(&s, HELP_TEXT, NULL, "case-insensitive unless the pattern has a capital letter. A pattern");
	put(&s, HELP_TEXT, NULL, "that is not a valid expression is matched as plain text, and the");
	put(&s, HELP_TEXT, NULL, "status line says so.");
	return s.n;
}
