/* `mtcr --export`: turns the command line's words into the same view the browser builds
 * (filter, link, sort) and writes it. A word that names nothing gets a message naming it and
 * the valid choices, and a usage outcome (exit status 2). It prints nothing: the outcome says it. */
#include "export.h"

#include <errno.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <poll.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include "csvread.h" /* rows made in memory are kept as a reader hands them over */
#include "dataset_struct.h"
#include "monotime.h"
#include "text.h"

/* Returns the kind itself, not outcome_fail's value, so that an analyser reading this file
 * alone sees that it is never OUTCOME_OK. */
static int out_of_memory(struct outcome *o)
{
	outcome_fail(o, OUTCOME_FAILED, false, "out of memory");
	return OUTCOME_FAILED;
}

static int usage_error(struct outcome *o, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));

/* The message names what the user gave and what the files hold (a column name from an
 * extra header column may hold anything): it is kept escaped, as the screen shows it. */
static int usage_error(struct outcome *o, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	outcome_vfail(o, OUTCOME_USAGE, true, fmt, ap);
	va_end(ap);
	return OUTCOME_USAGE;
}

static void list_names(char *buf, size_t len, const char *const *names, const int *idx, size_t n)
{
	size_t used = 0;
	buf[0] = '\0';
	for (size_t i = 0; i < n && used < len; i++) {
		int w = snprintf(buf + used, len - used, "%s%s", i ? ", " : "",
				 text_brief(names[idx ? idx[i] : (int)i]));
		used += w > 0 ? (size_t)w : 0;
	}
}

/* --sort=COLUMN[:asc|:desc] names one of the pane's columns, as the browser's s key does. */
static int parse_sort(struct outcome *o, struct view *v, const char *spec)
{
	const char *colon = strrchr(spec, ':');
	size_t len = colon ? (size_t)(colon - spec) : strlen(spec);
	bool desc = colon && strcmp(colon + 1, "desc") == 0;
	if (colon && !desc && strcmp(colon + 1, "asc") != 0)
		return usage_error(o, "--sort=%s: the order after ':' is asc or desc", spec);
	size_t n;
	const int *cols = view_columns(v->table, &n);
	for (size_t i = 0; i < n; i++) {
		const char *name = view_column_name(v->table, cols[i]);
		if (strlen(name) == len && strncmp(name, spec, len) == 0) {
			view_set_sort(v, (int)i, desc);
			return 0;
		}
	}
	char names[256];
	list_names(names, sizeof names, dataset_schema(v->table)->columns, cols, n);
	return usage_error(o, "--sort=%s: %s can be sorted by the columns its pane shows, as the "
			   "browser's s key does: %s", spec, dataset_schema(v->table)->name, names);
}

struct link_option {
	const char *name, *value; /* the option's name is the table's record: meeting */
	const char *listing; /* columns that tell the records apart, for the hint */
	enum table_id table;
	size_t (*find)(const struct dataset *, const char *);
};

/* The key of a record, to suggest the right case for a near miss. */
static const char *near_miss(const struct dataset *ds, enum table_id t, const char *value)
{
	const struct table *tb = &ds->tables[t];
	for (size_t r = 0; r < tb->nrows; r++)
		if (strcasecmp(table_cell(tb, r, 0), value) == 0)
			return table_cell(tb, r, 0);
	return NULL;
}

static int unknown_key(struct outcome *o, const struct dataset *ds,
		       const struct link_option *lo)
{
	const struct table *t = &ds->tables[lo->table];
	const char *key = t->schema->columns[0], *name = t->schema->name;
	const char *near = near_miss(ds, lo->table, lo->value);
	if (near)
		return usage_error(o, "--%s=%s: no %s has that %s; did you mean %s?", lo->name,
				   text_brief(lo->value), lo->name, key, text_brief(near));
	return usage_error(o, "--%s=%s: no %s has that %s; %ss look like %s (list them with: "
			   "mtcr --export=%s --columns=%s)", lo->name, text_brief(lo->value), lo->name,
			   key, key, t->nrows ? text_brief(table_cell(t, 0, 0)) : "?", name,
			   lo->listing);
}

