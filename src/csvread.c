/* Reading a CSV file. Rows are read in place from large buffers by the fast scanner
 * (csvscan.c) while they are plain; from the first row it is not sure of, the rest of the
 * file goes to libcsv, fed a line at a time so that every row knows the line it starts on,
 * which libcsv itself does not track. Both paths hand rows to the same checks. */
#include "csvread.h"

#include <csv.h>
#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "csvscan.h"

/* FAST_CHUNK: the scanner's buffer (a kept table keeps its buffers, so they should be big
 * enough that the part of a row carried over to the next one is a small cost). */
enum { READ_CHUNK = 1 << 16, FAST_CHUNK = 1 << 20, ROW_NOT_BEGUN = 0 };

struct reader {
	const struct csvread_opts *o;
	struct csv_parser parser;
	unsigned long line;     /* line being fed */
	unsigned long row_line; /* line the current row started on */
	bool at_line_start;
	bool header_done;
	size_t header_n;
	char **header;          /* column names, for messages */
	struct csvfields f;     /* the row being read */
	bool row_bad;           /* a field already failed; the row will be skipped */
	bool failed;            /* out of memory, or the callback asked to stop */
};

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

/* True when s[0..len) holds no NUL and is valid UTF-8: one pass over the ASCII that most
 * text is, eight bytes at a time. */
static bool field_clean(const char *s, size_t len)
{
	const uint64_t ones = 0x0101010101010101ull, highs = 0x8080808080808080ull;
	size_t i = 0;
	for (; i + 8 <= len; i += 8) {
		uint64_t w;
		memcpy(&w, s + i, 8);
		if ((w & highs) || ((w - ones) & ~w & highs))
			break;
	}
	while (i < len && (unsigned char)s[i] - 1u < 0x7fu) /* 1..127 */
		i++;
	/* From a byte that is NUL or not ASCII: nothing before it can be part of a sequence. */
	return i == len || (!memchr(s + i, '\0', len - i) && utf8_valid(s + i, len - i));
}

/* The checks every field gets, whichever path read it. */
static void check_field(struct reader *r, size_t i, const char *s, size_t len)
{
	if (r->row_bad || field_clean(s, len))
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
	check_field(r, i, s, len);
}

/* The column names are copied: the caller may reset its arena after every row (a streamed
 * table does), and messages about later rows still name their columns. */
static void take_header(struct reader *r)
{
	r->header_done = true;
	r->header = calloc(r->f.n ? r->f.n : 1, sizeof *r->header);
	if (!r->header) {
		r->failed = true;
		return;
	}
	for (size_t i = 0; i < r->f.n; i++) {
		if (!(r->header[i] = strdup(r->f.v[i]))) {
			r->failed = true;
			return;
		}
		r->header_n = i + 1;
	}
}

