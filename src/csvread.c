/* Reading a CSV file. Rows are read in place from large buffers by the fast scanner
 * (csvscan.c) while they are plain, on a second thread when the file is larger than one
 * buffer (csvread_thread.c); from the first row the scanner is not sure of, the rest of the
 * file goes to libcsv, fed a line at a time so that every row knows the line it starts on,
 * which libcsv itself does not track. Both paths hand rows to the same checks. */
#include "csvread.h"

#include <csv.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <sys/stat.h>
#include <unistd.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "csvread_internal.h"
#include "csvscan.h"
#include "progress.h"
#include "text.h"

enum { READ_CHUNK = 1 << 16, ROW_NOT_BEGUN = 0 };

bool utf8_valid(const char *str, size_t len)
{
	const unsigned char *s = (const unsigned char *)str;
	size_t i = 0;
	/* Most text is ASCII: skip it eight bytes at a time. */
	while (i + 8 <= len) {
		uint64_t w;
		memcpy(&w, s + i, 8);
		if (w & 0x8080808080808080ull)
			break;
		i += 8;
	}
	while (i < len) {
		unsigned c = s[i];
		size_t n;
		unsigned min, cp;
		if (c < 0x80) {
			i++;
			continue;
		} else if ((c & 0xe0) == 0xc0) {
			n = 1, min = 0x80, cp = c & 0x1f;
		} else if ((c & 0xf0) == 0xe0) {
			n = 2, min = 0x800, cp = c & 0x0f;
		} else if ((c & 0xf8) == 0xf0) {
			n = 3, min = 0x10000, cp = c & 0x07;
		} else {
			return false;
		}
		if (len - i <= n)
			return false;
		for (size_t k = 1; k <= n; k++) {
			if ((s[i + k] & 0xc0) != 0x80)
				return false;
			cp = (cp << 6) | (s[i + k] & 0x3f);
		}
		if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff))
			return false;
		i += n + 1;
	}
	return true;
}

static void problem(struct reader *r, unsigned long line, const char *msg)
{
	diags_add(r->o->diags, r->o->path, r->o->file_rank, line, "%s", msg);
}

/* Where field i is, for a message: its column's name, or its place in the header itself
 * (a header that is not text has no names to give). */
static void field_place(struct reader *r, size_t i, char *buf, size_t len)
{
	if (r->header_done && i < r->header_n)
		snprintf(buf, len, "column '%s'", text_brief(r->header[i]));
	else if (r->header_done)
		snprintf(buf, len, "field %zu (the header has %zu)", i + 1, r->header_n);
	else
		snprintf(buf, len, "the header, column %zu", i + 1);
}

static void report_field(struct reader *r, size_t i, const char *what)
{
	char place[TEXT_BRIEF_COLS * 8 + 64];
	field_place(r, i, place, sizeof place);
	diags_add(r->o->diags, r->o->path, r->o->file_rank, r->row_line, "%s %s", what, place);
	r->row_bad = true;
}

/* The checks every field gets, whichever path read it. */
void reader_check_field(struct reader *r, size_t i, const char *s, size_t len)
{
	if (r->row_bad || csvfield_clean(s, len))
		return;
	if (memchr(s, '\0', len))
		report_field(r, i, "NUL byte in");
	else if (!utf8_valid(s, len))
		report_field(r, i, "invalid UTF-8 in");
}

/* A field over the limit: a row's fields lie one after another (in the read buffer or the
 * arena), so one subtraction tells whether any can be; only then are they measured. */
static void check_sizes(struct reader *r, size_t n, char *const *v, const size_t *len)
{
	if (n == 0 || r->row_bad)
		return;
	uintptr_t a = (uintptr_t)v[0], b = (uintptr_t)v[n - 1] + len[n - 1];
	if (b >= a && b - a <= CSVREAD_FIELD_MAX)
		return;
	for (size_t i = 0; i < n && !r->row_bad; i++)
		if (len[i] > CSVREAD_FIELD_MAX)
			report_field(r, i, "a field of more than 1 MiB (the limit; see mtcr-data(5)) in");
}

