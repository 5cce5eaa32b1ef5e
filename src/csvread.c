/* libcsv wrapper. The file is fed to the parser a line at a time so that every row knows the
 * line it starts on, which libcsv itself does not track. */
#include "csvread.h"

#include <csv.h>
#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

enum { READ_CHUNK = 1 << 16, ROW_NOT_BEGUN = 0 };

struct reader {
	const struct csvread_opts *o;
	struct csv_parser parser;
	unsigned long line;     /* line being fed */
	unsigned long row_line; /* line the current row started on */
	bool at_line_start;
	bool header_done;
	size_t header_n;
	char **header;          /* column names, for messages */
	char **fields;
	size_t *lens;
	size_t nfields, cap;
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

static void on_field(void *data, size_t len, void *vr)
{
	struct reader *r = vr;
	if (r->failed)
		return;
	if (r->nfields == r->cap) {
		size_t cap = r->cap ? r->cap * 2 : 16;
		char **f = realloc(r->fields, cap * sizeof *f);
		size_t *l = f ? realloc(r->lens, cap * sizeof *l) : NULL;
		if (f)
			r->fields = f;
		if (!f || !l) {
			r->failed = true;
			return;
		}
		r->lens = l;
		r->cap = cap;
	}
	const char *s = data ? data : "";
	size_t i = r->nfields++;
	r->lens[i] = len;
	r->fields[i] = arena_strndup(r->o->arena, s, len);
	if (!r->fields[i]) {
		r->failed = true;
		return;
	}
	if (r->row_bad)
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

/* The column names are copied: the caller may reset its arena after every row (a streamed
 * table does), and messages about later rows still name their columns. */
static void take_header(struct reader *r)
{
	r->header_done = true;
	r->header = calloc(r->nfields ? r->nfields : 1, sizeof *r->header);
	if (!r->header) {
		r->failed = true;
		return;
	}
	for (size_t i = 0; i < r->nfields; i++) {
		if (!(r->header[i] = strdup(r->fields[i]))) {
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
	struct csvread_row row = {r->row_line, r->nfields, r->fields, r->lens};
	if (!r->header_done) {
		take_header(r);
		if (!r->failed && !r->o->fn(r->o->ctx, &row, true))
			r->failed = true;
	} else if (r->nfields != r->header_n) {
		diags_add(r->o->diags, r->o->path, r->o->file_rank, r->row_line,
			  "row has %zu fields, the header has %zu", r->nfields, r->header_n);
	} else if (!r->row_bad && !r->o->fn(r->o->ctx, &row, false)) {
		r->failed = true;
	}
	r->nfields = 0;
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
			if (r->parser.pstate == ROW_NOT_BEGUN && r->nfields == 0 &&
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

static enum csvread_status read_stream(struct reader *r, FILE *fp)
{
	static const char bom[] = "\xef\xbb\xbf";
	char *buf = malloc(READ_CHUNK);
	if (!buf)
		return CSVREAD_FAILED;
	bool first = true, ok = true;
	size_t n;
	while (ok && !r->failed && (n = fread(buf, 1, READ_CHUNK, fp)) > 0) {
		size_t skip = first && n >= 3 && memcmp(buf, bom, 3) == 0 ? 3 : 0;
		first = false;
		ok = feed(r, buf + skip, n - skip);
	}
	free(buf);
	if (ferror(fp)) {
		diags_add(r->o->diags, r->o->path, r->o->file_rank, 0, "read error: %s",
			  strerror(errno));
		return r->header_done ? CSVREAD_PARTIAL : CSVREAD_FAILED;
	}
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
	enum csvread_status st = read_stream(&r, fp);
	fclose(fp);
	csv_free(&r.parser);
	if (r.failed) {
		problem(&r, r.row_line, "out of memory");
		st = CSVREAD_FAILED;
	} else if (st == CSVREAD_OK && !r.header_done) {
		problem(&r, 0, "empty file: expected a header row naming the columns");
		st = CSVREAD_FAILED;
	}
	free(r.fields);
	free(r.lens);
	for (size_t i = 0; i < r.header_n; i++)
		free(r.header[i]);
	free(r.header);
	return st;
}
