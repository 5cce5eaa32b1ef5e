/* export_to_path: the file appears whole or not at all. Each failure (missing directory,
 * target a directory, no permission, a full device, a file size limit) leaves the old file as
 * it was and no temporary file behind, and says which file and why. */
#include <criterion/criterion.h>
#include <dirent.h>
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <sys/wait.h>
#include <unistd.h>

#include "cli.h"
#include "dataset_struct.h"
#include "export.h"

static struct dataset ds;
static struct diags diags;
static struct view v;
static char dir[64];
static char err[512];

static void setup(void)
{
	cli_guard_exports(); /* the signal policy mtcr runs its exports with */
	cr_assert(dataset_load(&ds, BUNDLEDDATADIR, &diags));
	cr_assert(view_init(&v, &ds, TBL_MEETINGS));
	strcpy(dir, "/tmp/mtcr-export-test-XXXXXX");
	cr_assert(mkdtemp(dir));
}

/* Removes the test directory and whatever a failing test left in it. */
static void remove_tree(const char *path)
{
	DIR *d = opendir(path);
	if (!d)
		return;
	struct dirent *e;
	char sub[4096];
	while ((e = readdir(d))) {
		if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0)
			continue;
		snprintf(sub, sizeof sub, "%s/%s", path, e->d_name);
		struct stat st;
		if (lstat(sub, &st) == 0 && S_ISDIR(st.st_mode)) {
			chmod(sub, 0700);
			remove_tree(sub);
		} else {
			unlink(sub);
		}
	}
	closedir(d);
	rmdir(path);
}

static void teardown(void)
{
	remove_tree(dir);
	view_free(&v);
	dataset_free(&ds);
	diags_free(&diags);
}

TestSuite(export_file, .init = setup, .fini = teardown);

static const char *in_dir(const char *name)
{
	static char paths[4][4096];
	static int next;
	char *p = paths[next++ % 4];
	snprintf(p, sizeof paths[0], "%s/%s", dir, name);
	return p;
}

/* The names in a directory, sorted, space separated (static buffer). */
static const char *listing(const char *path)
{
	static char buf[4096];
	struct dirent **names;
	int n = scandir(path, &names, NULL, alphasort);
	cr_assert(n >= 0, "%s: %s", path, strerror(errno));
	buf[0] = '\0';
	for (int i = 0; i < n; i++) {
		if (strcmp(names[i]->d_name, ".") != 0 && strcmp(names[i]->d_name, "..") != 0) {
			if (*buf)
				strcat(buf, " ");
			strcat(buf, names[i]->d_name);
		}
		free(names[i]);
	}
	free(names);
	return buf;
}

static const char *contents(const char *path)
{
	static char buf[1 << 17];
	FILE *f = fopen(path, "rb");
	cr_assert(f, "%s: %s", path, strerror(errno));
	size_t n = fread(buf, 1, sizeof buf - 1, f);
	buf[n] = '\0';
	fclose(f);
	return buf;
}

static void put(const char *path, const char *text)
{
	FILE *f = fopen(path, "wb");
	cr_assert(f && fputs(text, f) >= 0 && fclose(f) == 0);
}

/* What export_write gives for the same view, to compare the file with. */
static const char *expected(void)
{
	static char buf[1 << 17];
	FILE *f = tmpfile();
	cr_assert(f && export_write(&v, NULL, 0, f));
	long len = ftell(f);
	rewind(f);
	cr_assert_eq(fread(buf, 1, (size_t)len, f), (size_t)len);
	buf[len] = '\0';
	fclose(f);
	return buf;
}

Test(export_file, writes_a_new_file_with_the_usual_permissions)
{
	mode_t old_mask = umask(027);
	const char *path = in_dir("meetings.csv");
	cr_assert_eq(export_to_path(&v, NULL, 0, path, err, sizeof err), (long)ds.nmeetings, "%s",
		     err);
	umask(old_mask);
	cr_expect_str_eq(contents(path), expected());
	struct stat st;
	cr_assert_eq(stat(path, &st), 0);
	cr_expect_eq(st.st_mode & 07777, 0640, "mode %o: 0666 less the umask", st.st_mode & 07777);
	cr_expect_str_eq(listing(dir), "meetings.csv", "no temporary left");
}

Test(export_file, replaces_an_existing_file_and_keeps_its_mode)
{
	const char *path = in_dir("out.csv");
	put(path, "old\n");
	cr_assert_eq(chmod(path, 0604), 0);
	cr_assert_gt(export_to_path(&v, NULL, 0, path, err, sizeof err), 0, "%s", err);
	cr_expect_str_eq(contents(path), expected());
	struct stat st;
	cr_assert_eq(stat(path, &st), 0);
	cr_expect_eq(st.st_mode & 07777, 0604);
	cr_expect_str_eq(listing(dir), "out.csv");
}

