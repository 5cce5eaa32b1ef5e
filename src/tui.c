/* Placeholder until the browser lands (issue 4): prints what was loaded. */
#include "tui.h"

#include <stdio.h>

int tui_run(const struct dataset *ds, const struct tui_options *o)
{
	(void)o;
	dataset_print_summary(ds, stdout);
	return 0;
}