/* --meeting, --member or --concern: only the rows linked to that record, like the browser's
 * link mode showing only related rows. */
static int apply_link(struct outcome *o, struct view *v, const struct export_request *req)
{
	const struct link_option opts[] = {
		{"meeting", req->meeting, "id,start,city", TBL_MEETINGS, dataset_meeting},
		{"member", req->member, "code,name", TBL_MEMBERS, dataset_member},
		{"concern", req->concern, "id,name", TBL_CONCERNS, dataset_concern},
	};
	for (size_t i = 0; i < sizeof opts / sizeof *opts; i++) {
		const struct link_option *lo = &opts[i];
		if (!lo->value)
			continue;
		if (lo->table == v->table)
			return usage_error(o, "--%s narrows another table to the rows linked to a %s; "
					   "it does not apply to --export=%s", lo->name, lo->name,
					   dataset_schema(v->table)->name);
		size_t rec = lo->find(v->ds, lo->value);
		if (rec == DS_NONE)
			return unknown_key(o, v->ds, lo);
		if (!view_set_link(v, lo->table, rec))
			return out_of_memory(o);
		view_set_link_only(v, true);
	}
	return 0;
}

static int unknown_column(struct outcome *o, const struct table *t, const char *name)
{
	char names[1024];
	list_names(names, sizeof names, (const char *const *)t->colnames, NULL, t->ncols);
	return usage_error(o, "--columns: %s has no column '%s'; its columns are: %s", t->schema->name,
			   text_brief(name), names);
}

/* --columns=a,b,c: file columns (extra columns of the user's file included), in that order,
 * repeats allowed. */
static int parse_columns(struct outcome *o, const struct table *t, const char *list, int **cols, size_t *n)
{
	size_t max = 1;
	for (const char *p = list; *p; p++)
		max += *p == ',';
	char *copy = strdup(list);
	*cols = malloc(max * sizeof **cols);
	*n = 0;
	if (!copy || !*cols) {
		free(copy);
		return out_of_memory(o);
	}
	int status = 0;
	for (char *name = copy, *end; status == 0 && name; name = end) {
		end = strchr(name, ',');
		if (end)
			*end++ = '\0';
		int c = *name ? table_find_column(t, name) : -1;
		if (!*name)
			status = usage_error(o, "--columns=%s: an empty column name", list);
		else if (c < 0)
			status = unknown_column(o, t, name);
		else
			(*cols)[(*n)++] = c;
	}
	free(copy);
	return status;
}

static unsigned flags_of(const struct export_request *req)
{
	return (req->force ? EXPORT_FORCE : 0u) | (req->safe_cells ? EXPORT_SAFE_CELLS : 0u);
}

static int write_stdout(struct outcome *o, const struct view *v, const int *cols, size_t ncols,
			unsigned flags)
{
	if (export_write_flags(v, cols, ncols, flags, stdout) && fflush(stdout) == 0)
		return OUTCOME_OK;
	/* The reader went away (mtcr ... | head) with SIGPIPE ignored: nothing to say. */
	if (errno == EPIPE)
		return OUTCOME_FAILED;
	return outcome_fail(o, OUTCOME_FAILED, false, "standard output: %s", strerror(errno));
}

static int write_view(struct outcome *o, const struct view *v, const int *cols, size_t ncols,
		      const struct export_request *req)
{
	const char *output = req->output;
	if (!output || strcmp(output, "-") == 0)
		return write_stdout(o, v, cols, ncols, flags_of(req));
	if (!*output)
		return usage_error(o, "--output needs a file name (or - for standard output)");
	char err[1024];
	const char *data = dataset_data_file(v->ds, output);
	if (data)
		return outcome_fail(o, OUTCOME_FAILED, false,
				    "%s: not written: it is %s.csv of the data being read",
				    text_brief(output), data);
	if (export_to_path_flags(v, cols, ncols, output, flags_of(req), err, sizeof err) < 0) {
		o->signal = export_interrupted(); /* the caller ends by it, once it has said why */
		return outcome_fail(o, OUTCOME_FAILED, false, "%s", err);
	}
	return OUTCOME_OK;
}

