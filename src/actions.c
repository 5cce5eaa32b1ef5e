/* The action table, expanded from ACTIONS(X) so that C code (the help screen, the keymap,
 * the man-page test) can walk it. */
#include "actions.h"

const struct action_info actions[] = {
#define ACTION_INFO(id_, name_, keys_, group_, help_) \
	{.id = ACT_##id_, .name = (name_), .keys = (keys_), .group = (group_), .help = (help_)},
	ACTIONS(ACTION_INFO)
#undef ACTION_INFO
};

const size_t nactions = sizeof actions / sizeof *actions;

const char *action_group_name(enum action_group g)
{
	static const char *const names[GROUP_COUNT] = {
		[GROUP_MOVE] = "Moving",
		[GROUP_PANES] = "Panes and links",
		[GROUP_RECORD] = "Records",
		[GROUP_FIND] = "Search and filter",
		[GROUP_ORDER] = "Sort and export",
		[GROUP_PICTURES] = "Pictures",
		[GROUP_IN_PICTURE] = "In a picture",
		[GROUP_SCREEN] = "Screen",
		[GROUP_PROMPT] = "Prompts",
	};
	return g < GROUP_COUNT ? names[g] : "";
}
