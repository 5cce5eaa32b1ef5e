/* The help screen's text, generated from the action table: the keys of every action,
 * grouped, then what the marks in the panes mean. Pure, so the help and its tests agree. */
#ifndef MTCR_HELP_H
#define MTCR_HELP_H
#include <stddef.h>

enum help_kind { HELP_BLANK, HELP_TEXT, HELP_HEADING, HELP_ACTION, HELP_DATA };

struct help_line {
	enum help_kind kind;
	const char *keys; /* HELP_ACTION: "j, Down" */
	const char *text;
};

/* Fills out with up to max lines; returns how many there are in all. */
size_t help_lines(struct help_line *out, size_t max);

/* Columns given to the keys before an action's help text. */
enum { HELP_KEYS_WIDTH = 18 };

#endif