/* Reads len bytes from fd before the deadline: 1 when read, 0 at an early end or an error,
 * -1 when the deadline passed. */
static int read_by(int fd, void *buf, size_t len, double deadline)
{
	char *p = buf;
	while (len) {
		double left = deadline - monotime();
		if (left <= 0)
			return -1;
		struct pollfd pf = {fd, POLLIN, 0};
		int n = poll(&pf, 1, left > 1 ? 1000 : (int)(left * 1000) + 1);
		if (n < 0 && errno != EINTR)
			return 0;
		if (n <= 0)
			continue;
		ssize_t got = read(fd, p, len);
		if (got <= 0 && !(got < 0 && errno == EINTR))
			return 0;
		if (got > 0) {
			p += got;
			len -= (size_t)got;
		}
	}
	return 1;
}

/* The child's side: the rows of the refreshed view, after their count; a count of
 * SIZE_MAX says memory ran out. */
static _Noreturn void send_rows(struct view *v, int fd)
{
	size_t n = view_refresh(v) ? v->nrows : SIZE_MAX;
	bool ok = write(fd, &n, sizeof n) == (ssize_t)sizeof n;
	const char *p = (const char *)v->rows;
	for (size_t len = n == SIZE_MAX ? 0 : n * sizeof *v->rows; ok && len;) {
		ssize_t w = write(fd, p, len);
		ok = w > 0;
		p += ok ? w : 0;
		len -= ok ? (size_t)w : 0;
	}
	_exit(ok ? 0 : 1);
}

/* view_refresh within budget seconds, in a child process that is killed when they pass:
 * a regex can take minutes on a long field, and regexec cannot be interrupted. One child
 * for the whole scan (the browser's guard forks one per long field, which on a file of
 * many long fields cost more than the scan). 1: done; 0: no memory; -1: out of time. */
static int refresh_in_child(struct view *v, double budget)
{
	int fds[2];
	pid_t pid = matcher_fork(fds);
	if (pid < 0)
		return view_refresh(v);
	if (pid == 0)
		send_rows(v, fds[1]);
	double deadline = monotime() + budget;
	size_t n = 0;
	int r = read_by(fds[0], &n, sizeof n, deadline);
	if (r == 1 && (n == SIZE_MAX || n > v->nrecords))
		r = 0;
	if (r == 1)
		r = read_by(fds[0], v->rows, n * sizeof *v->rows, deadline);
	close(fds[0]);
	if (r != 1)
		kill(pid, SIGKILL);
	while (waitpid(pid, NULL, 0) < 0 && errno == EINTR)
		;
	v->nrows = r == 1 ? n : 0;
	v->cursor = v->top = 0;
	v->rebuild = false;
	return r;
}

/* Filters, sorts and links v; a regex filter within req->filter_budget seconds (past them
 * nothing is written). Plain text is matched in one pass over each field, so its scan
 * has no budget and no child: it is most filters, and the fork would only cost. */
static int refresh(struct outcome *o, struct view *v, const struct export_request *req)
{
	const struct matcher *m = &v->filter;
	bool regex = v->has_filter && m->compiled && !m->fast && !m->literal;
	int r = regex && req->filter_budget > 0 ? refresh_in_child(v, req->filter_budget)
						: view_refresh(v);
	if (r < 0)
		return outcome_fail(o, OUTCOME_FAILED, true, "--filter=%s: stopped after %g s "
				    "and wrote nothing: the pattern takes too long on these fields. "
				    "Try a simpler one (plain text, or no nested repeat such as "
				    "(x+)+), or MTCR_FILTER_BUDGET=0 for no limit",
				    text_brief(req->filter), req->filter_budget);
	return r ? 0 : out_of_memory(o);
}

