/* Writing an export to a named file so that a failure never costs the user the file that
 * was there: a temporary file in the same directory, flushed and synced, then renamed over
 * the target. A symbolic link is followed, so the link stays and the file it names is
 * replaced. Devices and FIFOs (/dev/stdout, a named pipe) cannot be replaced by a rename
 * and are written directly. An interrupt ends the export wherever it waits (a FIFO's
 * reader that stopped reading, a slow disk) and the old file stays. Which signals
 * interrupt, and how, is the caller's policy (struct export_guard): this file changes no
 * signal disposition or mask. */
#include "export.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "text.h"

/* The interrupt that came during this export, if any: export.c's row loop stops on it. */
volatile sig_atomic_t export_interrupt;
static int last_interrupt;
static const struct export_guard *guard;

enum { PATH_COLS = 200 };

void export_set_guard(const struct export_guard *g)
{
	guard = g;
}

int export_interrupted(void)
{
	return last_interrupt;
}

/* A path as a message shows it: escaped, and cut so that the reason after it always fits
 * (a path of 1000 bytes cut the reason off). */
static const char *shown_path(const char *path, char *buf, size_t len)
{
	text_fit(path, PATH_COLS, buf, len);
	return buf;
}

static long fail(const char *path, const char *reason, char *err, size_t errlen)
{
	char shown[PATH_COLS * 8 + 8];
	snprintf(err, errlen, "%s: %s", shown_path(path, shown, sizeof shown), reason);
	return -1;
}

/* Writes, flushes and closes out; on failure errno says why. */
static bool write_and_close(const struct view *v, const int *cols, size_t ncols,
			    unsigned flags, FILE *out, bool sync)
{
	bool ok = export_write_flags(v, cols, ncols, flags, out) && fflush(out) == 0 &&
		  !export_interrupt;
	/* EINVAL: the file system cannot sync this file; the data has still been written. */
	if (ok && sync && fsync(fileno(out)) != 0 && errno != EINVAL)
		ok = false;
	int saved = errno;
	if (fclose(out) != 0 && ok)
		return false;
	errno = saved;
	return ok;
}

/* Why a write failed: an interrupt, or errno. */
static const char *why(int e, bool replacing)
{
	if (!export_interrupt)
		return strerror(e);
	return replacing ? "interrupted; the file is left as it was" : "interrupted";
}

/* A device or FIFO. Opened without waiting: a FIFO no process reads would block open()
 * for ever; it is refused instead. The writes then block as usual, until an interrupt. */
static long write_direct(const struct view *v, const int *cols, size_t ncols, unsigned flags,
			 const char *path, const char *target, char *err, size_t errlen)
{
	int fd = open(target, O_WRONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC);
	if (fd < 0 && errno == ENXIO)
		return fail(path, "a FIFO that no process is reading", err, errlen);
	int fl = fd < 0 ? -1 : fcntl(fd, F_GETFL);
	FILE *out = NULL;
	if (fl < 0 || fcntl(fd, F_SETFL, fl & ~O_NONBLOCK) != 0 || !(out = fdopen(fd, "w"))) {
		int e = errno;
		if (fd >= 0)
			close(fd);
		return fail(path, strerror(e), err, errlen);
	}
	if (!write_and_close(v, cols, ncols, flags, out, false))
		return fail(path, why(errno, false), err, errlen);
	return (long)v->nrows;
}

/* The directory of a path: "." for a bare name, "/" for a file in the root. */
static char *dir_of(const char *path)
{
	const char *slash = strrchr(path, '/');
	if (!slash)
		return strdup(".");
	size_t len = slash == path ? 1 : (size_t)(slash - path);
	char *dir = malloc(len + 1);
	if (dir) {
		memcpy(dir, path, len);
		dir[len] = '\0';
	}
	return dir;
}

/* dir/.mtcr-export-XXXXXX: the target's file system, so that rename is atomic. */
static char *temp_template(const char *dir)
{
	static const char name[] = ".mtcr-export-XXXXXX";
	size_t len = strlen(dir);
	char *tmp = malloc(len + 1 + sizeof name);
	if (tmp)
		sprintf(tmp, "%s%s%s", dir, dir[len - 1] == '/' ? "" : "/", name);
	return tmp;
}

/* Creates the temporary file next to target; returns its descriptor, or -1 with err set. */
static int create_temp(const char *path, const char *target, char **tmp, char *err,
		       size_t errlen)
{
	char *dir = dir_of(target);
	*tmp = dir ? temp_template(dir) : NULL;
	if (!*tmp) {
		free(dir);
		return (int)fail(path, strerror(ENOMEM), err, errlen);
	}
	int fd = mkstemp(*tmp);
	if (fd < 0) {
		/* The directory must take a new file, even when the target itself is writable. */
		char shown[PATH_COLS * 8 + 8], shown_dir[PATH_COLS * 8 + 8];
		snprintf(err, errlen, "%s: cannot create a file in %s: %s",
			 shown_path(path, shown, sizeof shown),
			 shown_path(dir, shown_dir, sizeof shown_dir), strerror(errno));
		free(*tmp);
		*tmp = NULL;
	}
	free(dir);
	return fd;
}

