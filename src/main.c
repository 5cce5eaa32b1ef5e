/* mtcr: the command line. Parses options, loads the record, and hands over to the batch
 * work (--check, --export) or to the browser. */
#include <errno.h>
#include <getopt.h>
#include <limits.h>
#include <locale.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "config.h"
#include "chart_run.h"
#include "cli.h"
#include "datacopy.h"
#include "datapath.h"
#include "dataset.h"
#include "dataset_struct.h"
#include "monotime.h"
#include "export.h"
#include "progress.h"
#include "text.h"
#include "tui.h"

enum { MAX_PROBLEMS = 50 };

enum long_only {
	OPT_EXPORT = 256, OPT_FILTER, OPT_SORT, OPT_MEETING, OPT_MEMBER, OPT_CONCERN, OPT_COLUMNS,
	OPT_COLOR, OPT_MOUSE, OPT_TIMELINE, OPT_CONCERN_MAP, OPT_ASCII, OPT_WIDTH,
	OPT_COPY_DATA, OPT_FORMAT, OPT_PANE, OPT_FORCE, OPT_SAFE_CELLS,
};

struct options {
	const char *data_dir;
	bool check;
	bool tsv;              /* --check --format=tsv */
	const char *copy_to;   /* --copy-data=DIR */
	bool export;
	struct export_request req;
	struct tui_options tui;
	struct chart_request chart; /* --timeline, --concern-map */
	const char *pane;           /* --pane */
};

