/* How far a load has got, for a progress line: the CSV reader counts the bytes it reads
 * (from any thread), and the command line shows them when a load is slow. The model
 * never prints; it only counts. */
#ifndef MTCR_PROGRESS_H
#define MTCR_PROGRESS_H
#include <stdbool.h>
#include <stddef.h>

/* A file of size bytes (0: unknown) begins to be read. */
void progress_file(const char *path, unsigned long long size);
/* n more bytes of it were read. */
void progress_read(size_t n);
/* The file being read (copied to name) and its bytes read and total; false before any. */
bool progress_get(char *name, size_t n, unsigned long long *done, unsigned long long *total);

#endif
