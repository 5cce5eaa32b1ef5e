/* See csvtranscript.h. */
#include "csvtranscript.h"

#include <stdio.h>
#include <stdlib.h>

#include "csvread.h"

/* Lengths come first, since a field may hold a NUL. */
static bool record(void *ctx, const struct csvread_row *row, bool is_header)
{
	FILE *out = ctx;
	fprintf(out, "%s %lu %zu:", is_header ? "H" : "R", row->line, row->nfields);
	for (size_t i = 0; i < row->nfields; i++) {
		fprintf(out, " %zu[", row->lens[i]);
		fwrite(row->fields[i], 1, row->lens[i], out);
		fputc(']', out);
	}
	fputc('\n', out);
	return true;
}

char *csv_transcript(const char *path, size_t chunk, bool libcsv_only, bool streamed)
{
	char *s = NULL;
	size_t len = 0;
	FILE *out = open_memstream(&s, &len);
	if (!out)
		return NULL;
	struct arena arena = {0};
	struct diags diags = {0};
	struct csvread_opts o = {path, 0, &arena, &diags, record, out, .streamed = streamed,
				 .chunk = chunk, .libcsv_only = libcsv_only};
	enum csvread_status st = csvread_file(&o);
	fprintf(out, "status %d\n", (int)st);
	for (size_t i = 0; i < diags.n; i++)
		fprintf(out, "%lu: %s\n", diags.v[i].line, diags.v[i].msg);
	arena_free(&arena);
	diags_free(&diags);
	if (fclose(out) != 0) {
		free(s);
		return NULL;
	}
	return s;
}