static void usage(FILE *out)
{
	fputs("Usage: mtcr [OPTION]...\n"
	      "Browse the record of the Missile Technology Control Regime (MTCR) Plenaries,\n"
	      "its Partners and the policy concerns its statements raise.\n"
	      "\n"
	      "  -d, --data=DIR         read the data files from DIR instead of the bundled record\n"
	      "  -c, --check            validate the data, print a one-line summary and exit\n"
	      "      --format=FORMAT    how --check lists problems: text (default) or tsv\n"
	      "                         (file, line, column and message, tab-separated)\n"
	      "      --copy-data=DIR    copy the bundled data files (or --data's) to DIR,\n"
	      "                         never overwriting; a copy in ~/.local/share/mtcr-browser\n"
	      "                         ($XDG_DATA_HOME/mtcr-browser) is then read instead\n"
	      "      --color[=WHEN]     colour the browser: auto (default), always or never\n"
	      "      --mouse            let the mouse wheel scroll and a click select\n"
	      "      --ascii            draw the pictures with ASCII only (also without a\n"
	      "                         UTF-8 locale), in the browser and on stdout\n"
	      "\n"
	      "Open the browser in a state (with --filter, --sort, --meeting, --member and\n"
	      "--concern as below):\n"
	      "      --pane=NAME        focus meetings, members or concerns, which --filter\n"
	      "                         and --sort apply to\n"
	      "\n"
	      "Export a view as CSV instead of browsing:\n"
	      "      --export=TABLE     meetings, members, concerns or meeting_concerns\n"
	      "      --filter=TEXT      only rows matching TEXT (the browser's & filter)\n"
	      "      --sort=COLUMN[:desc]  order by one of the table's shown columns\n"
	      "      --meeting=ID       only rows linked to that meeting (like the browser's l)\n"
	      "      --member=CODE      only rows linked to that member\n"
	      "      --concern=ID       only rows linked to that concern\n"
	      "      --columns=LIST     only these columns, comma separated, in that order\n"
	      "  -o, --output=FILE      write to FILE (atomically) instead of standard output\n"
	      "  -f, --force            replace FILE even when it is read-only\n"
	      "      --safe-cells       put ' before a value starting with = + - @ TAB or CR,\n"
	      "                         so that spreadsheets do not run it as a formula\n"
	      "\n"
	      "Print a picture as plain text instead of browsing:\n"
	      "      --timeline         Partners each year, and each Plenary's number and host\n"
	      "      --concern-map      which Plenaries raised each concern, year by year\n"
	      "      --width=N          fit N columns (default: $COLUMNS, else 80)\n"
	      "\n"
	      "  -h, --help             display this help and exit\n"
	      "  -V, --version          output version information and exit\n"
	      "\n"
	      "Exit status: 0 if OK, 1 if the data has problems or a file cannot be read or\n"
	      "written, 2 for a usage error (an unknown option, table, column or id).\n"
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

static _Noreturn void usage_error(const char *msg, const char *arg)
{
	if (msg) { /* the argument as the screen would show it: it may hold anything */
		fprintf(stderr, "mtcr: %s", msg);
		text_fputs_escaped(arg ? text_brief(arg) : "", stderr);
		fputc('\n', stderr);
	}
	fputs("Try 'mtcr --help' for more information.\n", stderr);
	exit(EXIT_USAGE);
}

static enum tui_color parse_color(const char *when)
{
	if (!when || strcmp(when, "auto") == 0)
		return COLOR_AUTO;
	if (strcmp(when, "always") == 0)
		return COLOR_ALWAYS;
	if (strcmp(when, "never") == 0)
		return COLOR_NEVER;
	usage_error("--color takes auto, always or never, not: ", when);
}

static void set_chart(struct options *o, enum chart_kind k)
{
	if (o->chart.kind != CHART_NONE && o->chart.kind != k)
		usage_error("give one of --timeline and --concern-map", NULL);
	o->chart.kind = k;
}

static void take_option(int c, struct options *o)
{
	struct export_request *r = &o->req;
	switch (c) {
	case 'd': o->data_dir = optarg; break;
	case 'c': o->check = true; break;
	case 'o': r->output = optarg; break;
	case OPT_EXPORT: o->export = true; r->table = optarg; break;
	case OPT_FILTER: r->filter = optarg; break;
	case OPT_SORT: r->sort = optarg; break;
	case OPT_MEETING: r->meeting = optarg; break;
	case OPT_MEMBER: r->member = optarg; break;
	case OPT_CONCERN: r->concern = optarg; break;
	case OPT_PANE: o->pane = optarg; break;
	case OPT_COLUMNS: r->columns = optarg; break;
	case 'f': r->force = true; break;
	case OPT_SAFE_CELLS: r->safe_cells = true; break;
	case OPT_COLOR: o->tui.color = parse_color(optarg); break;
	case OPT_MOUSE: o->tui.mouse = true; break;
	case OPT_COPY_DATA: o->copy_to = optarg; break;
	case OPT_FORMAT:
		if (strcmp(optarg, "tsv") != 0 && strcmp(optarg, "text") != 0)
			usage_error("--format takes text or tsv, not: ", optarg);
		o->tsv = strcmp(optarg, "tsv") == 0;
		break;
	case OPT_TIMELINE: set_chart(o, CHART_TIMELINE); break;
	case OPT_CONCERN_MAP: set_chart(o, CHART_CONCERN_MAP); break;
	case OPT_ASCII: o->chart.ascii = o->tui.ascii = true; break;
	case OPT_WIDTH:
		if (!chart_parse_width(optarg, &o->chart.width))
			usage_error("--width takes a number of columns from 20 to 1000, not: ", optarg);
		break;
	case 'h': usage(stdout); exit(EXIT_OK);
	case 'V': version(); exit(EXIT_OK);
	default: usage_error(NULL, NULL);
	}
}

/* Options that only make sense with --export, and combinations that cannot hold. */
static void check_combinations(int argc, char **argv, const struct options *o)
{
	const struct export_request *r = &o->req;
	if (optind < argc)
		usage_error("unexpected argument: ", argv[optind]);
	bool browsing = !o->export && !o->check && o->chart.kind == CHART_NONE && !o->copy_to;
	if (!o->export && (r->columns || r->output || r->force || r->safe_cells))
		usage_error("--columns, --output, --force and --safe-cells go with --export", NULL);
	if (!browsing && !o->export && (r->filter || r->sort || r->meeting || r->member ||
					r->concern))
		usage_error("--filter, --sort, --meeting, --member and --concern go with "
			    "--export or the browser", NULL);
	if (o->pane && !browsing)
		usage_error("--pane goes with the browser (--export names its table)", NULL);
	if (!!r->meeting + !!r->member + !!r->concern > 1)
		usage_error("give at most one of --meeting, --member and --concern", NULL);
	if (o->export && o->check)
		usage_error("--check and --export cannot be combined", NULL);
	if (o->chart.kind == CHART_NONE && o->chart.width)
		usage_error("--width goes with --timeline or --concern-map", NULL);
	if (o->chart.ascii && (o->check || o->export))
		usage_error("--ascii goes with the browser, --timeline or --concern-map", NULL);
	if (o->chart.kind != CHART_NONE && (o->check || o->export))
		usage_error("--timeline and --concern-map cannot be combined with --check or --export",
			    NULL);
	if (o->copy_to && (o->check || o->export || o->chart.kind != CHART_NONE))
		usage_error("--copy-data cannot be combined with --check, --export or a picture", NULL);
	if (o->copy_to && !*o->copy_to)
		usage_error("--copy-data needs a directory", NULL);
	if (o->tsv && !o->check)
		usage_error("--format goes with --check", NULL);
}

/* A number of seconds from environment variable name (fractions allowed, 0 meaning none),
 * or dflt when it is unset or empty; anything else is a usage error that says so. */
static double env_seconds(const char *name, double dflt, const char *what)
{
	const char *s = getenv(name);
	if (!s || !*s)
		return dflt;
	char *end;
	errno = 0;
	double d = strtod(s, &end);
	if (errno || *end || !(d >= 0 && d <= 1e9)) {
		char msg[128];
		snprintf(msg, sizeof msg, "%s takes a number of seconds (%s), not: ", name, what);
		usage_error(msg, s);
	}
	return d;
}

/* How long --export's --filter may take: MTCR_FILTER_BUDGET seconds (0: no limit), or
 * FILTER_BUDGET_S. Longer than the browser's 5 s: no one is waiting on a key, but a script
 * should not hang on a pattern that backtracks without end. */
static double filter_budget(void)
{
	enum { FILTER_BUDGET_S = 10 };
	return env_seconds("MTCR_FILTER_BUDGET", FILTER_BUDGET_S, "0 for no limit");
}

static void parse_options(int argc, char **argv, struct options *o)
{
	static const struct option longopts[] = {
		{"data", required_argument, NULL, 'd'},
		{"check", no_argument, NULL, 'c'},
		{"format", required_argument, NULL, OPT_FORMAT},
		{"copy-data", required_argument, NULL, OPT_COPY_DATA},
		{"export", required_argument, NULL, OPT_EXPORT},
		{"filter", required_argument, NULL, OPT_FILTER},
		{"sort", required_argument, NULL, OPT_SORT},
		{"meeting", required_argument, NULL, OPT_MEETING},
		{"member", required_argument, NULL, OPT_MEMBER},
		{"concern", required_argument, NULL, OPT_CONCERN},
		{"columns", required_argument, NULL, OPT_COLUMNS},
		{"pane", required_argument, NULL, OPT_PANE},
		{"output", required_argument, NULL, 'o'},
		{"force", no_argument, NULL, 'f'},
		{"safe-cells", no_argument, NULL, OPT_SAFE_CELLS},
		{"color", optional_argument, NULL, OPT_COLOR},
		{"colour", optional_argument, NULL, OPT_COLOR},
		{"mouse", no_argument, NULL, OPT_MOUSE},
		{"timeline", no_argument, NULL, OPT_TIMELINE},
		{"concern-map", no_argument, NULL, OPT_CONCERN_MAP},
		{"ascii", no_argument, NULL, OPT_ASCII},
		{"width", required_argument, NULL, OPT_WIDTH},
		{"help", no_argument, NULL, 'h'},
		{"version", no_argument, NULL, 'V'},
		{NULL, 0, NULL, 0},
	};
	int c;
	/* getopt names the program by argv[0] ("src/mtcr: unrecognized option"): every
	 * message of ours starts "mtcr:", so its do too. */
	argv[0] = (char *)"mtcr";
	while ((c = getopt_long(argc, argv, "d:co:fhV", longopts, NULL)) != -1)
		take_option(c, o);
	check_combinations(argc, argv, o);
	if (o->export && o->req.filter)
		o->req.filter_budget = filter_budget();
}

static int check(const struct dataset *ds, const struct datapath *p, bool tsv)
{
	if (tsv) /* no problem: the header alone */
		diags_print_tsv(&(struct diags){0}, stdout);
	else {
		fputs("mtcr: data OK: ", stdout);
		dataset_print_summary(ds, stdout);
		printf("; read from %s (%s)\n", p->dir, datapath_origin_name(p->origin));
	}
	if (fflush(stdout) != 0 || ferror(stdout)) {
		perror("mtcr: standard output");
		return EXIT_DATA;
	}
	return EXIT_OK;
}

/* The browser, in the state --filter, --pane and the others ask for: unknown names are
 * usage errors before the screen is taken. */
static int browse(const struct dataset *ds, const struct options *o)
{
	const struct export_request *r = &o->req;
	struct start_state st;
	struct tui_options tui = o->tui;
	if (o->pane || r->filter || r->sort || r->meeting || r->member || r->concern) {
		struct outcome out = {0};
		enum outcome_kind k = export_start_state(ds, r, o->pane, &st, &out);
		if (k != OUTCOME_OK)
			return cli_finish(k, &out);
		tui.start = &st;
	}
	struct outcome out = {0};
	return cli_finish(tui_run(ds, &tui, &out), &out);
}

/* mtcr --copy-data DIR */
static int copy_data(const char *from, const char *to)
{
	char err[1024];
	if (!from)
		from = datapath_default();
	if (!datacopy(from, to, err, sizeof err)) {
		fprintf(stderr, "mtcr: %s\n", err);
		return EXIT_DATA;
	}
	struct datapath p;
	datapath_choose(&p, NULL);
	char mine[PATH_MAX], made[PATH_MAX];
	printf("mtcr: copied the data files of %s to %s\n", from, to);
	if (p.origin == DATA_USER && realpath(p.dir, mine) && realpath(to, made) &&
	    strcmp(mine, made) == 0)
		printf("mtcr: %s is your copy: mtcr reads it from now on\n", to);
	else
		printf("mtcr: read it with: mtcr --data %s\n", to);
	return fflush(stdout) == 0 ? EXIT_OK : EXIT_DATA;
}

/* A user's copy that lacks some files is not read: say so rather than leave them guessing. */
static void warn_partial_copy(const struct datapath *p)
{
	if (p->origin == DATA_GIVEN || p->user_files == 0 || p->origin == DATA_USER)
		return;
	fprintf(stderr, "mtcr: warning: %s holds %d of the 5 data files (no %s); reading the "
		"bundled record instead\n", p->user, p->user_files, p->missing);
}

/* A data directory that is missing or unreadable is one problem, said once, not one
 * "cannot open" for each of its five files. */
static const char *unusable_dir(const char *dir)
{
	struct stat st;
	if (stat(dir, &st) == 0 && !S_ISDIR(st.st_mode))
		return "not a directory";
	if (stat(dir, &st) != 0 || access(dir, R_OK | X_OK) != 0)
		return strerror(errno);
	return NULL;
}

/* A load that takes longer than PROGRESS_AFTER shows where it is, on one line of the
 * terminal that is rewritten in place and blanked when the load ends, so the browser's
 * first screen (or the CLI's output) follows at once. */
struct reporter {
	FILE *out;
	double after; /* seconds: MTCR_PROGRESS_AFTER, or a fifth of one */
	atomic_bool stop;
	bool shown;
	int width;
	char last[4200];
	pthread_t thread;
};

static void *report(void *arg)
{
	struct reporter *r = arg;
	double start = monotime();
	const struct timespec tick = {0, 50000000L};
	while (!atomic_load(&r->stop)) {
		nanosleep(&tick, NULL);
		char name[4096];
		unsigned long long done, total;
		if (atomic_load(&r->stop) || monotime() - start < r->after ||
		    !progress_get(name, sizeof name, &done, &total))
			continue;
		const char *base = strrchr(name, '/') ? strrchr(name, '/') + 1 : name;
		char line[4200];
		if (total) /* a pipe has no size: then what was read so far */
			snprintf(line, sizeof line, "mtcr: loading %s: %llu%%", base,
				 done >= total ? 100 : done * 100 / total);
		else
			snprintf(line, sizeof line, "mtcr: loading %s: %.1f MB", base, (double)done / 1e6);
		if (r->shown && strcmp(line, r->last) == 0)
			continue; /* nothing new: a slow terminal gets no more than it needs */
		snprintf(r->last, sizeof r->last, "%s", line);
		int w = fprintf(r->out, "\r%s", line) ;
		if (w > 0 && w - 1 < r->width)
			fprintf(r->out, "%*s", r->width - (w - 1), "");
		r->width = w > 1 ? w - 1 : r->width;
		fflush(r->out);
		r->shown = true;
	}
	return NULL;
}

static bool reporter_start(struct reporter *r, FILE *out)
{
	*r = (struct reporter){.out = out,
			       .after = env_seconds("MTCR_PROGRESS_AFTER", 0.2, "0 for at once")};
	atomic_init(&r->stop, false);
	return out && pthread_create(&r->thread, NULL, report, r) == 0;
}

static void reporter_stop(struct reporter *r, bool running)
{
	if (!running)
		return;
	atomic_store(&r->stop, true);
	pthread_join(r->thread, NULL);
	if (r->shown) {
		fprintf(r->out, "\r%*s\r", r->width, "");
		fflush(r->out);
	}
}

int main(int argc, char **argv)
{
	setlocale(LC_ALL, "");
	cli_guard_exports();
	struct options o = {0};
	parse_options(argc, argv, &o);
	if (o.copy_to)
		return copy_data(o.data_dir, o.copy_to);
	struct datapath path;
	datapath_choose(&path, o.data_dir);
	warn_partial_copy(&path);
	const char *dir = path.dir;
	o.tui.data_origin = datapath_origin_name(path.origin);

	struct dataset ds;
	struct diags problems = {0};
	int status;
	const char *why = unusable_dir(dir);
	if (why) {
		if (o.tsv) { /* the one problem, as a row of its own */
			diags_add(&problems, dir, 0, 0, "cannot read the data directory: %s", why);
			diags_print_tsv(&problems, stdout);
			diags_free(&problems);
		}
		fprintf(stderr, "mtcr: %s: cannot read the data directory: %s\n", dir, why);
		return EXIT_DATA;
	}
	/* The terminal: stderr, or for the browser its screen when stderr goes elsewhere. */
	bool browser = !o.check && !o.export && o.chart.kind == CHART_NONE;
	FILE *pout = isatty(STDERR_FILENO) ? stderr : browser && isatty(STDOUT_FILENO) ? stdout : NULL;
	struct reporter rep;
	bool reporting = reporter_start(&rep, pout);
	bool loaded = dataset_load(&ds, dir, &problems);
	reporter_stop(&rep, reporting);
	if (!loaded) {
		if (o.tsv)
			diags_print_tsv(&problems, stdout);
		else /* --check is asked for the list: all of it. Elsewhere a screenful is enough. */
			diags_print(&problems, stderr, "mtcr", o.check ? (size_t)-1 : MAX_PROBLEMS);
		size_t total = problems.n + problems.lost;
		fprintf(stderr, "mtcr: %s: %zu problem%s in the data\n", dir, total,
			total == 1 ? "" : "s");
		status = EXIT_DATA;
	} else if (o.check) {
		status = check(&ds, &path, o.tsv);
	} else if (o.export) {
		struct outcome out = {0};
		status = cli_finish(export_run(&ds, &o.req, &out), &out);
	} else if (o.chart.kind != CHART_NONE) {
		struct outcome out = {0};
		status = cli_finish(chart_run(&ds, &o.chart, stdout, &out), &out);
	} else {
		status = browse(&ds, &o);
	}
	diags_free(&problems);
	dataset_free(&ds);
	return status;
}