static void on_row(int term, void *vr)
{
	(void)term;
	struct reader *r = vr;
	if (r->failed)
		return;
	struct csvread_row row = {r->row_line, r->f.n, r->f.v, r->f.len};
	if (!r->header_done) {
		take_header(r);
		if (!r->failed && !r->o->fn(r->o->ctx, &row, true))
			r->failed = true;
	} else if (r->f.n != r->header_n) {
		diags_add(r->o->diags, r->o->path, r->o->file_rank, r->row_line,
			  "row has %zu fields, the header has %zu", r->f.n, r->header_n);
	} else if (!r->row_bad && !r->o->fn(r->o->ctx, &row, false)) {
		r->failed = true;
	}
	r->f.n = 0;
	r->row_bad = false;
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

static const char bom[] = "\xef\xbb\xbf";

static enum csvread_status read_error(struct reader *r)
{
	diags_add(r->o->diags, r->o->path, r->o->file_rank, 0, "read error: %s", strerror(errno));
	return r->header_done ? CSVREAD_PARTIAL : CSVREAD_FAILED;
}

/* Reads the rest of the file with libcsv, after feeding it pending bytes (the rest of the
 * fast path's buffer). first: nothing was read yet, so a BOM may come. */
static enum csvread_status read_libcsv(struct reader *r, FILE *fp, bool first,
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
		size_t skip = first && n >= 3 && memcmp(buf, bom, 3) == 0 ? 3 : 0;
		first = false;
		ok = feed(r, buf + skip, n - skip);
	}
	free(buf);
	if (ferror(fp))
		return read_error(r);
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

/* The fast path's buffer: bytes [pos, len) are read and not yet scanned; one byte is always
 * kept free after len for the last field's NUL. A kept table's rows point into its buffers,
 * so they come from its arena and are never moved; a streamed table reuses one. */
struct inbuf {
	char *p;
	size_t cap, len, pos;
	bool eof;
};

static size_t first_chunk(const struct reader *r, FILE *fp)
{
	struct stat st;
	if (r->o->chunk)
		return r->o->chunk < 4 ? 4 : r->o->chunk;
	/* A small file is read whole, with room for its NUL and to see that it ended. */
	if (fstat(fileno(fp), &st) == 0 && S_ISREG(st.st_mode) && st.st_size >= 0 &&
	    (uintmax_t)st.st_size < FAST_CHUNK - 2)
		return (size_t)st.st_size + 2;
	return FAST_CHUNK;
}

/* Makes room when the buffer is full: the unscanned tail moves to the front, or (kept rows)
 * to a new buffer; either doubles when the tail fills half of it. */
static bool make_room(struct reader *r, struct inbuf *b)
{
	size_t tail = b->len - b->pos;
	size_t cap = tail * 2 >= b->cap - 1 ? b->cap * 2 : b->cap;
	if (cap < b->cap)
		return false; /* a row as large as the address space */
	if (r->o->streamed) {
		memmove(b->p, b->p + b->pos, tail);
		if (cap != b->cap) {
			char *p = realloc(b->p, cap);
			if (!p)
				return false;
			b->p = p;
		}
	} else {
		char *p = arena_alloc(r->o->arena, cap);
		if (!p)
			return false;
		memcpy(p, b->p + b->pos, tail);
		b->p = p; /* the old buffer stays in the arena: rows point into it */
	}
	b->cap = cap;
	b->len = tail;
	b->pos = 0;
	return true;
}

/* Reads what fits after len; false on a read error or when memory runs out. */
static bool fill(struct reader *r, FILE *fp, struct inbuf *b)
{
	if (b->len + 1 >= b->cap && !make_room(r, b)) {
		r->failed = true;
		return false;
	}
	size_t n = fread(b->p + b->len, 1, b->cap - 1 - b->len, fp);
	b->len += n;
	b->eof = n == 0;
	return !ferror(fp);
}

static enum csvread_status read_fast(struct reader *r, FILE *fp)
{
	struct inbuf b = {.cap = first_chunk(r, fp)};
	b.p = r->o->streamed ? malloc(b.cap) : arena_alloc(r->o->arena, b.cap);
	if (!b.p) {
		r->failed = true;
		return CSVREAD_FAILED;
	}
	enum csvread_status st = CSVREAD_OK;
	bool ok = true;
	while (ok && b.len < 3 && !b.eof)
		ok = fill(r, fp, &b);
	if (ok && b.len >= 3 && memcmp(b.p, bom, 3) == 0)
		b.pos = 3;
	while (ok && !r->failed) {
		enum csvscan_result res = csvscan_row(b.p, b.len, b.eof, &b.pos, &r->line,
						      &r->row_line, &r->f);
		if (res == CSVSCAN_ROW) {
			for (size_t i = 0; i < r->f.n; i++)
				check_field(r, i, r->f.v[i], r->f.len[i]);
			on_row(0, r);
		} else if (res == CSVSCAN_MORE) {
			ok = fill(r, fp, &b);
		} else if (res == CSVSCAN_NOMEM) {
			r->failed = true;
		} else {
			if (res == CSVSCAN_ODD) { /* libcsv reads on from this row */
				r->f.n = 0;
				st = read_libcsv(r, fp, false, b.p + b.pos, b.len - b.pos);
			}
			break;
		}
	}
	if (r->o->streamed)
		free(b.p);
	if (!ok && !r->failed)
		return read_error(r);
	return st;
}

enum csvread_status csvread_file(const struct csvread_opts *o)
{
	struct reader r = {.o = o, .line = 1, .row_line = 1, .at_line_start = true};
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
	enum csvread_status st = o->libcsv_only ? read_libcsv(&r, fp, true, "", 0)
					    : read_fast(&r, fp);
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
