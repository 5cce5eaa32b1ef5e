/* What the parts of the CSV reader share: the reader's state, the read buffer of the fast
 * scanner, and the reading thread that scans a large file while the main thread uses its
 * rows. Not for use outside csvread*.c. */
#ifndef MTCR_CSVREAD_INTERNAL_H
#define MTCR_CSVREAD_INTERNAL_H
#include <csv.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>

#include "csvread.h"
#include "csvscan.h"

#define CSV_BOM "\xef\xbb\xbf"

/* The reader, owned by the main thread: the reading thread never touches it. */
struct reader {
	const struct csvread_opts *o;
	struct csv_parser parser;
	unsigned long line;     /* line being fed */
	unsigned long row_line; /* line the current row started on */
	bool at_line_start;
	bool after_cr;          /* the last byte fed was a CR: an LF next is part of its line end */
	bool header_done;
	size_t header_n;
	char **header;          /* column names, for messages */
	struct csvfields f;     /* the row being read */
	bool row_bad;           /* a field already failed; the row will be skipped */
	bool failed;            /* out of memory, or the callback asked to stop */
	size_t row_bytes;       /* fed to libcsv since the row began (see CSVREAD_ROW_MAX) */
	bool row_too_long;
	size_t extra_fields;    /* fields of the row past CSVREAD_COLS_MAX + 1, not kept */
	bool too_wide;          /* a header over CSVREAD_COLS_MAX: the file is refused */
};

/* Checks field i of the row starting on r->row_line, reporting NUL and invalid UTF-8. */
void reader_check_field(struct reader *r, size_t i, const char *s, size_t len);
/* Hands a row (the header first) to the caller, or reports its field count. */
void reader_deliver(struct reader *r, size_t n, char **v, size_t *len, bool packed);
/* Reads the rest of the file with libcsv, after feeding it pending bytes (what the fast
 * scanner left). first: nothing was read yet, so a BOM may come. */
enum csvread_status reader_read_libcsv(struct reader *r, FILE *fp, bool first,
				       const char *pending, size_t npending);
enum csvread_status reader_read_error(struct reader *r, int err);

/* The fast scanner's buffer: bytes [pos, len) are read and not yet scanned; one byte is
 * always free after len for the last field's NUL. When rows are kept, buffers come from
 * keep (the caller's arena) and never move, since rows point into them; otherwise one
 * malloc'd buffer is reused. */
struct inbuf {
	char *p;
	size_t cap, len, pos;
	bool eof;
};

enum fill_result { FILL_OK, FILL_NOMEM, FILL_ERROR /* errno says why */ };

/* Sets up the first buffer (a small file is read whole: *whole is then true), reads the
 * first bytes and skips a BOM. chunk: bytes read at a time, 0 for the default. */
enum fill_result inbuf_open(struct inbuf *b, FILE *fp, size_t chunk, struct arena *keep,
			    bool *whole);
/* Reads more after len, first making room when the buffer is full. */
enum fill_result inbuf_fill(struct inbuf *b, FILE *fp, struct arena *keep);
/* Moves the unscanned tail to a new malloc'd buffer and returns the old one, which the
 * caller now owns (the reading thread hands it on with the rows in it). NULL: no memory. */
char *inbuf_hand_over(struct inbuf *b);
void inbuf_close(struct inbuf *b, struct arena *keep);

/* Reads the rows after b's with a reading thread that scans while this thread delivers.
 * Returns false, having read nothing, when no thread could be started. */
bool reader_read_threaded(struct reader *r, FILE *fp, struct inbuf *b,
			  enum csvread_status *st);

#endif
