/* Collecting, ordering and printing data problems. */
#include "diag.h"

#include <stdlib.h>
#include <string.h>

void diags_vadd(struct diags *d, const char *file, int file_rank, unsigned long line,
		const char *fmt, va_list ap)
{
	va_list ap2;
	va_copy(ap2, ap);
	/* clang-analyzer does not follow va_copy of a parameter (a known false positive). */
	int len = vsnprintf(NULL, 0, fmt, ap2); // NOLINT(clang-analyzer-valist.Uninitialized)
	va_end(ap2);
	if (len < 0) {
		d->lost++;
		return;
	}
	if (d->n == d->cap) {
		size_t cap = d->cap ? d->cap * 2 : 16;
		struct diag *v = realloc(d->v, cap * sizeof *v);
		if (!v) {
			d->lost++;
			return;
		}
		d->v = v;
		d->cap = cap;
	}
	char *msg = malloc((size_t)len + 1);
	char *name = strdup(file);
	if (!msg || !name) {
		free(msg);
		free(name);
		d->lost++;
		return;
	}
	vsnprintf(msg, (size_t)len + 1, fmt, ap);
	struct diag *g = &d->v[d->n];
	g->file = name;
	g->file_rank = file_rank;
	g->line = line;
	g->seq = d->n;
	g->msg = msg;
	d->n++;
}

void diags_add(struct diags *d, const char *file, int file_rank, unsigned long line,
	       const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	diags_vadd(d, file, file_rank, line, fmt, ap);
	va_end(ap);
}

static int diag_cmp(const void *pa, const void *pb)
{
	const struct diag *a = pa, *b = pb;
	if (a->file_rank != b->file_rank)
		return a->file_rank < b->file_rank ? -1 : 1;
	if (a->line != b->line)
		return a->line < b->line ? -1 : 1;
	return (a->seq > b->seq) - (a->seq < b->seq);
}

void diags_sort(struct diags *d)
{
	if (d->n < 2)
		return;
	qsort(d->v, d->n, sizeof *d->v, diag_cmp);
	size_t out = 1;
	for (size_t i = 1; i < d->n; i++) {
		struct diag *prev = &d->v[out - 1];
		if (d->v[i].file_rank == prev->file_rank && d->v[i].line == prev->line &&
		    strcmp(d->v[i].msg, prev->msg) == 0) {
			free(d->v[i].msg);
			free(d->v[i].file);
			continue;
		}
		d->v[out++] = d->v[i];
	}
	d->n = out;
}

void diags_print(const struct diags *d, FILE *out, const char *prog, size_t max)
{
	for (size_t i = 0; i < d->n && i < max; i++) {
		const struct diag *g = &d->v[i];
		if (g->line)
			fprintf(out, "%s: %s:%lu: %s\n", prog, g->file, g->line, g->msg);
		else
			fprintf(out, "%s: %s: %s\n", prog, g->file, g->msg);
	}
	if (d->n > max)
		fprintf(out, "%s: ... and %zu more problems (%s --check lists them all)\n", prog,
			d->n - max, prog);
	if (d->lost)
		fprintf(out, "%s: %zu more problems could not be recorded (out of memory)\n", prog, d->lost);
}

void diags_free(struct diags *d)
{
	for (size_t i = 0; i < d->n; i++) {
		free(d->v[i].msg);
		free(d->v[i].file);
	}
	free(d->v);
	*d = (struct diags){0};
}
