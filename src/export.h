/* Writing a view as CSV: exactly its rows, in its order, with raw field values. The browser's
 * export key and `mtcr --export` both end here. */
#ifndef MTCR_EXPORT_H
#define MTCR_EXPORT_H
#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#include "dataset.h"
#include "view.h"

/* What `mtcr --export=...` asked for; strings as given on the command line. */
struct export_request {
	const char *table;    /* meetings, members, concerns or meeting_concerns */
	const char *filter;   /* --filter=TEXT, or NULL */
	const char *sort;     /* --sort=COLUMN[:desc], or NULL */
	const char *meeting;  /* --meeting=ID, --member=CODE, --concern=ID: at most one set */
	const char *member;
	const char *concern;
	const char *columns;  /* --columns=a,b,c, or NULL for all */
	const char *output;   /* -o FILE; NULL or "-" for standard output */
};

/* Builds the view the request describes and writes it. Prints its own messages; returns the
 * exit status (0, 1 for a write error, 2 for an unknown table, column or id). */
int export_run(const struct dataset *ds, const struct export_request *req);

/* Writes v as RFC 4180 CSV to out: a header, then one record per row, each ending in LF;
 * fields quoted only where needed (export.c says when). cols holds file column indexes of
 * v's table (NULL: every column of the file, in file order). Returns false on a write error
 * or a column outside the file (EINVAL), with errno set. Does not flush out. */
bool export_write(const struct view *v, const int *cols, size_t ncols, FILE *out);

/* Writes v to path atomically: a temporary file in the same directory, flushed and synced,
 * then renamed over path. On any failure the existing file is untouched, no temporary is
 * left, and err holds "PATH: reason". A symbolic link is followed (the file it names is
 * replaced, the link stays); a device or FIFO is written directly. Interrupt signals are
 * held while it runs. Returns the number of rows written, or -1. */
long export_to_path(const struct view *v, const int *cols, size_t ncols, const char *path,
		    char *err, size_t errlen);

#endif
