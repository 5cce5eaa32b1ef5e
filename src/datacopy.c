/* Copying the data files for mtcr --copy-data. Each file is created with O_EXCL, so a file
 * that appears meanwhile is not overwritten either; a failure removes the files made. */
#include "datacopy.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "datapath.h"

static bool join(char *buf, size_t len, const char *dir, const char *name)
{
	int n = snprintf(buf, len, "%s/%s", dir, name);
	return n > 0 && (size_t)n < len;
}

/* mkdir -p */
static bool make_dirs(const char *dir, char *err, size_t errlen)
{
	char path[PATH_MAX];
	if (snprintf(path, sizeof path, "%s", dir) >= (int)sizeof path) {
		snprintf(err, errlen, "%s: name too long", dir);
		return false;
	}
	for (char *p = path + 1;; p++) {
		if (*p != '/' && *p != '\0')
			continue;
		char c = *p;
		*p = '\0';
		struct stat st;
		if (mkdir(path, 0777) != 0 && (errno != EEXIST || stat(path, &st) != 0 ||
					       !S_ISDIR(st.st_mode))) {
			snprintf(err, errlen, "%s: cannot make the directory: %s", path,
				 errno == EEXIST ? "not a directory" : strerror(errno));
			return false;
		}
		*p = c;
		if (c == '\0')
			return true;
	}
}

static bool copy_fd(int in, int out)
{
	char buf[65536];
	ssize_t n;
	while ((n = read(in, buf, sizeof buf)) != 0) {
		if (n < 0) {
			if (errno == EINTR)
				continue;
			return false;
		}
		for (ssize_t done = 0; done < n;) {
			ssize_t w = write(out, buf + done, (size_t)(n - done));
			if (w < 0 && errno != EINTR)
				return false;
			done += w > 0 ? w : 0;
		}
	}
	return true;
}

static bool copy_file(const char *from, const char *to, char *err, size_t errlen)
{
	int in = open(from, O_RDONLY | O_CLOEXEC);
	if (in < 0) {
		snprintf(err, errlen, "%s: cannot open: %s", from, strerror(errno));
		return false;
	}
	int out = open(to, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
	if (out < 0) {
		snprintf(err, errlen, "%s: cannot create: %s", to, strerror(errno));
		close(in);
		return false;
	}
	bool ok = copy_fd(in, out);
	if (!ok)
		snprintf(err, errlen, "%s: cannot copy to %s: %s", from, to, strerror(errno));
	close(in);
	if (close(out) != 0 && ok) {
		snprintf(err, errlen, "%s: cannot write: %s", to, strerror(errno));
		ok = false;
	}
	if (!ok)
		unlink(to);
	return ok;
}

bool datacopy(const char *from, const char *to, char *err, size_t errlen)
{
	size_t n;
	const char *const *files = datapath_files(&n);
	char src[PATH_MAX], dst[PATH_MAX];
	struct stat st;
	err[0] = '\0';
	for (size_t i = 0; i < n; i++) {
		if (!join(dst, sizeof dst, to, files[i])) {
			snprintf(err, errlen, "%s: name too long", to);
			return false;
		}
		if (lstat(dst, &st) == 0) {
			snprintf(err, errlen, "%s exists: --copy-data never overwrites (remove the "
				 "files or choose another directory)", dst);
			return false;
		}
	}
	if (!make_dirs(to, err, errlen))
		return false;
	size_t made = 0;
	bool ok = true;
	for (; ok && made < n; made++)
		ok = join(src, sizeof src, from, files[made]) && join(dst, sizeof dst, to, files[made]) &&
		     copy_file(src, dst, err, errlen);
	if (!ok && !err[0])
		snprintf(err, errlen, "%s or %s: name too long", from, to);
	if (!ok) /* the failed file removed itself: take the earlier ones back too */
		for (size_t i = 0; i + 1 < made; i++)
			if (join(dst, sizeof dst, to, files[i]))
				unlink(dst);
	return ok;
}
