/* Collecting, ordering and printing data problems. */
#include "diag.h"

#include <stdlib.h>
#include <string.h>

#include "text.h"

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
		/* Messages quote the data (cut short where they add it); a file name or value
		 * never reaches the terminal as a control sequence. */
		fprintf(out, "%s: ", prog);
		text_fputs_escaped(g->file, out);
		if (g->line)
			fprintf(out, ":%lu", g->line);
		fputs(": ", out);
		text_fputs_escaped(g->msg, out);
		fputc('\n', out);
	}
	if (d->n > max)
		fprintf(out, "%s: ... and %zu more problems (%s --check lists them all)\n", prog,
			d->n - max, prog);
	if (d->lost)
		fprintf(out, "%s: %zu more problems could not be recorded (out of memory)\n", prog, d->lost);
}

static size_t word_len(const char *s)
{
	size_t n = 0;
	while ((s[n] >= 'a' && s[n] <= 'z') || s[n] == '_' || (s[n] >= '0' && s[n] <= '9'))
		n++;
	return n;
}

static void set_column(char *buf, size_t len, const char *s, size_t n)
{
	snprintf(buf, len, "%.*s", (int)n, s);
}

void diag_column(const char *msg, char *buf, size_t len)
{
	buf[0] = '\0';
	const char *q = strstr(msg, "column '");
	if (q) { /* "missing required column 'x'", "NUL byte in column 'x'" */
		q += strlen("column '");
		const char *e = strchr(q, '\'');
		if (e)
			set_column(buf, len, q, (size_t)(e - q));
		return;
	}
	if (strncmp(msg, "duplicate ", 10) == 0)
		msg += 10;
	size_t n = word_len(msg);
	if (n == 0 || msg[n] != ' ')
		return;
	const char *rest = msg + n;
	const char *next = strchr(rest + 1, ' '); /* "end 2001 is before start 2002" */
	if (strncmp(rest, " '", 2) == 0 || strncmp(rest, " is ", 4) == 0 ||
	    strncmp(rest, " has no ", 8) == 0 || (next && strncmp(next, " is before ", 11) == 0))
		set_column(buf, len, msg, n);
}

static void put_tsv(FILE *out, const char *s)
{
	for (; *s; s++)
		switch (*s) {
		case '\\': fputs("\\\\", out); break;
		case '\t': fputs("\\t", out); break;
		case '\r': fputs("\\r", out); break;
		case '\n': fputs("\\n", out); break;
		default: fputc(*s, out);
		}
}

void diags_print_tsv(const struct diags *d, FILE *out)
{
	fputs("file\tline\tcolumn\tmessage\n", out);
	for (size_t i = 0; i < d->n; i++) {
		const struct diag *g = &d->v[i];
		char col[256];
		diag_column(g->msg, col, sizeof col);
		put_tsv(out, g->file);
		if (g->line)
			fprintf(out, "\t%lu\t", g->line);
		else
			fputs("\t\t", out);
		put_tsv(out, col);
		fputc('\t', out);
		put_tsv(out, g->msg);
		fputc('\n', out);
	}
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