static int build_view(struct outcome *o, struct view *v, const struct export_request *req)
{
	if (!view_set_filter(v, req->filter))
		return out_of_memory(o);
	if (v->has_filter && v->filter.literal)
		snprintf(o->note, sizeof o->note, "note: --filter=%s is not an extended regular "
			 "expression; matching it as plain text", text_brief(req->filter));
	int status = apply_link(o, v, req);
	if (status == 0 && req->sort)
		status = parse_sort(o, v, req->sort);
	if (status == 0)
		status = refresh(o, v, req);
	return status;
}

/* --export=meeting_concerns: the links with what each meeting said about each concern,
 * meetings by date (a concern's history when --concern names it). The rows are made into a
 * table of their own, so that --columns, -o and the CSV are those of every other export. */
static const char *const link_cols[] = {"meeting", "start", "city", "concern", "note", "sources"};

/* The meetings in date order, or only those that raised concern c (DS_NONE: all). */
static bool links_meetings(const struct dataset *ds, size_t c, struct idxlist *out)
{
	if (c != DS_NONE)
		return dataset_concern_history(ds, c, out);
	for (size_t m = 0; m < ds->nmeetings; m++)
		if (!idxlist_push(out, m))
			return false;
	return dataset_sort_by_start(ds, out);
}

static bool keep_link_row(struct table *t, const struct dataset *ds, size_t m, size_t c)
{
	const struct link_note *n = dataset_link_note(ds, m, c);
	const char *f[] = {meeting_field(ds, m, MC_ID), meeting_field(ds, m, MC_START),
			   meeting_field(ds, m, MC_CITY), concern_field(ds, c, CN_ID),
			   n ? n->note : "", n ? n->sources : ""};
	size_t lens[sizeof f / sizeof *f];
	for (size_t i = 0; i < sizeof f / sizeof *f; i++)
		lens[i] = strlen(f[i]);
	struct csvread_row row = {0, sizeof f / sizeof *f, (char **)f, lens, false};
	return table_keep(t, &row);
}

static int link_rows(struct outcome *o, const struct dataset *ds, size_t only_m, size_t only_c, struct table *t)
{
	struct idxlist ms = {0};
	bool ok = links_meetings(ds, only_c, &ms);
	for (uint32_t k = 0; ok && k < ms.n; k++) {
		uint32_t m = ms.v[k];
		if (only_m != DS_NONE && m != only_m)
			continue;
		const struct idxlist *cs = &ds->meetings[m].concerns;
		for (uint32_t j = 0; ok && j < cs->n; j++)
			if (only_c == DS_NONE || cs->v[j] == only_c)
				ok = keep_link_row(t, ds, m, cs->v[j]);
	}
	idxlist_free(&ms);
	return ok ? 0 : out_of_memory(o);
}