static void on_field(void *data, size_t len, void *vr)
{
	struct reader *r = vr;
	if (r->failed)
		return;
	if (!csvfields_reserve(&r->f)) {
		r->failed = true;
		return;
	}
	if (r->f.n > CSVREAD_COLS_MAX) { /* counted, not kept: reader_deliver refuses the row */
		r->extra_fields++;
		return;
	}
	const char *s = data ? data : "";
	size_t i = r->f.n++;
	r->f.len[i] = len;
	r->f.v[i] = arena_strndup(r->o->arena, s, len);
	if (!r->f.v[i]) {
		r->failed = true;
		return;
	}
	reader_check_field(r, i, s, len);
}

/* The column names are copied: the caller may reset its arena after every row (a streamed
 * table does), and messages about later rows still name their columns. */
char **csvread_copy_header(char *const *fields, size_t n)
{
	char **names = calloc(n ? n : 1, sizeof *names);
	for (size_t i = 0; names && i < n; i++)
		if (!(names[i] = strdup(fields[i]))) {
			while (i > 0)
				free(names[--i]);
			free(names);
			return NULL;
		}
	return names;
}

static void take_header(struct reader *r, size_t n, char *const *v)
{
	r->header_done = true;
	r->header = csvread_copy_header(v, n);
	r->failed = r->failed || !r->header;
	r->header_n = r->header ? n : 0;
}

void reader_deliver(struct reader *r, size_t n, char **v, size_t *len, bool packed)
{
	struct csvread_row row = {r->row_line, n, v, len, packed};
	if (n <= CSVREAD_COLS_MAX) /* beyond that, v holds only the first ones */
		check_sizes(r, n, v, len);
	if (!r->header_done && n > CSVREAD_COLS_MAX) {
		diags_add(r->o->diags, r->o->path, r->o->file_rank, r->row_line, "the header has "
			  "%zu columns: data files are limited to %d (see mtcr-data(5))", n,
			  CSVREAD_COLS_MAX);
		r->too_wide = true;
		r->failed = true;
	} else if (!r->header_done) {
		take_header(r, n, v);
		if (!r->failed && !r->o->fn(r->o->ctx, &row, true))
			r->failed = true;
	} else if (n != r->header_n) {
		diags_add(r->o->diags, r->o->path, r->o->file_rank, r->row_line,
			  "row has %zu fields, the header has %zu", n, r->header_n);
	} else if (!r->row_bad && !r->o->fn(r->o->ctx, &row, false)) {
		r->failed = true;
	}
	r->row_bad = false;
}

static void on_row(int term, void *vr)
{
	(void)term;
	struct reader *r = vr;
	r->row_bytes = 0;
	if (r->failed)
		return;
	reader_deliver(r, r->f.n + r->extra_fields, r->f.v, r->f.len, false);
	r->f.n = 0;
	r->extra_fields = 0;
}

/* RFC 4180 keeps spaces as part of a field: tell libcsv that nothing is a space. */
static int no_space(unsigned char c)
{
	(void)c;
	return 0;
}

/* Where the line starting at pos ends: after its LF or CR (a CRLF's LF is fed on its own,
 * see feed), or len. */
static size_t line_end(const char *buf, size_t pos, size_t len)
{
	const char *nl = memchr(buf + pos, '\n', len - pos);
	size_t stop = nl ? (size_t)(nl - buf) : len;
	const char *cr = memchr(buf + pos, '\r', stop - pos);
	if (cr)
		return (size_t)(cr - buf) + 1;
	return nl ? stop + 1 : len;
}

/* Feeds buf, a line (or the piece of a line that a read ended in) at a time. A line ends in
 * LF, CRLF or CR alike, so messages name the same line whichever a file uses. Returns false
 * on a quoting error. */
static bool feed(struct reader *r, const char *buf, size_t len)
{
	size_t pos = 0;
	while (pos < len && !r->failed) {
		if (r->after_cr) { /* the LF of a CRLF ends the line the CR ended */
			r->after_cr = false;
			if (buf[pos] == '\n') {
				if (csv_parse(&r->parser, buf + pos, 1, on_field, on_row, r) != 1)
					return false;
				pos++;
				continue;
			}
		}
		if (r->at_line_start) {
			if (r->parser.pstate == ROW_NOT_BEGUN && r->f.n == 0 &&
			    buf[pos] != '\n' && buf[pos] != '\r')
				r->row_line = r->line;
			r->at_line_start = false;
		}
		size_t end = line_end(buf, pos, len);
		bool ended = buf[end - 1] == '\n' || buf[end - 1] == '\r';
		r->row_bytes += end - pos; /* on_row sets it back to 0 */
		if (r->row_bytes > CSVREAD_ROW_MAX) {
			r->row_too_long = true;
			return false;
		}
		if (csv_parse(&r->parser, buf + pos, end - pos, on_field, on_row, r) != end - pos)
			return false;
		if (ended) {
			r->line++;
			r->at_line_start = true;
			r->after_cr = buf[end - 1] == '\r';
		}
		pos = end;
	}
	return true;
}

