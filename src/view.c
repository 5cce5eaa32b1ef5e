/* Views over one table: columns, filter, rows, cursor. Links live in view_link.c and
 * ordering in view_sort.c. */
#include "view.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "columns.h"
#include "dataset_struct.h"
#include "monotime.h"
#include "prefault.h"
#include "rowsig.h"
#include "scroller.h"
#include "threads.h"
#include "view_internal.h"

const int *view_columns(enum table_id t, size_t *n)
{
	const struct table_info *ti = table_info(t);
	*n = ti->nshown;
	return ti->shown;
}

const char *view_column_name(enum table_id t, int c)
{
	return dataset_schema(t)->columns[c];
}

bool view_table_from_name(const char *name, enum table_id *t)
{
	for (int i = TBL_MEETINGS; i <= TBL_CONCERNS; i++)
		if (strcmp(name, dataset_schema(i)->name) == 0) {
			*t = (enum table_id)i;
			return true;
		}
	return false;
}

bool view_init(struct view *v, const struct dataset *ds, enum table_id t)
{
	*v = (struct view){.ds = ds, .table = t, .link_rec = DS_NONE, .sort_col = -1,
			   .rebuild = true, .hit_shift = SIZE_MAX, .sig_key = -1};
	v->nrecords = dataset_count(ds, t);
	v->rows = calloc(v->nrecords ? v->nrecords : 1, sizeof *v->rows);
	v->mark = calloc(v->nrecords ? v->nrecords : 1, 1);
	if (!v->rows || !v->mark)
		return false;
	return view_refresh(v);
}

void view_free(struct view *v)
{
	if (v->has_filter)
		matcher_free(&v->filter);
	free(v->rows);
	free(v->mark);
	free(v->marked);
	free(v->hit);
	free(v->end);
	free(v->sig);
	*v = (struct view){0};
}

void view_set_typed(struct view *v)
{
	v->typed = true;
}

/* Whether every text matching `next` also matches `prev`: true for plain words when next
 * contains prev and is no less case-sensitive (typing one more letter at the & prompt). */
static bool narrows(const struct matcher *prev, const struct matcher *next)
{
	return prev->fast && next->fast && prev->col == next->col &&
	       strstr(next->needle, prev->needle) && (prev->icase || !next->icase);
}

bool view_set_filter(struct view *v, const char *text)
{
	struct matcher next;
	if (text && *text && !view_matcher_init(v->ds, v->table, &next, text))
		return false;
	bool had = v->has_filter;
	/* Without a filter every row was shown, so any new filter narrows. */
	bool narrower = text && *text && (!had || narrows(&v->filter, &next));
	if (!narrower)
		v->rebuild = true;
	/* A hit of the new word at p holds the old one at p + shift: a row's rescan can
	 * start at its old hit less the shift (see filter_part). */
	v->hit_shift = narrower && had && v->hits
			       ? (size_t)(strstr(next.needle, v->filter.needle) - next.needle)
			       : SIZE_MAX;
	v->hits = false;
	/* A plain filter over all text notes each row's first hit, end and signature for
	 * the next letter, from the first filter typed on (the second of any other view):
	 * one filter, as an export's, needs no room for it. */
	if ((had || v->typed) && text && *text && next.fast && next.col < 0 && !v->hit) {
		size_t n = v->nrecords ? v->nrecords : 1;
		v->hit = malloc(n * sizeof *v->hit);
		v->end = malloc(n * sizeof *v->end);
		v->sig = malloc(n * sizeof *v->sig);
		if (!v->hit || !v->end || !v->sig) {
			free(v->hit);
			free(v->end);
			free(v->sig);
			v->hit = NULL;
			v->end = NULL;
			v->sig = NULL;
		} else {
			/* The first letter's pass writes all three through (prefault.h). */
			prefault(v->hit, n * sizeof *v->hit);
			prefault(v->end, n * sizeof *v->end);
			prefault(v->sig, n * sizeof *v->sig);
		}
	}
	if (had)
		matcher_free(&v->filter);
	v->has_filter = text && *text;
	if (v->has_filter)
		v->filter = next;
	return true;
}

