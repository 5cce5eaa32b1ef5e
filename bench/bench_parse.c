/* The floor: a minimal libcsv program that only parses files (callbacks count fields and
 * rows), with the parser options mtcr uses. Usage: bench_parse FILE... */
#include <csv.h>
#include <stdio.h>
#include <stdlib.h>

static size_t fields, rows;

static void on_field(void *s, size_t len, void *data)
{
	(void)s, (void)len, (void)data;
	fields++;
}

static void on_row(int c, void *data)
{
	(void)c, (void)data;
	rows++;
}

static int no_space(unsigned char c)
{
	(void)c;
	return 0;
}

int main(int argc, char **argv)
{
	static char buf[1 << 16];
	for (int i = 1; i < argc; i++) {
		FILE *fp = fopen(argv[i], "rb");
		struct csv_parser p;
		if (!fp || csv_init(&p, CSV_STRICT | CSV_STRICT_FINI | CSV_APPEND_NULL) != 0) {
			perror(argv[i]);
			return 1;
		}
		csv_set_space_func(&p, no_space);
		size_t n;
		while ((n = fread(buf, 1, sizeof buf, fp)) > 0)
			if (csv_parse(&p, buf, n, on_field, on_row, NULL) != n) {
				fprintf(stderr, "%s: %s\n", argv[i], csv_strerror(csv_error(&p)));
				return 1;
			}
		csv_fini(&p, on_field, on_row, NULL);
		csv_free(&p);
		fclose(fp);
	}
	printf("%zu rows, %zu fields\n", rows, fields);
	return 0;
}
