/* Prints the browser's action table, one action a line: its group's heading, its keys and
 * its name, separated by tabs. tests/cli/manpage.sh checks mtcr(1) against this, so the
 * page cannot drift from the table that drives the keys and the help screen. */
#include <stdio.h>

#include "actions.h"

int main(void)
{
	for (size_t i = 0; i < nactions; i++)
		printf("%s\t%s\t%s\n", action_group_name(actions[i].group), actions[i].keys,
		       actions[i].name);
	return fflush(stdout) != 0 || ferror(stdout);
}
