/* Reading one CSV file with libcsv: rows of fields with the line each row starts on, and
 * precise problems (file, line, column) for everything that is not RFC 4180 UTF-8. */
#ifndef MTCR_CSVREAD_H
#define MTCR_CSVREAD_H
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "arena.h"
#include "diag.h"

struct csvread_row {
	unsigned long line; /* the line the row starts on */
	size_t nfields;
	char **fields;      /* NUL-terminated, in the caller's arena (see streamed) */
	const size_t *lens;
	bool packed;        /* the fields lie one after another in one buffer, with nothing
			     * but NULs between them (the fast scanner's rows) */
};

/* Called with the header first, then with each data row that is well formed (as many fields
 * as the header, valid UTF-8, no NUL). Returns false when memory runs out. */
typedef bool (*csvread_fn)(void *ctx, const struct csvread_row *row, bool is_header);

struct csvread_opts {
	const char *path;
	int file_rank;       /* passed on to the problems found, for ordering */
	struct arena *arena; /* where field text is copied */
	struct diags *diags;
	csvread_fn fn;
	void *ctx;
	/* The caller drops each row's fields when fn returns, so their text need not outlive
	 * the call: the read buffer is reused instead of kept in the arena. */
	bool streamed;
	/* For tests: bytes read at a time (0: the default), and reading with libcsv alone, to
	 * compare with the fast scanner's rows. */
	size_t chunk;
	bool libcsv_only;
};

enum csvread_status {
	CSVREAD_OK,       /* read to the end (rows with problems were reported and skipped) */
	CSVREAD_PARTIAL,  /* a quoting error stopped the reading; the rows before it were passed */
	CSVREAD_FAILED,   /* no usable header: missing, unreadable or empty file */
};

/* Reads o->path. fn is called on the calling thread, in file order, whether or not a
 * reading thread scans the file (a file larger than one read buffer). */
enum csvread_status csvread_file(const struct csvread_opts *o);

/* A copy of a header's n names, each its own allocation (a reader's fields live only as
 * long as its row), in an array of n (at least one) entries; NULL when memory runs out.
 * Freed name by name, then the array. */
char **csvread_copy_header(char *const *fields, size_t n);

/* Limits on what a data file may hold (documented in mtcr-data(5)): hostile or mistaken
 * input (a link to /dev/zero, a 50 MB value) gets a message, not all the memory. A row is
 * buffered whole while it is scanned, so its limit bounds the reader's memory; the fields
 * of the bundled record are a few KiB at most, a file of 10^6 meetings 200 MB. Every column
 * costs each kept row an offset and the header a name: their number is limited too. */
#define CSVREAD_FIELD_MAX ((size_t)1 << 20) /* 1 MiB */
#define CSVREAD_ROW_MAX ((size_t)16 << 20)  /* 16 MiB */
#define CSVREAD_COLS_MAX 256
#define CSVREAD_FILE_MAX ((long long)1 << 30) /* 1 GiB */

/* True when s[0..len) is well-formed UTF-8 (no overlongs, surrogates or values > U+10FFFF). */
bool utf8_valid(const char *s, size_t len);

#endif
