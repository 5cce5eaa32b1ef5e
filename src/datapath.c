/* Choosing the data directory. The build tree's own binary reads the source tree's data/, so
 * `src/mtcr` works with no install and no flags; any other copy of the binary (installed, or
 * moved) reads the installed data. A user's copy under XDG_DATA_HOME comes before either. */
#include "datapath.h"

#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "config.h"
#include "src/paths.h"

static const char *const files[] = {
	"meetings.csv", "members.csv", "concerns.csv", "meeting_concerns.csv", "meeting_members.csv",
};
enum { NFILES = sizeof files / sizeof *files };

const char *const *datapath_files(size_t *n)
{
	*n = NFILES;
	return files;
}

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

/* $XDG_DATA_HOME/mtcr-browser; the XDG Base Directory rules ignore a relative XDG_DATA_HOME
 * and default to ~/.local/share. */
static bool user_dir(char *buf, size_t len)
{
	const char *xdg = getenv("XDG_DATA_HOME"), *home = getenv("HOME");
	int n;
	if (xdg && xdg[0] == '/')
		n = snprintf(buf, len, "%s/" PACKAGE, xdg);
	else if (home && home[0])
		n = snprintf(buf, len, "%s/.local/share/" PACKAGE, home);
	else
		n = -1;
	if (n < 0 || (size_t)n >= len) {
		buf[0] = '\0';
		return false;
	}
	return true;
}

static bool is_file(const char *dir, const char *name)
{
	char path[PATH_MAX];
	struct stat st;
	int n = snprintf(path, sizeof path, "%s/%s", dir, name);
	return n > 0 && (size_t)n < sizeof path && stat(path, &st) == 0 && S_ISREG(st.st_mode);
}

void datapath_choose(struct datapath *p, const char *given)
{
	*p = (struct datapath){.origin = DATA_BUNDLED};
	if (user_dir(p->user, sizeof p->user))
		for (size_t i = 0; i < NFILES; i++) {
			if (is_file(p->user, files[i]))
				p->user_files++;
			else if (!p->missing[0])
				snprintf(p->missing, sizeof p->missing, "%s", files[i]);
		}
	if (given) {
		p->origin = DATA_GIVEN;
		p->dir = given;
	} else if (p->user_files == NFILES) {
		p->origin = DATA_USER;
		p->dir = p->user;
	} else {
		p->dir = datapath_default();
	}
}

const char *datapath_origin_name(enum data_origin o)
{
	switch (o) {
	case DATA_GIVEN: return "given with --data";
	case DATA_USER: return "your copy";
	default: return "bundled";
	}
}
