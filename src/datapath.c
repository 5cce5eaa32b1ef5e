/* Choosing the bundled data directory. The build tree's own binary reads the source tree's
 * data/, so `src/mtcr` works with no install and no flags; any other copy of the binary
 * (installed, or moved) reads the installed data. */
#include "datapath.h"

#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "config.h"

static int is_build_tree_binary(void)
{
	char self[PATH_MAX], built[PATH_MAX];
	if (!realpath("/proc/self/exe", self) || !realpath(BUILDEXE, built))
		return 0;
	return strcmp(self, built) == 0;
}

const char *datapath_default(void)
{
	return is_build_tree_binary() ? SRCDATADIR : PKGDATADIR;
}
