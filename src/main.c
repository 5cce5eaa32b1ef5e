/* mtcr: the command line. Parses options, loads the record, and hands over to the batch
 * work (--check) or to the summary the program shows until the browser exists. */
#include <getopt.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "config.h"
#include "datapath.h"
#include "dataset.h"

enum { EXIT_DATA = 1, EXIT_USAGE = 2, MAX_PROBLEMS = 50 };

struct options {
	const char *data_dir;
	bool check;
};

static void usage(FILE *out)
{
	fputs("Usage: mtcr [OPTION]...\n"
	      "Browse the record of the Missile Technology Control Regime (MTCR) Plenaries,\n"
	      "its Partners and the policy concerns its statements raise.\n"
	      "\n"
	      "  -d, --data=DIR   read the data files from DIR instead of the bundled record\n"
	      "  -c, --check      validate the data, print a one-line summary and exit\n"
	      "  -h, --help       display this help and exit\n"
	      "  -V, --version    output version information and exit\n"
	      "\n"
	      "Exit status: 0 if OK, 1 if the data has problems or a file cannot be read or\n"
	      "written, 2 for a usage error.\n"
	      "\n"
	      "Report bugs to: " PACKAGE_BUGREPORT "\n"
	      "See mtcr(1) and mtcr-data(5) for the full documentation.\n",
	      out);
}

static void version(void)
{
	puts("mtcr (" PACKAGE_NAME ") " PACKAGE_VERSION "\n"
	     "Copyright (C) 2026 the mtcr-browser authors.\n"
	     "License GPLv3+: GNU GPL version 3 or later <https://gnu.org/licenses/gpl.html>.\n"
	     "This is free software: you are free to change and redistribute it.\n"
	     "There is NO WARRANTY, to the extent permitted by law.");
}

static void usage_error(const char *msg, const char *arg)
{
	if (msg)
		fprintf(stderr, "mtcr: %s%s\n", msg, arg ? arg : "");
	fputs("Try 'mtcr --help' for more information.\n", stderr);
	exit(EXIT_USAGE);
}

static void parse_options(int argc, char **argv, struct options *o)
{
	static const struct option longopts[] = {
		{"data", required_argument, NULL, 'd'},
		{"check", no_argument, NULL, 'c'},
		{"help", no_argument, NULL, 'h'},
		{"version", no_argument, NULL, 'V'},
		{NULL, 0, NULL, 0},
	};
	int c;
	while ((c = getopt_long(argc, argv, "d:chV", longopts, NULL)) != -1) {
		switch (c) {
		case 'd': o->data_dir = optarg; break;
		case 'c': o->check = true; break;
		case 'h': usage(stdout); exit(EXIT_SUCCESS);
		case 'V': version(); exit(EXIT_SUCCESS);
		default: usage_error(NULL, NULL);
		}
	}
	if (optind < argc)
		usage_error("unexpected argument: ", argv[optind]);
}

static void print_summary(const struct dataset *ds, FILE *out)
{
	size_t plenaries = 0, partners = 0;
	for (size_t i = 0; i < ds->nmeetings; i++)
		plenaries += ds->meetings[i].kind == KIND_PLENARY;
	for (size_t i = 0; i < ds->nmembers; i++)
		partners += ds->members[i].status == STATUS_PARTNER;
	fprintf(out,
		"%zu meetings (%zu plenaries, %zu other), %zu members (%zu partners), %zu concerns, "
		"%zu concern links, %zu member links\n",
		ds->nmeetings, plenaries, ds->nmeetings - plenaries, ds->nmembers, partners,
		ds->nconcerns, ds->nconcern_links, ds->nmember_links);
}

int main(int argc, char **argv)
{
	setlocale(LC_ALL, "");
	struct options o = {0};
	parse_options(argc, argv, &o);
	const char *dir = o.data_dir ? o.data_dir : datapath_default();

	struct dataset ds;
	struct diags problems = {0};
	bool ok = dataset_load(&ds, dir, &problems);
	int status = EXIT_SUCCESS;
	if (!ok) {
		diags_print(&problems, stderr, "mtcr", MAX_PROBLEMS);
		fprintf(stderr, "mtcr: %s: %zu problem%s in the data\n", dir, problems.n,
			problems.n == 1 ? "" : "s");
		status = EXIT_DATA;
	} else {
		if (o.check)
			fputs("mtcr: data OK: ", stdout);
		print_summary(&ds, stdout);
		if (fflush(stdout) != 0 || ferror(stdout)) {
			perror("mtcr: standard output");
			status = EXIT_DATA;
		}
	}
	diags_free(&problems);
	dataset_free(&ds);
	return status;
}
