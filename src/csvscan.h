/* A fast scanner for the common case of CSV: plain RFC 4180 rows ended by LF. It reads rows
 * straight out of a read buffer, in place, where libcsv would copy every byte through a
 * callback; anything it is not sure of (a CR, a quote where one cannot be, an unterminated
 * quoted field) it leaves to libcsv, which stays the judge of what is wrong and how to say
 * it. On any input, the rows it does return are the rows libcsv returns (tests/unit/
 * test_csvscan.c compares the two on random input). */
#ifndef MTCR_CSVSCAN_H
#define MTCR_CSVSCAN_H
#include <stdbool.h>
#include <stddef.h>

/* The fields of one row: NUL-terminated, with their lengths (a field may hold a NUL). The
 * fields of a row csvscan_row returns lie one after another in the buffer with only NULs
 * between them. */
struct csvfields {
	char **v;
	size_t *len;
	size_t n, cap;
	/* Set by csvscan_row when a byte of the row may be a NUL or not ASCII: only then do
	 * its fields need csvfield_clean. */
	bool dirty;
};

enum csvscan_result {
	CSVSCAN_ROW,   /* a row was read: its fields are in the csvfields */
	CSVSCAN_MORE,  /* the row goes on past the buffer: read more and scan again */
	CSVSCAN_END,   /* only blank lines were left before the end of the input */
	CSVSCAN_ODD,   /* something only libcsv should judge starts at *pos */
	CSVSCAN_NOMEM,
};

/* Scans the row at buf[*pos..len); eof says no bytes follow len, and buf[len] must be
 * writable (it may receive the last field's NUL). Blank lines before the row are skipped,
 * adding to *line; on CSVSCAN_ROW, *row_line is the line the row starts on, *line the line
 * after it, and *pos the byte after it. The row's bytes are rewritten in place (quotes
 * undone, NULs after fields) only when the whole row was read: on any other result the
 * buffer from *pos on is as it was. */
enum csvscan_result csvscan_row(char *buf, size_t len, bool eof, size_t *pos,
				unsigned long *line, unsigned long *row_line, struct csvfields *f);

/* True when s[0..len) holds no NUL and is valid UTF-8 (all a field needs to be used). */
bool csvfield_clean(const char *s, size_t len);

/* Makes room for one more field; false when memory runs out. */
bool csvfields_reserve(struct csvfields *f);
void csvfields_free(struct csvfields *f);

#endif
