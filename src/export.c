/* The CSV a view is written as: RFC 4180 with LF line ends, UTF-8 without a BOM, the raw
 * values of the file, a header first. Fields that need no quotes are written bare, so an
 * export of unedited data looks like the data file. */
#include "export.h"

#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "dataset_struct.h"

/* RFC 4180 requires quotes for a comma, a quote, CR or LF. Leading and trailing blanks are
 * quoted as well because some readers (spreadsheets, libcsv with its default settings) trim
 * them from bare fields. A record made of one empty field is quoted too: bare, it would be a
 * blank line, which CSV readers skip. */
static bool needs_quotes(const char *s, bool alone)
{
	size_t len = strlen(s);
	if (len == 0)
		return alone;
	if (strpbrk(s, ",\"\r\n"))
		return true;
	return s[0] == ' ' || s[0] == '\t' || s[len - 1] == ' ' || s[len - 1] == '\t';
}

/* What a spreadsheet takes for the start of a formula (OWASP's list for CSV injection). */
static bool formula_start(const char *s)
{
	return s[0] && strchr("=+-@\t\r", s[0]) != NULL;
}

/* A field in quotes, each quote doubled. The text between quotes goes out a run at a time:
 * libcsv's writer, a putc a byte, took 0.1 s of an export of 35 000 meetings. */
static bool put_quoted(const char *s, FILE *out)
{
	if (putc('"', out) == EOF)
		return false;
	for (const char *q; (q = strchr(s, '"')) != NULL; s = q + 1) {
		size_t n = (size_t)(q - s) + 1; /* through the quote, which is then doubled */
		if (fwrite(s, 1, n, out) != n || putc('"', out) == EOF)
			return false;
	}
	return fputs(s, out) != EOF && putc('"', out) != EOF;
}

static bool put_field(const char *s, bool alone, unsigned flags, FILE *out)
{
	if ((flags & EXPORT_SAFE_CELLS) && formula_start(s)) {
		size_t len = strlen(s);
		char *safe = malloc(len + 2);
		if (!safe)
			return false;
		safe[0] = '\'';
		memcpy(safe + 1, s, len + 1);
		bool ok = put_field(safe, alone, 0, out);
		free(safe);
		return ok;
	}
	if (needs_quotes(s, alone))
		return put_quoted(s, out);
	return fputs(s, out) != EOF;
}

/* One record in the chosen columns: row `row` of the file, or its header when row is
 * HEADER. */
static const size_t HEADER = SIZE_MAX;

static bool put_record(const struct table *t, size_t row, const int *cols, size_t ncols,
		       unsigned flags, FILE *out)
{
	for (size_t i = 0; i < ncols; i++) {
		if (i > 0 && putc(',', out) == EOF)
			return false;
		size_t c = (size_t)cols[i];
		const char *s = row == HEADER ? t->colnames[c] : table_field(t, row, c);
		if (!put_field(s, ncols == 1, flags, out))
			return false;
	}
	return putc('\n', out) != EOF;
}

static bool columns_valid(const struct table *t, const int *cols, size_t ncols)
{
	for (size_t i = 0; i < ncols; i++)
		if (cols[i] < 0 || (size_t)cols[i] >= t->ncols)
			return false;
	return ncols > 0;
}

static bool write_rows(const struct view *v, const int *cols, size_t ncols, unsigned flags,
		       FILE *out)
{
	const struct table *t = &v->ds->tables[v->table];
	if (!columns_valid(t, cols, ncols)) {
		errno = EINVAL;
		return false;
	}
	if (!put_record(t, HEADER, cols, ncols, flags, out))
		return false;
	for (size_t r = 0; r < v->nrows; r++) {
		if (export_interrupt) {
			errno = EINTR;
			return false;
		}
		if (!put_record(t, v->rows[r], cols, ncols, flags, out))
			return false;
	}
	return !ferror(out);
}

bool export_write(const struct view *v, const int *cols, size_t ncols, FILE *out)
{
	return export_write_flags(v, cols, ncols, 0, out);
}

bool export_write_flags(const struct view *v, const int *cols, size_t ncols, unsigned flags,
			FILE *out)
{
	if (cols)
		return write_rows(v, cols, ncols, flags, out);
	/* Every column of the file, extra ones included: what the user put there comes out. */
	size_t n = v->ds->tables[v->table].ncols;
	int *all = malloc((n ? n : 1) * sizeof *all);
	if (!all)
		return false;
	for (size_t i = 0; i < n; i++)
		all[i] = (int)i;
	bool ok = write_rows(v, all, n, flags, out);
	int saved = errno;
	free(all);
	errno = saved;
	return ok;
}