/* The new file gets the old one's permissions, or those a new file would get. */
static mode_t new_mode(const struct stat *old)
{
	if (old)
		return old->st_mode & 07777;
	mode_t mask = umask(0);
	umask(mask);
	return 0666 & ~mask;
}

/* Renames tmp over target unless an interrupt came: with the interrupts held (by the
 * guard), so that one arriving now finds the new file in place (it came after the export). */
static bool commit(const char *tmp, const char *target)
{
	if (guard)
		guard->hold();
	bool ok = !export_interrupt && rename(tmp, target) == 0;
	int e = errno;
	if (guard)
		guard->release();
	errno = e;
	return ok;
}

static long write_atomic(const struct view *v, const int *cols, size_t ncols, unsigned flags,
			 const char *path, const char *target, const struct stat *old, char *err,
			 size_t errlen)
{
	char *tmp;
	int fd = create_temp(path, target, &tmp, err, errlen);
	if (fd < 0)
		return -1;
	FILE *out = NULL;
	bool ok = fchmod(fd, new_mode(old)) == 0 && (out = fdopen(fd, "w")) != NULL;
	int e = errno;
	if (!ok) {
		close(fd);
	} else if (!write_and_close(v, cols, ncols, flags, out, true) || !commit(tmp, target)) {
		ok = false;
		e = errno;
	}
	if (!ok)
		unlink(tmp);
	free(tmp);
	return ok ? (long)v->nrows : fail(path, why(e, true), err, errlen);
}

/* Nobody may write the file, or this user may not: cp -i and mv ask before replacing it. */
static bool read_only(const char *target, const struct stat *st)
{
	return (st->st_mode & 0222) == 0 || access(target, W_OK) != 0;
}

/* Why a symbolic link names nothing: /dev/stdout with standard output closed is a link to
 * /proc/self/fd/1, which then does not exist. */
static long dangling(const char *path, char *err, size_t errlen)
{
	char to[256];
	ssize_t n = readlink(path, to, sizeof to - 1);
	to[n > 0 ? n : 0] = '\0';
	const char *fd = "/proc/self/fd/";
	if (strncmp(to, fd, strlen(fd)) == 0) {
		char reason[64];
		snprintf(reason, sizeof reason, "file descriptor %.8s is not open", to + strlen(fd));
		return fail(path, reason, err, errlen);
	}
	return fail(path, "symbolic link to a missing file", err, errlen);
}

/* Where to write: the path itself, or the file a symbolic link names. */
static long choose_target(const struct view *v, const int *cols, size_t ncols, unsigned flags,
			  const char *path, char *err, size_t errlen)
{
	struct stat st;
	if (lstat(path, &st) != 0) {
		if (errno != ENOENT)
			return fail(path, strerror(errno), err, errlen);
		return write_atomic(v, cols, ncols, flags, path, path, NULL, err, errlen);
	}
	char *target = S_ISLNK(st.st_mode) ? realpath(path, NULL) : strdup(path);
	if (!target)
		return errno == ENOENT ? dangling(path, err, errlen) :
		       fail(path, strerror(errno), err, errlen);
	long n;
	if (stat(target, &st) != 0)
		n = fail(path, strerror(errno), err, errlen);
	else if (S_ISDIR(st.st_mode))
		n = fail(path, strerror(EISDIR), err, errlen);
	else if (!S_ISREG(st.st_mode))
		n = write_direct(v, cols, ncols, flags, path, target, err, errlen);
	else if (!(flags & EXPORT_FORCE) && read_only(target, &st))
		n = fail(path, "the file is read-only; --force replaces it", err, errlen);
	else
		n = write_atomic(v, cols, ncols, flags, path, target, &st, err, errlen);
	free(target);
	return n;
}

bool export_target_read_only(const char *path)
{
	struct stat st;
	return stat(path, &st) == 0 && S_ISREG(st.st_mode) && read_only(path, &st);
}

long export_to_path(const struct view *v, const int *cols, size_t ncols, const char *path,
		    char *err, size_t errlen)
{
	return export_to_path_flags(v, cols, ncols, path, 0, err, errlen);
}

long export_to_path_flags(const struct view *v, const int *cols, size_t ncols,
			  const char *path, unsigned flags, char *err, size_t errlen)
{
	if (!*path)
		return fail("''", "empty file name", err, errlen);
	export_interrupt = 0;
	if (guard)
		guard->begin();
	long n = choose_target(v, cols, ncols, flags, path, err, errlen);
	if (guard)
		guard->end();
	last_interrupt = export_interrupt;
	export_interrupt = 0; /* the next export_write runs to its end */
	return n;
}
