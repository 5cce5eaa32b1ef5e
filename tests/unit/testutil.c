/* Test helpers: temporary data directories built from the fixtures. */
#include "testutil.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static const char *const files[] = {"meetings", "members", "concerns", "meeting_concerns",
				    "meeting_members"};

static void copy_file(const char *from, const char *to)
{
	FILE *in = fopen(from, "rb"), *out = fopen(to, "wb");
	if (!in || !out) {
		fprintf(stderr, "testutil: cannot copy %s to %s\n", from, to);
		abort();
	}
	char buf[8192];
	size_t n;
	while ((n = fread(buf, 1, sizeof buf, in)) > 0)
		fwrite(buf, 1, n, out);
	fclose(in);
	if (fclose(out) != 0)
		abort();
}

char *fixture_dir(const char *bad)
{
	char *dir = strdup("/tmp/mtcr-test-XXXXXX");
	if (!dir || !mkdtemp(dir))
		abort();
	char from[4096], to[4096];
	for (size_t i = 0; i < sizeof files / sizeof *files; i++) {
		snprintf(from, sizeof from, "%s/good/%s.csv", TESTDATADIR, files[i]);
		snprintf(to, sizeof to, "%s/%s.csv", dir, files[i]);
		copy_file(from, to);
	}
	if (bad) {
		size_t len = strcspn(bad, "-");
		snprintf(from, sizeof from, "%s/bad/%s", TESTDATADIR, bad);
		snprintf(to, sizeof to, "%s/%.*s.csv", dir, (int)len, bad);
		copy_file(from, to);
	}
	return dir;
}

void fixture_remove(char *dir)
{
	char path[4096];
	for (size_t i = 0; i < sizeof files / sizeof *files; i++) {
		snprintf(path, sizeof path, "%s/%s.csv", dir, files[i]);
		unlink(path);
	}
	rmdir(dir);
	free(dir);
}

bool has_problem(const struct diags *d, const char *name, unsigned long line, const char *text)
{
	size_t nlen = strlen(name);
	for (size_t i = 0; i < d->n; i++) {
		const struct diag *g = &d->v[i];
		size_t flen = strlen(g->file);
		if (flen >= nlen && strcmp(g->file + flen - nlen, name) == 0 && g->line == line &&
		    strstr(g->msg, text))
			return true;
	}
	return false;
}

const char *problems_text(const struct diags *d)
{
	static char buf[8192];
	size_t used = 0;
	buf[0] = '\0';
	for (size_t i = 0; i < d->n && used < sizeof buf; i++) {
		const char *slash = strrchr(d->v[i].file, '/');
		int w = snprintf(buf + used, sizeof buf - used, "%s:%lu: %s\n",
				 slash ? slash + 1 : d->v[i].file, d->v[i].line, d->v[i].msg);
		if (w < 0)
			break;
		used += (size_t)w;
	}
	return buf;
}

void fixture_edit(const char *dir, const char *name, const char *from, const char *to)
{
	char path[4096], buf[16384], out[16384];
	snprintf(path, sizeof path, "%s/%s", dir, name);
	FILE *f = fopen(path, "rb");
	if (!f) {
		fprintf(stderr, "testutil: cannot read %s\n", path);
		abort();
	}
	size_t n = fread(buf, 1, sizeof buf - 1, f);
	fclose(f);
	buf[n] = '\0';
	char *at = strstr(buf, from);
	if (!at) {
		fprintf(stderr, "testutil: %s not in %s\n", from, path);
		abort();
	}
	snprintf(out, sizeof out, "%.*s%s%s", (int)(at - buf), buf, to, at + strlen(from));
	f = fopen(path, "wb");
	bool ok = f && fputs(out, f) != EOF;
	if ((f && fclose(f) != 0) || !ok) {
		fprintf(stderr, "testutil: cannot write %s\n", path);
		abort();
	}
}
