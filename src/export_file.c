/* Writing an export to a named file so that a failure never costs the user the file that
 * was there: a temporary file in the same directory, flushed and synced, then renamed over
 * the target. A symbolic link is followed, so the link stays and the file it names is
 * replaced. Devices and FIFOs (/dev/stdout, a named pipe) cannot be replaced by a rename
 * and are written directly. */
#include "export.h"

#include <errno.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static long fail(const char *path, const char *reason, char *err, size_t errlen)
{
	snprintf(err, errlen, "%s: %s", path, reason);
	return -1;
}

/* Writes, flushes and closes out; on failure errno says why. */
static bool write_and_close(const struct view *v, const int *cols, size_t ncols, FILE *out,
			    bool sync)
{
	bool ok = export_write(v, cols, ncols, out) && fflush(out) == 0;
	/* EINVAL: the file system cannot sync this file; the data has still been written. */
	if (ok && sync && fsync(fileno(out)) != 0 && errno != EINVAL)
		ok = false;
	int saved = errno;
	if (fclose(out) != 0 && ok)
		return false;
	errno = saved;
	return ok;
}

static long write_direct(const struct view *v, const int *cols, size_t ncols, const char *path,
			 const char *target, char *err, size_t errlen)
{
	FILE *out = fopen(target, "w");
	if (!out || !write_and_close(v, cols, ncols, out, false))
		return fail(path, strerror(errno), err, errlen);
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
		snprintf(err, errlen, "%s: cannot create a file in %s: %s", path, dir,
			 strerror(errno));
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

static long write_atomic(const struct view *v, const int *cols, size_t ncols, const char *path,
			 const char *target, const struct stat *old, char *err, size_t errlen)
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
	} else if (!write_and_close(v, cols, ncols, out, true) || rename(tmp, target) != 0) {
		ok = false;
		e = errno;
	}
	if (!ok)
		unlink(tmp);
	free(tmp);
	return ok ? (long)v->nrows : fail(path, strerror(e), err, errlen);
}

/* Where to write: the path itself, or the file a symbolic link names. */
static long choose_target(const struct view *v, const int *cols, size_t ncols, const char *path,
			  char *err, size_t errlen)
{
	struct stat st;
	if (lstat(path, &st) != 0) {
		if (errno != ENOENT)
			return fail(path, strerror(errno), err, errlen);
		return write_atomic(v, cols, ncols, path, path, NULL, err, errlen);
	}
	char *target = S_ISLNK(st.st_mode) ? realpath(path, NULL) : strdup(path);
	if (!target)
		return fail(path, errno == ENOENT ? "symbolic link to a missing file" :
			    strerror(errno), err, errlen);
	long n;
	if (stat(target, &st) != 0)
		n = fail(path, strerror(errno), err, errlen);
	else if (S_ISDIR(st.st_mode))
		n = fail(path, strerror(EISDIR), err, errlen);
	else if (!S_ISREG(st.st_mode))
		n = write_direct(v, cols, ncols, path, target, err, errlen);
	else
		n = write_atomic(v, cols, ncols, path, target, &st, err, errlen);
	free(target);
	return n;
}

long export_to_path(const struct view *v, const int *cols, size_t ncols, const char *path,
		    char *err, size_t errlen)
{
	if (!*path)
		return fail("''", "empty file name", err, errlen);
	/* An interrupt in mid-write would leave the temporary file behind: hold such signals
	 * until the file is in place or cleaned up. A file size limit (ulimit -f) fails the
	 * write like a full disk instead of killing the process with the temporary file. */
	sigset_t hold, saved_mask;
	sigemptyset(&hold);
	sigaddset(&hold, SIGINT);
	sigaddset(&hold, SIGTERM);
	sigaddset(&hold, SIGHUP);
	sigaddset(&hold, SIGQUIT);
	struct sigaction ignore = {.sa_handler = SIG_IGN}, saved_xfsz;
	sigprocmask(SIG_BLOCK, &hold, &saved_mask);
	sigaction(SIGXFSZ, &ignore, &saved_xfsz);
	long n = choose_target(v, cols, ncols, path, err, errlen);
	sigaction(SIGXFSZ, &saved_xfsz, NULL);
	sigprocmask(SIG_SETMASK, &saved_mask, NULL);
	return n;
}