Test(export_file, a_bare_name_is_written_in_the_current_directory)
{
	char cwd[4096];
	cr_assert(getcwd(cwd, sizeof cwd));
	cr_assert_eq(chdir(dir), 0);
	long n = export_to_path(&v, NULL, 0, "here.csv", err, sizeof err);
	cr_assert_eq(chdir(cwd), 0);
	cr_expect_gt(n, 0, "%s", err);
	cr_expect_str_eq(listing(dir), "here.csv");
}

Test(export_file, a_missing_directory_is_named)
{
	const char *path = in_dir("missing/out.csv");
	char want[1024];
	snprintf(want, sizeof want, "%s: cannot create a file in %s/missing: No such file or "
		 "directory", path, dir);
	cr_expect_eq(export_to_path(&v, NULL, 0, path, err, sizeof err), -1);
	cr_expect_str_eq(err, want);
	cr_expect_str_eq(listing(dir), "");
}

Test(export_file, a_directory_is_not_replaced)
{
	const char *path = in_dir("sub");
	cr_assert_eq(mkdir(path, 0755), 0);
	put(in_dir("sub/keep"), "keep\n");
	char want[1024];
	snprintf(want, sizeof want, "%s: Is a directory", path);
	cr_expect_eq(export_to_path(&v, NULL, 0, path, err, sizeof err), -1);
	cr_expect_str_eq(err, want);
	cr_expect_str_eq(listing(dir), "sub", "no temporary beside it");
	cr_expect_str_eq(listing(path), "keep", "nothing inside touched");
}

/* A write that fails halfway: the file size limit stops it like a full disk would. */
Test(export_file, a_failed_write_keeps_the_old_file_and_leaves_no_temporary)
{
	const char *path = in_dir("precious.csv");
	put(path, "precious\n");
	struct rlimit saved, small = {4096, 4096};
	cr_assert_eq(getrlimit(RLIMIT_FSIZE, &saved), 0);
	cr_assert_eq(setrlimit(RLIMIT_FSIZE, &small), 0);
	long n = export_to_path(&v, NULL, 0, path, err, sizeof err);
	setrlimit(RLIMIT_FSIZE, &saved);
	cr_expect_eq(n, -1, "the record is larger than 4 KiB");
	char want[1024];
	snprintf(want, sizeof want, "%s: File too large", path);
	cr_expect_str_eq(err, want);
	cr_expect_str_eq(contents(path), "precious\n");
	cr_expect_str_eq(listing(dir), "precious.csv");
	struct sigaction sa;
	sigaction(SIGXFSZ, NULL, &sa);
	cr_expect_eq(sa.sa_handler, SIG_DFL, "SIGXFSZ restored");
}

Test(export_file, signals_are_held_only_while_writing)
{
	sigset_t before, after;
	sigprocmask(SIG_SETMASK, NULL, &before);
	cr_assert_gt(export_to_path(&v, NULL, 0, in_dir("a.csv"), err, sizeof err), 0, "%s", err);
	sigprocmask(SIG_SETMASK, NULL, &after);
	cr_expect_eq(sigismember(&after, SIGINT), sigismember(&before, SIGINT));
	cr_expect_eq(sigismember(&after, SIGTERM), sigismember(&before, SIGTERM));
}

Test(export_file, a_symbolic_link_is_followed_and_kept)
{
	const char *real = in_dir("real.csv"), *link = in_dir("link.csv");
	put(real, "old\n");
	cr_assert_eq(symlink("real.csv", link), 0);
	cr_assert_gt(export_to_path(&v, NULL, 0, link, err, sizeof err), 0, "%s", err);
	struct stat st;
	cr_assert_eq(lstat(link, &st), 0);
	cr_expect(S_ISLNK(st.st_mode), "the link is still a link");
	cr_expect_str_eq(contents(real), expected());
	cr_expect_str_eq(listing(dir), "link.csv real.csv");
}

Test(export_file, a_dangling_link_is_refused)
{
	const char *link = in_dir("dangling.csv");
	cr_assert_eq(symlink("nowhere.csv", link), 0);
	cr_expect_eq(export_to_path(&v, NULL, 0, link, err, sizeof err), -1);
	char want[1024];
	snprintf(want, sizeof want, "%s: symbolic link to a missing file", link);
	cr_expect_str_eq(err, want);
	cr_expect_str_eq(listing(dir), "dangling.csv");
}