static int export_links(struct outcome *o, const struct dataset *ds,
			const struct export_request *req)
{
	if (req->filter || req->sort || req->member)
		return usage_error(o, "--export=meeting_concerns takes --concern, --meeting, --columns "
				   "and -o; not --%s", req->filter ? "filter" : req->sort ? "sort"
									: "member");
	size_t m = DS_NONE, c = DS_NONE;
	const struct link_option opts[] = {
		{"meeting", req->meeting, "id,start,city", TBL_MEETINGS, dataset_meeting},
		{"concern", req->concern, "id,name", TBL_CONCERNS, dataset_concern},
	};
	size_t *found[] = {&m, &c};
	for (size_t i = 0; i < 2; i++)
		if (opts[i].value && (*found[i] = opts[i].find(ds, opts[i].value)) == DS_NONE)
			return unknown_key(o, ds, &opts[i]);
	struct dataset links = *ds; /* the same record, with the links as a kept table */
	struct table *t = &links.tables[TBL_MEETING_CONCERNS];
	int status = table_init_columns(t, dataset_schema(TBL_MEETING_CONCERNS), link_cols,
					sizeof link_cols / sizeof *link_cols)
			     ? link_rows(o, ds, m, c, t)
			     : out_of_memory(o);
	struct view v = {.ds = &links, .table = TBL_MEETING_CONCERNS, .link_rec = DS_NONE,
			 .sort_col = -1, .nrecords = t->nrows};
	int *cols = NULL;
	size_t ncols = 0;
	if (status == 0 && !(v.rows = malloc((t->nrows ? t->nrows : 1) * sizeof *v.rows)))
		status = out_of_memory(o);
	for (size_t r = 0; status == 0 && r < t->nrows; r++)
		v.rows[v.nrows++] = r;
	if (status == 0 && req->columns)
		status = parse_columns(o, t, req->columns, &cols, &ncols);
	if (status == 0)
		status = write_view(o, &v, cols, ncols, req);
	free(cols);
	free(v.rows);
	table_free(t);
	return status;
}

enum outcome_kind export_run(const struct dataset *ds, const struct export_request *req,
			     struct outcome *o)
{
	enum table_id t;
	if (strcmp(req->table, "meeting_concerns") == 0)
		return export_links(o, ds, req);
	if (!view_table_from_name(req->table, &t))
		return usage_error(o, "--export=%s: no such table; choose meetings, members, "
				   "concerns or meeting_concerns", req->table);
	struct view v;
	int *cols = NULL;
	size_t ncols = 0;
	int status = view_init(&v, ds, t) ? 0 : out_of_memory(o);
	if (status == 0)
		status = build_view(o, &v, req);
	if (status == 0 && req->columns)
		status = parse_columns(o, &ds->tables[t], req->columns, &cols, &ncols);
	if (status == 0)
		status = write_view(o, &v, cols, ncols, req);
	free(cols);
	view_free(&v);
	return status;
}

static int find_record(struct outcome *o, const struct dataset *ds, const struct export_request *req,
		       struct start_state *st)
{
	const struct link_option opts[] = {
		{"meeting", req->meeting, "id,start,city", TBL_MEETINGS, dataset_meeting},
		{"member", req->member, "code,name", TBL_MEMBERS, dataset_member},
		{"concern", req->concern, "id,name", TBL_CONCERNS, dataset_concern},
	};
	for (size_t i = 0; i < sizeof opts / sizeof *opts; i++) {
		if (!opts[i].value)
			continue;
		st->rec_table = opts[i].table;
		st->rec = opts[i].find(ds, opts[i].value);
		if (st->rec == DS_NONE)
			return unknown_key(o, ds, &opts[i]);
	}
	return 0;
}

enum outcome_kind export_start_state(const struct dataset *ds, const struct export_request *req,
				     const char *pane, struct start_state *st, struct outcome *o)
{
	*st = (struct start_state){.pane = TBL_MEETINGS, .narrowed = TBL_MEETINGS, .sort_col = -1,
				   .rec = DS_NONE, .filter = req->filter};
	if (pane && !view_table_from_name(pane, &st->narrowed))
		return usage_error(o, "--pane=%s: no such pane; choose meetings, members or concerns",
				   pane);
	int status = find_record(o, ds, req, st);
	if (status)
		return status;
	st->pane = st->rec != DS_NONE ? st->rec_table : st->narrowed;
	if (!pane)
		st->narrowed = st->pane;
	st->link_only = st->rec != DS_NONE && st->narrowed != st->pane;
	if (req->sort) {
		struct view v = {.ds = ds, .table = st->narrowed};
		status = parse_sort(o, &v, req->sort);
		st->sort_col = v.sort_col;
		st->sort_desc = v.sort_desc;
	}
	return status;
}
