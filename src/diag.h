/* Problems found in the data files, collected so that one run reports all of them, each
 * once, in file and line order, as "FILE:LINE: message". */
#ifndef MTCR_DIAG_H
#define MTCR_DIAG_H
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>

struct diag {
	char *file;         /* a copy: problems outlive the dataset that found them */
	int file_rank;      /* files are reported in load order */
	unsigned long line; /* 0: about the file as a whole */
	size_t seq;         /* order of discovery, to keep the sort stable */
	char *msg;
};

struct diags {
	struct diag *v;
	size_t n, cap;
	size_t lost; /* problems found but not recorded (out of memory): still problems */
};

void diags_add(struct diags *d, const char *file, int file_rank, unsigned long line,
	       const char *fmt, ...) __attribute__((format(printf, 5, 6)));
void diags_vadd(struct diags *d, const char *file, int file_rank, unsigned long line,
		const char *fmt, va_list ap) __attribute__((format(printf, 5, 0)));

/* Sorts by file and line and drops exact repeats. */
void diags_sort(struct diags *d);

/* Prints at most max problems as "prog: FILE:LINE: msg" and a count of the rest. */
void diags_print(const struct diags *d, FILE *out, const char *prog, size_t max);

/* Prints every problem as tab-separated values under a header: file, line (empty for the
 * whole file), column and message, with backslash, tab, CR and LF written \\ \t \r \n. */
void diags_print_tsv(const struct diags *d, FILE *out);

/* The column a message is about, from the way messages are worded ("kind 'x' is not ...",
 * "name is empty", "duplicate id 'x'", "... column 'x' ..."); "" when it names none. */
void diag_column(const char *msg, char *buf, size_t len);

void diags_free(struct diags *d);

#endif