/* A device node of the test's own (null or full), so that a broken export can never replace
 * the system's /dev/null or /dev/full: these tests run as root in CI. Skipped, not passed,
 * where device nodes cannot be made or opened. */
static const char *device(const char *name, unsigned minor)
{
	const char *path = in_dir(name);
	if (mknod(path, S_IFCHR | 0666, makedev(1, minor)) != 0)
		cr_skip_test("cannot make a device node (needs root): %s", strerror(errno));
	int fd = open(path, O_WRONLY);
	if (fd < 0)
		cr_skip_test("cannot open a device node here (nodev?): %s", strerror(errno));
	close(fd);
	return path;
}

static bool is_device(const char *path)
{
	struct stat st;
	return lstat(path, &st) == 0 && S_ISCHR(st.st_mode);
}

/* A device cannot be renamed over: it is written directly, and a full one says so. */
Test(export_file, a_full_device_behind_a_link_reports_no_space)
{
	const char *full = device("full", 7), *link = in_dir("full.csv");
	cr_assert_eq(symlink("full", link), 0);
	cr_expect_eq(export_to_path(&v, NULL, 0, link, err, sizeof err), -1);
	char want[1024];
	snprintf(want, sizeof want, "%s: No space left on device", link);
	cr_expect_str_eq(err, want);
	cr_expect(is_device(full), "the device is still a device");
	cr_expect_str_eq(listing(dir), "full full.csv");
}

Test(export_file, a_null_device_stays_a_device)
{
	const char *null = device("null", 3);
	cr_expect_eq(export_to_path(&v, NULL, 0, null, err, sizeof err), (long)v.nrows, "%s", err);
	cr_expect(is_device(null));
	cr_expect_str_eq(listing(dir), "null");
}

/* A named pipe is written directly too (no root needed): a child reads what comes out. */
Test(export_file, a_fifo_is_written_directly, .timeout = 10)
{
	const char *fifo = in_dir("pipe"), *copy = in_dir("copy.csv");
	cr_assert_eq(mkfifo(fifo, 0600), 0);
	pid_t pid = fork();
	cr_assert_geq(pid, 0);
	if (pid == 0) {
		FILE *in = fopen(fifo, "rb"), *out = fopen(copy, "wb");
		int c;
		while (in && out && (c = getc(in)) != EOF)
			putc(c, out);
		_exit(in && out && fclose(out) == 0 ? 0 : 1);
	}
	/* A FIFO nobody reads yet is refused rather than waited on: try until the reader is
	 * there. */
	long n;
	for (int i = 0; (n = export_to_path(&v, NULL, 0, fifo, err, sizeof err)) < 0 &&
			strstr(err, "no process is reading") && i < 500; i++)
		usleep(10000);
	int status;
	cr_assert_eq(waitpid(pid, &status, 0), pid);
	cr_expect_eq(n, (long)v.nrows, "%s", err);
	cr_expect(WIFEXITED(status) && WEXITSTATUS(status) == 0);
	cr_expect_str_eq(contents(copy), expected());
	struct stat st;
	cr_expect(lstat(fifo, &st) == 0 && S_ISFIFO(st.st_mode), "the FIFO is still a FIFO");
}

/* Root ignores permissions: drop to an unprivileged user for this test (each Criterion test
 * runs in its own process), or skip it when that is not possible. */
Test(export_file, a_read_only_directory_keeps_its_file)
{
	const char *sub = in_dir("ro"), *path = in_dir("ro/out.csv");
	cr_assert_eq(mkdir(sub, 0755), 0);
	put(path, "old\n");
	cr_assert_eq(chmod(path, 0666), 0);
	cr_assert_eq(chmod(sub, 0555), 0);
	cr_assert_eq(chmod(dir, 0755), 0);
	bool dropped = false;
	if (geteuid() == 0) {
		if (seteuid(65534) != 0)
			cr_skip_test("running as root and cannot drop privileges: %s",
				     strerror(errno));
		dropped = true;
	}
	long n = export_to_path(&v, NULL, 0, path, err, sizeof err);
	if (dropped)
		cr_assert_eq(seteuid(0), 0);
	cr_expect_eq(n, -1, "the directory takes no new file, though the file is writable");
	char want[1024];
	snprintf(want, sizeof want, "%s: cannot create a file in %s: Permission denied", path, sub);
	cr_expect_str_eq(err, want);
	cr_expect_str_eq(contents(path), "old\n");
	cr_expect_str_eq(listing(sub), "out.csv");
}

Test(export_file, an_empty_name_is_refused)
{
	cr_expect_eq(export_to_path(&v, NULL, 0, "", err, sizeof err), -1);
	cr_expect_str_eq(err, "'': empty file name");
}