enum csvread_status reader_read_error(struct reader *r, int err)
{
	if (err == EFBIG) {
		diags_add(r->o->diags, r->o->path, r->o->file_rank,
			  r->row_too_long ? r->row_line : r->line, "a row of more than 16 MiB: the reading stops here (rows are limited to "
			  "16 MiB, fields to 1 MiB; see mtcr-data(5))");
		return r->header_done ? CSVREAD_PARTIAL : CSVREAD_FAILED;
	}
	diags_add(r->o->diags, r->o->path, r->o->file_rank, 0, "read error: %s", strerror(err));
	return r->header_done ? CSVREAD_PARTIAL : CSVREAD_FAILED;
}

enum csvread_status reader_read_libcsv(struct reader *r, FILE *fp, bool first,
				       const char *pending, size_t npending)
{
	char *buf = malloc(READ_CHUNK);
	if (!buf) {
		r->failed = true;
		return CSVREAD_FAILED;
	}
	bool ok = feed(r, pending, npending);
	size_t n;
	while (ok && !r->failed && (n = fread(buf, 1, READ_CHUNK, fp)) > 0) {
		progress_read(n);
		size_t skip = first && n >= 3 && memcmp(buf, CSV_BOM, 3) == 0 ? 3 : 0;
		first = false;
		ok = feed(r, buf + skip, n - skip);
	}
	free(buf);
	if (ferror(fp))
		return reader_read_error(r, errno);
	if (r->row_too_long)
		return reader_read_error(r, EFBIG);
	if (!ok) {
		problem(r, r->line, "bad quoting: a quote inside an unquoted field, or text "
			"after a closing quote (fields with quotes must be quoted, quotes doubled)");
		return r->header_done ? CSVREAD_PARTIAL : CSVREAD_FAILED;
	}
	if (!r->failed && csv_fini(&r->parser, on_field, on_row, r) != 0) {
		problem(r, r->row_line, "unterminated quoted field: the closing quote is missing");
		return r->header_done ? CSVREAD_PARTIAL : CSVREAD_FAILED;
	}
	return CSVREAD_OK;
}

/* The fast path on the main thread, for a file that fits one buffer (the bundled record):
 * a thread would cost more than it saves. */
static enum csvread_status read_fast(struct reader *r, FILE *fp, struct inbuf *b)
{
	enum csvread_status st = CSVREAD_OK;
	enum fill_result fr = FILL_OK;
	while (fr == FILL_OK && !r->failed) {
		enum csvscan_result res = csvscan_row(b->p, b->len, b->eof, &b->pos, &r->line,
						      &r->row_line, &r->f);
		if (res == CSVSCAN_ROW) {
			for (size_t i = 0; r->f.dirty && i < r->f.n; i++)
				reader_check_field(r, i, r->f.v[i], r->f.len[i]);
			reader_deliver(r, r->f.n, r->f.v, r->f.len, true);
		} else if (res == CSVSCAN_MORE) {
			fr = inbuf_fill(b, fp, r->o->streamed ? NULL : r->o->arena);
		} else if (res == CSVSCAN_NOMEM) {
			r->failed = true;
		} else {
			r->f.n = 0; /* what the scanner found of the row it left is not a row */
			if (res == CSVSCAN_ODD) /* libcsv reads on from this row */
				st = reader_read_libcsv(r, fp, false, b->p + b->pos, b->len - b->pos);
			break;
		}
	}
	r->f.n = 0;
	if (fr == FILL_NOMEM)
		r->failed = true;
	else if (fr == FILL_ERROR)
		st = reader_read_error(r, errno);
	return st;
}

