/* A reading of a CSV file as text, for comparing the fast scanner with libcsv alone: every
 * row with its line and fields, the status, then every problem. Shared by test_csvscan and
 * the fuzz target. */
#ifndef MTCR_CSVTRANSCRIPT_H
#define MTCR_CSVTRANSCRIPT_H
#include <stdbool.h>
#include <stddef.h>

/* Reads path with reads of chunk bytes (0: the default), with libcsv alone or not, keeping
 * the rows or streaming them. Returns a malloc'd string, or NULL when memory runs out. */
char *csv_transcript(const char *path, size_t chunk, bool libcsv_only, bool streamed);

#endif
