/* Reading a CSV file. Rows are read in place from large buffers by the fast scanner
 * (csvscan.c) while they are plain, on a second thread when the file is larger than one
 * buffer (csvread_thread.c); from the first row the scanner is not sure of, the rest of the
 * file goes to libcsv, fed a line at a time so that every row knows the line it starts on,
 * which libcsv itself does not track. Both paths hand rows to the same checks. */
#include "csvread.h"

#include <csv.h>
#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "csvread_internal.h"
#include "csvscan.h"
#include "progress.h"

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

static const char *column_name(struct reader *r, size_t i)
{
	return r->header_done && i < r->header_n ? r->header[i] : "?";
}

/* The checks every field gets, whichever path read it. */
void reader_check_field(struct reader *r, size_t i, const char *s, size_t len)
{
	if (r->row_bad || csvfield_clean(s, len))
		return;
	if (memchr(s, '\0', len)) {
		diags_add(r->o->diags, r->o->path, r->o->file_rank, r->row_line,
			  "NUL byte in column '%s'", column_name(r, i));
		r->row_bad = true;
	} else if (!utf8_valid(s, len)) {
		diags_add(r->o->diags, r->o->path, r->o->file_rank, r->row_line,
			  "invalid UTF-8 in column '%s'", column_name(r, i));
		r->row_bad = true;
	}
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
static void take_header(struct reader *r, size_t n, char *const *v)
{
	r->header_done = true;
	r->header = calloc(n ? n : 1, sizeof *r->header);
	if (!r->header) {
		r->failed = true;
		return;
	}
	for (size_t i = 0; i < n; i++) {
		if (!(r->header[i] = strdup(v[i]))) {
			r->failed = true;
			return;
		}
		r->header_n = i + 1;
	}
}

void reader_deliver(struct reader *r, size_t n, char **v, size_t *len)
{
	struct csvread_row row = {r->row_line, n, v, len};
	if (!r->header_done) {
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
	if (r->failed)
		return;
	reader_deliver(r, r->f.n, r->f.v, r->f.len);
	r->f.n = 0;
}

/* RFC 4180 keeps spaces as part of a field: tell libcsv that nothing is a space. */
static int no_space(unsigned char c)
{
	(void)c;
	return 0;
}

/* Feeds buf, a line (or the piece of a line that a read ended in) at a time. Returns false
 * on a quoting error. */
static bool feed(struct reader *r, const char *buf, size_t len)
{
	size_t pos = 0;
	while (pos < len && !r->failed) {
		if (r->at_line_start) {
			if (r->parser.pstate == ROW_NOT_BEGUN && r->f.n == 0 &&
			    buf[pos] != '\n' && buf[pos] != '\r')
				r->row_line = r->line;
			r->at_line_start = false;
		}
		const char *nl = memchr(buf + pos, '\n', len - pos);
		size_t end = nl ? (size_t)(nl - buf) + 1 : len;
		if (csv_parse(&r->parser, buf + pos, end - pos, on_field, on_row, r) != end - pos)
			return false;
		if (nl) {
			r->line++;
			r->at_line_start = true;
		}
		pos = end;
	}
	return true;
}

enum csvread_status reader_read_error(struct reader *r, int err)
{
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
			reader_deliver(r, r->f.n, r->f.v, r->f.len);
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

enum csvread_status csvread_file(const struct csvread_opts *o)
{
	struct reader r = {.o = o, .line = 1, .row_line = 1, .at_line_start = true};
	progress_file(o->path, 0); /* before the open, which waits on a FIFO */
	FILE *fp = fopen(o->path, "rb");
	if (!fp) {
		diags_add(o->diags, o->path, o->file_rank, 0, "cannot open: %s", strerror(errno));
		return CSVREAD_FAILED;
	}
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
	if (r.failed) {
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