/* An RPOC meeting has no ordinal; the pane shows its kind there (SHOW_KIND), and search
 * finds it. */
const char *view_cell_text(const struct view *v, size_t rec, int col)
{
	const char *s = table_cell(&v->ds->tables[v->table], rec, col);
	if (!*s && column_info(v->table, col)->show == SHOW_KIND &&
	    v->ds->meetings[rec].kind == KIND_RPOC)
		return "RPOC";
	return s;
}

/* Whether any member's name matches, and whether "RPOC" does: most words match neither,
 * and then a million meetings need not look their hosts or their numbers up. */
static bool names_checked(const struct dataset *ds, enum table_id t, struct matcher *m, bool ok)
{
	size_t off, len;
	if (ok && table_info(t)->kind_col >= 0)
		m->rpoc = matcher_find(m, "RPOC", &off, &len);
	if (!ok || table_info(t)->name_col < 0)
		return ok;
	m->names = false;
	for (size_t i = 0; i < ds->nmembers && !m->names; i++)
		m->names = matcher_find(m, member_field(ds, i, MB_NAME), &off, &len);
	return ok;
}

bool view_matcher_init(const struct dataset *ds, enum table_id t, struct matcher *m,
		       const char *text)
{
	size_t n = strspn(text, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_");
	if (n > 0 && n < 64 && text[n] == ':') {
		char name[64];
		memcpy(name, text, n);
		name[n] = '\0';
		int col = table_find_column(&ds->tables[t], name);
		if (col >= 0)
			return names_checked(ds, t, m, matcher_init_scoped(m, text, n + 1, col));
	}
	return names_checked(ds, t, m, matcher_init(m, text));
}

/* The shown "RPOC" of a meeting without a number is searched as if it were the field. */
static bool rpoc_matches(const struct view *v, const struct matcher *m, size_t rec, int col)
{
	size_t off, len;
	const struct table *tb = &v->ds->tables[v->table];
	int kc = table_info(v->table)->kind_col;
	return m->rpoc && kc >= 0 && (col < 0 || col == tb->col[kc]) &&
	       !table_cell(tb, rec, kc)[0] && v->ds->meetings[rec].kind == KIND_RPOC &&
	       matcher_find(m, "RPOC", &off, &len);
}

/* A linked name that is cheap to look at: a meeting's host is a code in the file, and
 * /korea should find the Plenaries Korea hosted, as the record view shows the name. */
static bool host_name_matches(const struct view *v, const struct matcher *m, size_t rec)
{
	size_t off, len, host;
	const struct table *tb = &v->ds->tables[v->table];
	int nc = table_info(v->table)->name_col;
	if (!m->names || nc < 0 || (m->col >= 0 && m->col != tb->col[nc]))
		return false;
	host = v->ds->meetings[rec].host;
	return host != DS_NONE && matcher_find(m, member_field(v->ds, host, MB_NAME), &off, &len);
}

/* The column of a row whose text holds a hit at byte `hit` (of a plain word, which holds
 * no NUL): fields lie in file order with only NULs between them (table.h), so it is the
 * last one starting at or before the hit. */
static int field_of_hit(const struct table *tb, size_t rec, const char *s, size_t hit)
{
	int col = 0;
	for (size_t k = 1; k < tb->ncols; k++)
		col += (size_t)(table_field(tb, rec, k) - s) <= hit;
	return col;
}

/* Where row rec's last field starts in its text s (fields lie in file order, and the last
 * one ends the row). */
static size_t last_field_at(const struct table *tb, size_t rec, const char *s)
{
	return tb->ncols ? (size_t)(table_field(tb, rec, tb->ncols - 1) - s) : 0;
}

/* A plain word over all of a row's text: the fields lie one after another with only NULs
 * between them (table.h), and one pass finds the word. The pass starts at byte `from` (a
 * narrowing filter knows the word cannot start earlier); *at gets the hit's place. The
 * last field is searched apart, and its length found only then: a row's last bytes are
 * not read when a hit comes before them (the scan waits on memory more than on
 * comparing), unless *end is asked for (not NULL): it gets where the text ends. */
static int find_in_row(const struct table *tb, const struct matcher *m, size_t rec, size_t from,
		       const char **at, const char **end)
{
	const char *s = table_field(tb, rec, 0);
	size_t last = last_field_at(tb, rec, s);
	size_t stop = end ? last + strlen(s + last) : 0;
	if (end)
		*end = s + stop;
	if (from < last) {
		size_t hit = from + matcher_find_in(m, s + from, last - from);
		if (hit < last || !m->plen) {
			*at = s + hit;
			return field_of_hit(tb, rec, s, hit);
		}
	}
	from = from > last ? from : last;
	if (!end)
		stop = last + strlen(s + last);
	if (from > stop)
		return -1;
	size_t hit = from + matcher_find_in(m, s + from, stop - from);
	if (hit >= stop && m->plen)
		return -1;
	*at = s + hit;
	return tb->ncols ? (int)tb->ncols - 1 : 0;
}

/* view_match_column, with a plain word's search starting at byte `from` of the row's text
 * (0: all of it), and *at set to where the hit is in the text, NULL when there is none;
 * unless end is NULL, *end gets where a plain word's search over all text found the row's
 * text to end. */
static int match_column(const struct view *v, const struct matcher *m, size_t rec, size_t from,
			const char **at, const char **end)
{
	const struct table *tb = &v->ds->tables[v->table];
	size_t off, len;
	int col = -1;
	*at = NULL;
	if (m->col >= 0) {
		if ((size_t)m->col < tb->ncols && matcher_find(m, table_field(tb, rec, (size_t)m->col), &off, &len))
			col = m->col;
	} else if (m->fast) {
		col = find_in_row(tb, m, rec, from, at, end);
	} else {
		for (size_t k = 0; k < tb->ncols && col < 0; k++)
			if (matcher_find(m, table_field(tb, rec, k), &off, &len))
				col = (int)k;
	}
	if (col < 0 && rpoc_matches(v, m, rec, m->col))
		col = tb->col[table_info(v->table)->kind_col];
	if (col < 0 && host_name_matches(v, m, rec))
		col = tb->col[table_info(v->table)->name_col];
	return col;
}

int view_match_column(const struct view *v, const struct matcher *m, size_t rec)
{
	const char *at;
	return match_column(v, m, rec, 0, &at, NULL);
}

bool view_record_matches(const struct view *v, const struct matcher *m, size_t rec)
{
	return view_match_column(v, m, rec) >= 0;
}

size_t view_count_matches(const struct dataset *ds, enum table_id t, const char *text)
{
	struct view v = {.ds = ds, .table = t};
	struct matcher m;
	size_t n = 0;
	if (!view_matcher_init(ds, t, &m, text))
		return 0;
	v.nrecords = dataset_count(ds, t);
	for (size_t rec = 0; rec < v.nrecords; rec++)
		n += view_record_matches(&v, &m, rec);
	matcher_free(&m);
	return n;
}

/* Whether record rec is shown; a plain filter's search starts at byte `from` of its text,
 * *at gets where the hit is (NULL when it has none), and *end where the text ends (unless
 * end is NULL; see match_column). */
static bool visible(const struct view *v, size_t rec, size_t from, const char **at,
		    const char **end)
{
	*at = NULL;
	if (v->link_only && v->link_rec != DS_NONE && v->mark[rec] == MARK_NONE)
		return false;
	return !v->has_filter || match_column(v, &v->filter, rec, from, at, end) >= 0;
}

/* A large table is filtered on two threads, each over half of the candidates: a keystroke's
 * scan is bound by memory and by calls per field, and the halves are independent (the
 * view, the data and the matcher are only read). */
enum { PARALLEL_MIN = 1 << 16 };

struct filter_part {
	const struct view *v;
	size_t *rows;  /* where the kept ones go, packed; also the candidates unless all */
	size_t n;      /* candidates */
	bool all;      /* the candidates are the records first .. first + n - 1 */
	size_t first;
	int key;       /* >= 0: the pass (from no hits) notes signatures for this byte */
	size_t kept;
	bool late;     /* the pass ran out of time to note them all */
};

/* Whether the row's signature (rowsig.h) shows that the filter is not in its text, when
 * nothing but text can match (no name, no "RPOC"). */
static bool sig_rules_out(const struct view *v, size_t rec)
{
	return v->sig_need && !v->filter.names && !v->filter.rpoc &&
	       !rowsig_may_hold(v->sig[rec], v->sig_need);
}

/* The pass of a filter's first letter (a plain one over all text) when it also notes each
 * row's signature for that letter: the row is read to its end (visible() stops at the
 * first hit), and its first hit and end are noted as filter_part does. */
static bool visible_noting_sig(const struct view *v, size_t rec, unsigned char key)
{
	const struct table *tb = &v->ds->tables[v->table];
	const struct matcher *m = &v->filter;
	const char *s = table_field(tb, rec, 0);
	size_t last = last_field_at(tb, rec, s), n = last + strlen(s + last), first;
	v->sig[rec] = rowsig_build(s, n, key, &first);
	/* The key's first place is the letter's first hit but where the letter is a capital
	 * (matched exactly) or the key also stands for a byte that is no letter. */
	if (first < n && !matcher_at(m, s + first))
		first += 1 + matcher_find_in(m, s + first + 1, n - first - 1);
	v->hit[rec] = first < n ? s + first : NULL;
	v->end[rec] = s + n;
	return first < n || rpoc_matches(v, m, rec, -1) || host_name_matches(v, m, rec);
}

/* Whether a narrowing filter keeps record rec. A hit of the new word at p holds the old
 * one at p + shift, inside the same field, so p is no less than the old first hit less the
 * shift: the search starts there. When the new word only adds letters at the end (shift
 * 0, as when typing), a row whose old hit also starts the new word is kept at one compare;
 * otherwise the word is looked for from there to the row's end, which hit[] and end[]
 * tell without a look at the row's record (the rows' text holds nothing but fields and
 * NULs, so a hit is a hit): the scan is bound by memory, and a record is 64 bytes more
 * to wait for at each row. A row shown for a name or "RPOC" has no hit to start from.
 * Before all that, a row whose signature lacks a pair the word needs is out, unread. */
static bool still_visible(const struct view *v, size_t rec, size_t shift, bool by_text)
{
	const char *h = v->hit[rec];
	if (sig_rules_out(v, rec)) {
		v->hit[rec] = NULL;
		return false;
	}
	if (h && shift == 0) {
		if (matcher_at(&v->filter, h))
			return true;
		if (by_text) {
			size_t n = (size_t)(v->end[rec] - h) - 1;
			size_t at = matcher_find_in(&v->filter, h + 1, n);
			v->hit[rec] = at < n ? h + 1 + at : NULL;
			return at < n;
		}
	}
	size_t from = 0;
	if (h) {
		size_t off = (size_t)(h - table_field(&v->ds->tables[v->table], rec, 0));
		from = off >= shift ? off - shift : 0;
	}
	return visible(v, rec, from, &v->hit[rec], NULL);
}

/* Noting signatures reads every row to its end, where the first letter's pass would stop at
 * its first hit: at 10^6 meetings, noting every row, the first letter after the load took
 * 70-158 ms (51-94 without; it may take 150). Past this budget the pass notes the rest as
 * unknown (ROWSIG_ANY: they are read in full when the third letter comes, and noted the
 * next time that letter is typed) and goes on as it would have without signatures. */
double view_sig_budget = 0.05;
enum { SIG_LATE = -2, SIG_CLOCK_ROWS = 4096 };

/* Asks for the cache lines of text[..end) (at least the first). */
static void prefetch_text(const char *text, const char *end)
{
	for (const char *l = text; l < end; l += 64)
		__builtin_prefetch(l);
}

static void *filter_part(void *vp)
{
	struct filter_part *p = vp;
	const struct view *v = p->v;
	const struct table *tb = &v->ds->tables[v->table];
	size_t out = 0, shift = p->all ? SIZE_MAX : v->hit_shift;
	bool keep_hits = v->has_filter && v->filter.fast && v->filter.col < 0 && v->hit;
	int key = shift == SIZE_MAX ? p->key : -1;
	double late = key >= 0 ? monotime() + view_sig_budget : 0;
	/* Only text can match (no name, no "RPOC"): a row without a hit from here on is out. */
	bool by_text = shift == 0 && !v->filter.names && !v->filter.rpoc;
	for (size_t i = 0; i < p->n; i++) {
		size_t rec = p->all ? p->first + i : p->rows[i];
		if (key >= 0 && i % SIG_CLOCK_ROWS == 0 && monotime() >= late) {
			key = SIG_LATE;
			p->late = true;
		}
		/* Rows still shown after a few letters lie apart: fetch a row's record (or its
		 * hit and end), then its text where the scan starts, ahead of the scan (it waits
		 * on memory, not on comparing). */
		if (i + 16 < p->n) {
			size_t ahead = p->all ? rec + 16 : p->rows[i + 16];
			if (!by_text)
				__builtin_prefetch(tb->rows + ahead * tb->stride);
			if (shift != SIZE_MAX)
				__builtin_prefetch(v->hit + ahead);
			if (by_text)
				__builtin_prefetch(v->end + ahead);
			if (v->sig_need)
				__builtin_prefetch(v->sig + ahead);
		}
		/* A row whose signature rules it out is not read at all. Those it lets
		 * through hold the word (they are read to the hit) or share its pairs by
		 * chance (read to the end): either way most of the text after the hit. */
		if (i + 8 < p->n) {
			size_t ahead = p->all ? rec + 8 : p->rows[i + 8];
			const char *h = shift != SIZE_MAX ? v->hit[ahead] : NULL;
			if (!h)
				__builtin_prefetch(table_field(tb, ahead, 0));
			else if (!sig_rules_out(v, ahead))
				prefetch_text(h, by_text && v->sig_need ? v->end[ahead] : h + 1);
		}
		bool keep;
		if (shift != SIZE_MAX) {
			keep = still_visible(v, rec, shift, by_text);
		} else if (key >= 0 && (key != v->sig_key || v->sig[rec] == ROWSIG_ANY)) {
			keep = visible_noting_sig(v, rec, (unsigned char)key);
		} else if (sig_rules_out(v, rec)) {
			keep = false;
			if (keep_hits)
				v->hit[rec] = NULL;
		} else {
			const char *at, *end;
			if (key == SIG_LATE && p->key != v->sig_key)
				v->sig[rec] = ROWSIG_ANY;
			keep = visible(v, rec, 0, &at, keep_hits ? &end : NULL);
			if (keep && keep_hits) {
				v->hit[rec] = at;
				v->end[rec] = end;
			}
		}
		if (keep)
			p->rows[out++] = rec;
	}
	p->kept = out;
	return NULL;
}

/* Keeps the visible ones of n candidates, in order: every record (all), or the shown rows
 * (their order is already right). Returns whether noting signatures ran out of time. */
static bool filter_rows(struct view *v, bool all, size_t n, int key)
{
	struct filter_part a = {v, v->rows, n, all, 0, key, 0, false}, b = a;
	pthread_t thread;
	bool two = false;
	if (n >= PARALLEL_MIN && threads_on(THREAD_FILTER)) {
		a.n = n / 2;
		b = (struct filter_part){v, v->rows + n / 2, n - n / 2, all, n / 2, key, 0, false};
		two = pthread_create(&thread, NULL, filter_part, &b) == 0;
		if (!two)
			a.n = n;
	}
	filter_part(&a);
	v->nrows = a.kept;
	if (two) {
		pthread_join(thread, NULL);
		memmove(v->rows + a.kept, b.rows, b.kept * sizeof *v->rows);
		v->nrows += b.kept;
	}
	return a.late || (two && b.late);
}

/* What the filter needs of a row's signature (0: nothing, or no signatures). Not when an
 * eighth of the records or fewer are left to look at: those lie apart, their tails are
 * few, and a signature would be one more cache line to wait for at each ("auck" to
 * "auckland" at 10^6 meetings: 2.8-3.5 ms a letter with, 2.0-2.4 without). */
static uint64_t sig_need(const struct view *v)
{
	const struct matcher *m = &v->filter;
	return v->sig && v->sig_key >= 0 && v->has_filter && m->fast && m->col < 0 &&
		       (v->rebuild ? v->nrecords : v->nrows) > v->nrecords / 8
		       ? rowsig_need(m->needle, m->plen, (unsigned char)v->sig_key)
		       : 0;
}

/* The byte the pass over every row should note signatures for, or -1: a typed view's
 * first letter (a plain filter of one byte over all text), unless every row's is noted for
 * it already (a pass that ran out of time left some unknown: this one notes those). Not
 * while the view shows only linked rows: that pass skips the others. */
static int sig_key_to_note(const struct view *v)
{
	const struct matcher *m = &v->filter;
	if (!v->sig || !v->has_filter || !m->fast || m->col >= 0 || m->plen != 1 ||
	    (v->link_only && v->link_rec != DS_NONE))
		return -1;
	int key = rowsig_key(m->needle[0]);
	return key == v->sig_key && !v->sig_partial ? -1 : key;
}

bool view_refresh(struct view *v)
{
	size_t keep = view_current(v);
	/* Signatures are noted in a pass over every record that starts from no hits: the
	 * first letter after no filter (every row shown), or after a rebuild. */
	bool every = v->rebuild || (v->nrows == v->nrecords && v->hit_shift == SIZE_MAX);
	int key = every ? sig_key_to_note(v) : -1;
	v->sig_need = key < 0 ? sig_need(v) : 0;
	bool late = filter_rows(v, v->rebuild, v->rebuild ? v->nrecords : v->nrows, key);
	if (key >= 0) {
		v->sig_key = key;
		v->sig_partial = late;
	}
	if (v->rebuild && !view_sort_rows(v))
		return false;
	v->rebuild = false;
	v->hits = v->has_filter && v->filter.fast && v->filter.col < 0 && v->hit;
	v->hit_shift = SIZE_MAX;
	size_t row = keep == DS_NONE ? DS_NONE : view_find_row(v, keep);
	v->cursor = row == DS_NONE ? 0 : row;
	if (v->top > v->cursor)
		v->top = v->cursor;
	return true;
}

enum view_mark view_mark(const struct view *v, size_t rec)
{
	return v->link_rec == DS_NONE ? MARK_NONE : (enum view_mark)v->mark[rec];
}

size_t view_find_row(const struct view *v, size_t rec)
{
	for (size_t i = 0; i < v->nrows; i++)
		if (v->rows[i] == rec)
			return i;
	return DS_NONE;
}

size_t view_current(const struct view *v)
{
	return v->cursor < v->nrows ? v->rows[v->cursor] : DS_NONE;
}

size_t view_search(const struct view *v, const struct matcher *m, size_t from, int dir,
		   bool *wrapped)
{
	*wrapped = false;
	if (!v->nrows)
		return DS_NONE;
	size_t row = from < v->nrows ? from : 0;
	for (size_t step = 1; step <= v->nrows; step++) {
		size_t next = dir > 0 ? (row + step) % v->nrows : (row + v->nrows - step % v->nrows) % v->nrows;
		if (view_record_matches(v, m, v->rows[next])) {
			*wrapped = dir > 0 ? next <= row : next >= row;
			return next;
		}
	}
	return DS_NONE;
}

/* A list's cursor and scrolling are the scroller's (scroller.c), as on every screen of the
 * browser: the bounds are written once. */
static struct scroller view_scroller(const struct view *v, size_t height)
{
	return (struct scroller){.cursor = v->cursor, .top = v->top, .count = v->nrows,
				 .page = height};
}

void view_set_cursor(struct view *v, size_t row, size_t height)
{
	struct scroller s = view_scroller(v, height);
	scroller_set(&s, row);
	v->cursor = s.cursor;
	v->top = s.top;
}

void view_move(struct view *v, long delta, size_t height)
{
	struct scroller s = view_scroller(v, height);
	scroller_move(&s, delta);
	v->cursor = s.cursor;
	v->top = s.top;
}