/* Reads with the fast scanner: on this thread when the file fits one buffer, else with a
 * reading thread; either way libcsv takes over from the first row the scanner leaves. */
static enum csvread_status read_scanned(struct reader *r, FILE *fp)
{
	struct arena *keep = r->o->streamed ? NULL : r->o->arena;
	struct inbuf b;
	bool whole;
	enum fill_result fr = inbuf_open(&b, fp, r->o->chunk, keep, &whole);
	enum csvread_status st;
	if (fr == FILL_NOMEM) {
		r->failed = true;
		st = CSVREAD_FAILED;
	} else if (fr == FILL_ERROR) {
		st = reader_read_error(r, errno);
	} else if (whole || !reader_read_threaded(r, fp, &b, &st)) {
		st = read_fast(r, fp, &b);
	}
	inbuf_close(&b, keep);
	return st;
}

/* What a file that is not a regular file is, for the message refusing it. */
static const char *file_kind(mode_t m)
{
	return S_ISDIR(m) ? "a directory" : S_ISFIFO(m) ? "a FIFO (named pipe)" :
	       S_ISCHR(m) || S_ISBLK(m) ? "a device" : S_ISSOCK(m) ? "a socket" : "a special file";
}

/* Opens o->path if it is a regular file of at most CSVREAD_FILE_MAX bytes. Only such a file
 * is data: a FIFO would hang the load (so it is opened without waiting for a writer, then
 * looked at), a device such as /dev/zero would never end. */
static FILE *open_regular(const struct csvread_opts *o)
{
	int fd = open(o->path, O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
	struct stat st;
	if (fd < 0) {
		diags_add(o->diags, o->path, o->file_rank, 0, "cannot open: %s", strerror(errno));
		return NULL;
	}
	const char *why = NULL;
	char size[96];
	if (fstat(fd, &st) != 0) {
		why = strerror(errno);
	} else if (!S_ISREG(st.st_mode)) {
		snprintf(size, sizeof size, "%s, not a regular file", file_kind(st.st_mode));
		why = size;
	} else if (st.st_size > CSVREAD_FILE_MAX) {
		snprintf(size, sizeof size, "%lld MiB: data files are limited to 1 GiB (see "
			 "mtcr-data(5))", (long long)(st.st_size >> 20));
		why = size;
	}
	int flags = fcntl(fd, F_GETFL);
	FILE *fp = NULL;
	if (!why && (flags < 0 || fcntl(fd, F_SETFL, flags & ~O_NONBLOCK) != 0 ||
		     !(fp = fdopen(fd, "rb"))))
		why = strerror(errno);
	if (why) {
		diags_add(o->diags, o->path, o->file_rank, 0, "cannot read: %s", why);
		close(fd);
	}
	return fp;
}

enum csvread_status csvread_file(const struct csvread_opts *o)
{
	struct reader r = {.o = o, .line = 1, .row_line = 1, .at_line_start = true};
	progress_file(o->path, 0); /* before the open, which does not wait on a FIFO */
	FILE *fp = open_regular(o);
	if (!fp)
		return CSVREAD_FAILED;
	if (csv_init(&r.parser, CSV_STRICT | CSV_STRICT_FINI | CSV_APPEND_NULL) != 0) {
		fclose(fp);
		problem(&r, 0, "out of memory");
		return CSVREAD_FAILED;
	}
	csv_set_space_func(&r.parser, no_space);
	struct stat st_file;
	progress_file(o->path, fstat(fileno(fp), &st_file) == 0 && S_ISREG(st_file.st_mode)
				       ? (unsigned long long)st_file.st_size : 0);
	enum csvread_status st = o->libcsv_only ? reader_read_libcsv(&r, fp, true, "", 0)
					    : read_scanned(&r, fp);
	fclose(fp);
	csv_free(&r.parser);
	if (r.failed && r.too_wide) {
		st = CSVREAD_FAILED;
	} else if (r.failed) {
		problem(&r, r.row_line, "out of memory");
		st = CSVREAD_FAILED;
	} else if (st == CSVREAD_OK && !r.header_done) {
		problem(&r, 0, "empty file: expected a header row naming the columns");
		st = CSVREAD_FAILED;
	}
	csvfields_free(&r.f);
	for (size_t i = 0; i < r.header_n; i++)
		free(r.header[i]);
	free(r.header);
	return st;
}
