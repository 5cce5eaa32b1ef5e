/* The links between records: the two link files, the links derived from meeting rows (host,
 * chair), and the Partners at a meeting's date. */
#include <stdalign.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "columns.h"
#include "dataset_internal.h"
#include "links.h"
#include "text.h"

/* The links of a file already seen, for telling a repeated one: a meeting's list is
 * searched while it is short (nearly always: a meeting raises a few concerns). A longer
 * one gets a set of its own, so that a meeting with 10^6 links costs 10^6 lookups, not
 * 10^12 compares: a hash set of the records' indexes (8 bytes a link) until a bit for
 * each record of the table linked to takes less room, then those bits (one meeting
 * raising 10^6 of 10^6 concerns: 125 KB, where a set of (meeting, concern) pairs for
 * all meetings took 16-24 MB). */
enum { SCAN_MAX = 32 };

struct seen {
	uint32_t *slots;     /* index + 1; 0 is an empty slot. NULL once bits are used */
	unsigned char *bits; /* a bit per record of the table linked to */
	size_t n, cap;
};

struct seen_sets {
	uint32_t *of;       /* by meeting: 1 + the index of its set, or 0; made on first need */
	struct seen *sets;
	size_t n, cap;
	size_t nmeetings, ntargets;
};

static size_t seen_slot(const struct seen *s, uint32_t key)
{
	size_t i = (size_t)(key * 0x9e3779b9u) & (s->cap - 1);
	while (s->slots[i] && s->slots[i] != key)
		i = (i + 1) & (s->cap - 1);
	return i;
}

/* Makes room for one more: the set twice as large, or the bits when they are smaller. */
static bool seen_grow(struct seen *s, size_t ntargets)
{
	size_t cap = s->cap ? 2 * s->cap : 2 * (size_t)SCAN_MAX, nbytes = ntargets / 8 + 1;
	if (cap * sizeof *s->slots >= nbytes) {
		unsigned char *bits = calloc(nbytes, 1);
		if (!bits)
			return false;
		for (size_t k = 0; k < s->cap; k++)
			if (s->slots[k])
				bits[(s->slots[k] - 1) / 8] |= (unsigned char)(1u << (s->slots[k] - 1) % 8);
		free(s->slots);
		*s = (struct seen){NULL, bits, s->n, 0};
		return true;
	}
	struct seen g = {calloc(cap, sizeof *g.slots), NULL, s->n, cap};
	if (!g.slots)
		return false;
	for (size_t k = 0; k < s->cap; k++)
		if (s->slots[k])
			g.slots[seen_slot(&g, s->slots[k])] = s->slots[k];
	free(s->slots);
	*s = g;
	return true;
}

/* Adds record i; returns false when out of memory. *had: it was there already. */
static bool seen_add(struct seen *s, size_t ntargets, uint32_t i, bool *had)
{
	if (!s->bits && 2 * (s->n + 1) > s->cap && !seen_grow(s, ntargets))
		return false;
	if (s->bits) {
		unsigned char bit = (unsigned char)(1u << i % 8);
		*had = s->bits[i / 8] & bit;
		s->bits[i / 8] |= bit;
	} else {
		size_t k = seen_slot(s, i + 1);
		*had = s->slots[k] != 0;
		s->slots[k] = i + 1;
	}
	s->n += !*had;
	return true;
}

/* Meeting m's set, made (holding its list l) when it has none. */
static struct seen *seen_of(struct seen_sets *ss, size_t m, const struct idxlist *l)
{
	if (!ss->of && !(ss->of = calloc(ss->nmeetings, sizeof *ss->of)))
		return NULL;
	if (ss->of[m])
		return &ss->sets[ss->of[m] - 1];
	if (ss->n == ss->cap) {
		size_t cap = ss->cap ? 2 * ss->cap : 8;
		struct seen *grown = realloc(ss->sets, cap * sizeof *grown);
		if (!grown)
			return NULL;
		ss->sets = grown;
		ss->cap = cap;
	}
	struct seen *s = &ss->sets[ss->n];
	*s = (struct seen){NULL, NULL, 0, 0};
	ss->of[m] = (uint32_t)++ss->n;
	bool had;
	for (uint32_t k = 0; k < l->n; k++)
		if (!seen_add(s, ss->ntargets, l->v[k], &had))
			return NULL;
	return s;
}

static void seen_free(struct seen_sets *ss)
{
	for (size_t k = 0; k < ss->n; k++) {
		free(ss->sets[k].slots);
		free(ss->sets[k].bits);
	}
	free(ss->sets);
	free(ss->of);
	*ss = (struct seen_sets){.nmeetings = ss->nmeetings};
}

/* Whether i is in meeting m's list l already. Returns false when out of memory. */
static bool link_seen(struct seen_sets *ss, const struct idxlist *l, size_t m, size_t i,
		      bool *seen)
{
	*seen = false;
	if (l->n < SCAN_MAX) {
		*seen = idxlist_has(l, i);
		return true;
	}
	struct seen *s = seen_of(ss, m, l);
	return s && seen_add(s, ss->ntargets, (uint32_t)i, seen);
}

/* What a link row callback needs: the dataset, where problems go, and which tables could
 * be read (references into an unreadable table are not reported twice). */
struct link_ctx {
	struct dataset *ds;
	struct diags *diags;
	const bool *usable;
	const struct link_rel *rel; /* what the file's rows give */
	/* Link files usually list a meeting's links together, and the meetings in the order
	 * of meetings.csv: trying the last meeting found, then the one as far after it as it
	 * was after the one before (the next, or every other one when only some meetings have
	 * such links, as new members), saves most hash lookups (a cache miss each on a large
	 * record). Only when every meeting has its own id: a repeated id must resolve to its
	 * first row, as the map does. */
	bool predict;
	size_t last_meeting;
	size_t step; /* how far the last meeting found was after the one before: 1 to
		      * STEP_MAX, or 0 (no guess) */
	struct seen_sets long_lists; /* the links of the meetings with SCAN_MAX or more */
};

enum { STEP_MAX = 4 };

/* Makes i the last meeting found, and starts fetching the id of the one the next rows will
 * likely name (it lies in the 200 MB of meetings.csv's text: a miss each). */
static size_t found_meeting(struct link_ctx *x, size_t i)
{
	size_t last = x->last_meeting;
	x->step = last != DS_NONE && i > last && i - last <= STEP_MAX ? i - last : 0;
	x->last_meeting = i;
#if defined(__GNUC__)
	size_t ahead = i + (x->step ? x->step : 1);
	if (ahead < x->ds->nmeetings)
		__builtin_prefetch(x->ds->meetings[ahead].id);
#endif
	return i;
}

/* Whether two ids are the same: inline, as ids are a few bytes and a call to strcmp for
 * each of 5 * 10^6 link rows took 0.1 s. */
static inline bool same_id(const char *a, const char *b)
{
	while (*a && *a == *b)
		a++, b++;
	return *a == *b;
}

/* The meeting with this id, trying the last one found and (when the last two found were
 * near each other) the one as far after it first. */
static size_t find_meeting(struct link_ctx *x, const char *id)
{
	const struct dataset *ds = x->ds;
	size_t last = x->last_meeting;
	if (x->predict && last != DS_NONE) {
		if (same_id(ds->meetings[last].id, id))
			return last;
		if (x->step && last + x->step < ds->nmeetings &&
		    same_id(ds->meetings[last + x->step].id, id))
			return found_meeting(x, last + x->step);
	}
	size_t i = dataset_meeting(ds, id);
	return i == DS_NONE ? i : found_meeting(x, i);
}

/* End col of a link row as an index; reported when it was not found and its table could
 * be read. */
static size_t resolved(struct link_ctx *x, const struct table *t, unsigned long line, int col,
		       const char *value, enum table_id target, size_t index)
{
	if (index != DS_NONE)
		return index;
	if (x->usable[target])
		diags_add(x->diags, t->path, t->rank, line, "%s '%s' is not %s in %s.csv",
			  t->schema->columns[col], text_brief(value), table_info(target)->key,
			  dataset_schema(target)->name);
	return DS_NONE;
}

/* A field of an optional column: "" when the file has no such column (or col is -1). */
static const char *optional_field(const struct table *t, char *const *f, int col)
{
	return col < 0 || t->col[col] < 0 ? "" : f[t->col[col]];
}

/* Keeps the note and sources of link m,c when it has either: copied, since the row's text
 * lives only for the call. A sources field must hold an address, as in the other files. */
static bool keep_link_note(struct link_ctx *x, const struct table *t, char *const *f,
			   unsigned long line, size_t m, size_t c)
{
	struct dataset *ds = x->ds;
	const struct link_file *lf = x->rel->file;
	const char *note = optional_field(t, f, lf->note_col);
	const char *src = optional_field(t, f, lf->sources_col);
	if (*src && !dataset_has_address(src))
		diags_add(x->diags, t->path, t->rank, line, "%s", "sources has no http(s) address");
	if (!*note && !*src)
		return true;
	if (ds->nnotes == ds->notes_cap) {
		size_t cap = ds->notes_cap ? ds->notes_cap * 2 : 64;
		struct link_note *grown = cap < SIZE_MAX / sizeof *grown
						  ? realloc(ds->notes, cap * sizeof *grown)
						  : NULL;
		if (!grown)
			return false;
		ds->notes = grown;
		ds->notes_cap = cap;
	}
	char *n = arena_strndup(&ds->pool.arena, note, strlen(note));
	char *so = arena_strndup(&ds->pool.arena, src, strlen(src));
	if (!n || !so)
		return false;
	ds->notes[ds->nnotes++] = (struct link_note){(uint32_t)m, (uint32_t)c, n, so};
	ds->nnoted += *note != '\0';
	return true;
}

/* A row of a link file (x->rel->file says which columns hold what): both ends resolved,
 * the role checked, the link added to the from record's list unless it is there, and
 * what it says kept. */
static bool link_row(void *vx, const struct table *t, char *const *f, unsigned long line)
{
	struct link_ctx *x = vx;
	struct dataset *ds = x->ds;
	const struct link_rel *r = x->rel;
	const struct link_file *lf = r->file;
	const char *from = f[t->col[lf->from_col]], *to = f[t->col[lf->to_col]];
	size_t m = resolved(x, t, line, lf->from_col, from, r->from, find_meeting(x, from));
	size_t i = resolved(x, t, line, lf->to_col, to, r->to, link_find(ds, r->to, to));
	if (lf->role && strcmp(f[t->col[lf->role_col]], lf->role) != 0) {
		diags_add(x->diags, t->path, t->rank, line, "%s '%s' is not one of: %s",
			  t->schema->columns[lf->role_col], text_brief(f[t->col[lf->role_col]]),
			  lf->role);
		return true;
	}
	if (m == DS_NONE || i == DS_NONE)
		return true;
	struct idxlist *l = link_list(ds, r, m);
	bool seen;
	if (!link_seen(&x->long_lists, l, m, i, &seen))
		return false;
	if (seen) {
		diags_add(x->diags, t->path, t->rank, line, "link %s,%s appears twice", text_brief(from),
			  text_brief(to));
		return true;
	}
	(*(size_t *)((char *)ds + lf->count_at))++;
	return idxlist_push_pooled(l, i, &ds->pool) &&
	       (lf->note_col < 0 || keep_link_note(x, t, f, line, m, i));
}

/* The other side of each link is derived from the meetings once they are complete: for
 * each relation from a meeting whose inverse is derived (links.c: the meetings a concern
 * was raised at, those a member was welcomed at, hosted or chaired), its "side" here.
 * Pushing it link by link cost a cache miss per link into one of thousands of growing
 * lists (a tenth of the load of a large record); counting first and then filling slices
 * of one block walks the meetings twice, in order. Every list is in meetings.csv order.
 * The counts become the fill positions and then the ends that dataset_derived reads: one
 * array of 32-bit entries, not lists in the records (at 10^6 concerns those took 16 MB
 * more, and 10^4 members' records are most of a megabyte where their counts are 40 KB):
 * at 10^6 meetings counting takes 20 ms and filling 150-180 ms, its writes scattered over
 * 30 MB. */
struct sides {
	const struct link_rel *rel[REL_COUNT]; /* from a meeting; its inverse is derived */
	size_t nrec[REL_COUNT];                /* records of rel's to table */
	int n;
};

/* The meetings, walked twice: counting into at[], then writing each into its place in the
 * block. Two threads, each walking half of the meetings, bought 2-13% of a load at 10^5
 * and 10^6 meetings (median 7.5%, bench/threads on an idle machine, issue 14), under the
 * 10% a thread must buy, so this walk is one thread's. */
struct walk {
	struct dataset *ds;
	const struct sides *sides;
	uint32_t *at[REL_COUNT]; /* the counts, then places, of each side (see add_meeting) */
	uint32_t *block;         /* NULL while counting */
	struct idxlist tmp;      /* for a relation worked out by its get (a meeting's host) */
	bool failed;             /* out of memory */
};

/* Counts (or, when the block is there, writes) meeting m in the lists of the records it
 * links to; at[s][i] is record i's count on side s, then where it fills. */
static void add_meeting(struct walk *w, uint32_t m)
{
	const char *mt = (const char *)&w->ds->meetings[m];
	for (int s = 0; s < w->sides->n; s++) {
		const struct link_rel *r = w->sides->rel[s];
		const struct idxlist *l = r->list ? (const struct idxlist *)(mt + r->list)
						  : r->get(r, w->ds, m, &w->tmp);
		if (!l) {
			w->failed = true;
			continue;
		}
		uint32_t *at = w->at[s];
		for (uint32_t k = 0; k < l->n; k++) {
			uint32_t i = l->v[k];
			if (w->block)
				w->block[at[i]] = m;
			at[i]++;
		}
	}
}

static void walk_meetings(struct walk *w)
{
	for (size_t m = 0; m < w->ds->nmeetings; m++)
		add_meeting(w, (uint32_t)m);
}

static bool invert(struct dataset *ds)
{
	struct sides sd = {.n = 0};
	size_t nall = 0;
	for (int k = 0; k < REL_COUNT; k++) {
		const struct link_rel *r = &link_rels[k];
		if (r->from == TBL_MEETINGS && r->inverse >= 0 && link_rels[r->inverse].derived >= 0) {
			sd.rel[sd.n] = r;
			nall += sd.nrec[sd.n++] = dataset_count(ds, r->to);
		}
	}
	/* a 0, then each list's count; then where it starts filling; then where it ends */
	uint32_t *counts = calloc(nall + 1, sizeof *counts);
	if (!counts)
		return false;
	struct walk w = {ds, &sd, {counts + 1}, NULL, {0}, false};
	for (int s = 1; s < sd.n; s++)
		w.at[s] = w.at[s - 1] + sd.nrec[s - 1];
	walk_meetings(&w);
	/* One block for all sides: the counts become where each list starts filling. */
	size_t total = 0;
	for (size_t i = 1; i <= nall; i++) {
		size_t a = counts[i];
		counts[i] = (uint32_t)total;
		total += a;
		if (total > UINT32_MAX)
			break;
	}
	uint32_t *block = NULL;
	bool ok = !w.failed && total <= UINT32_MAX;
	if (ok && total &&
	    (block = arena_alloc_aligned(&ds->pool.arena, total * sizeof *block,
					 alignof(uint32_t)))) {
		w.block = block;
		walk_meetings(&w);
	}
	ok = ok && (total == 0 || block) && !w.failed;
	idxlist_free(&w.tmp);
	if (!ok) {
		free(counts);
		return false;
	}
	ds->derived_counts = counts, ds->derived_block = block;
	for (int s = 0; s < sd.n; s++)
		ds->derived_ends[link_rels[sd.rel[s]->inverse].derived] = w.at[s];
	return true;
}

bool dataset_stream_links(struct dataset *ds, const char *dir, bool usable[TBL_COUNT],
			  struct diags *diags)
{
	struct link_ctx x = {ds, diags, usable, NULL, ds->meeting_ids.n == ds->nmeetings, DS_NONE,
			     false, {.nmeetings = ds->nmeetings}};
	for (int k = 0; k < REL_COUNT; k++) {
		const struct link_rel *r = &link_rels[k];
		if (!r->file)
			continue;
		if (r->from != TBL_MEETINGS || !r->list) /* find_meeting; a list to add to */
			return false;
		x.rel = r;
		x.last_meeting = DS_NONE; /* found_meeting sets step again */
		x.long_lists.ntargets = dataset_count(ds, r->to);
		enum table_id file = r->file->table;
		usable[file] = table_stream(&ds->tables[file], dataset_schema(file), dir, (int)file,
					    diags, link_row, &x);
		seen_free(&x.long_lists); /* another file's links are other lists */
	}
	return true;
}

static int cmp_note(const void *a, const void *b)
{
	const struct link_note *x = a, *y = b;
	if (x->meeting != y->meeting)
		return x->meeting < y->meeting ? -1 : 1;
	return (x->concern > y->concern) - (x->concern < y->concern);
}

const struct link_note *dataset_link_note(const struct dataset *ds, size_t m, size_t c)
{
	if (!ds->nnotes || m > UINT32_MAX || c > UINT32_MAX)
		return NULL;
	struct link_note key = {(uint32_t)m, (uint32_t)c, NULL, NULL};
	return bsearch(&key, ds->notes, ds->nnotes, sizeof key, cmp_note);
}

/* Meeting a before b: by start date, ties in file order. */
static bool starts_before(const struct dataset *ds, uint32_t a, uint32_t b)
{
	int c = pdate_cmp(&ds->meetings[a].start, &ds->meetings[b].start);
	return c < 0 || (c == 0 && a < b);
}

/* A bottom-up merge sort: O(n log n) whatever order the file has (an insertion sort took
 * quadratic time on a file out of date order), and stable without a global for qsort. */
bool dataset_sort_by_start(const struct dataset *ds, struct idxlist *l)
{
	if (l->n < 2)
		return true;
	uint32_t *tmp = malloc((size_t)l->n * sizeof *tmp), *from = l->v, *to = tmp;
	if (!tmp)
		return false;
	for (size_t width = 1; width < l->n; width *= 2) {
		for (size_t lo = 0; lo < l->n; lo += 2 * width) {
			size_t mid = lo + width < l->n ? lo + width : l->n;
			size_t hi = lo + 2 * width < l->n ? lo + 2 * width : l->n;
			size_t i = lo, j = mid, k = lo;
			while (i < mid && j < hi)
				to[k++] = starts_before(ds, from[j], from[i]) ? from[j++] : from[i++];
			while (i < mid)
				to[k++] = from[i++];
			while (j < hi)
				to[k++] = from[j++];
		}
		uint32_t *t = from;
		from = to;
		to = t;
	}
	if (from != l->v)
		memcpy(l->v, from, (size_t)l->n * sizeof *l->v);
	free(tmp);
	return true;
}

bool dataset_concern_history(const struct dataset *ds, size_t c, struct idxlist *out)
{
	struct idxlist l = dataset_derived(ds, DL_RAISED_AT, c);
	return idxlist_copy(out, &l) && dataset_sort_by_start(ds, out);
}

bool dataset_derive_links(struct dataset *ds, const bool usable[TBL_COUNT], struct diags *diags)
{
	if (!invert(ds))
		return false;
	/* A link given twice is reported and its second row dropped, so (meeting, concern)
	 * pairs are unique here. */
	if (ds->nnotes > 1)
		qsort(ds->notes, ds->nnotes, sizeof *ds->notes, cmp_note);
	if (usable[TBL_MEETING_CONCERNS] && usable[TBL_MEETINGS])
		for (size_t c = 0; c < ds->nconcerns; c++)
			if (dataset_derived(ds, DL_RAISED_AT, c).n == 0)
				dataset_problem(ds, TBL_CONCERNS, c, diags,
						"concern '%s' is raised by no meeting in meeting_concerns.csv",
						text_brief(concern_field(ds, c, CN_ID)));
	return true;
}

bool dataset_partner_at(const struct dataset *ds, size_t i, size_t m)
{
	const struct pdate *at = &ds->meetings[m].start;
	const struct member *p = &ds->members[i];
	return p->status == STATUS_PARTNER && !pdate_empty(&p->joined) && !pdate_empty(at) &&
	       pdate_cmp(&p->joined, at) <= 0;
}

bool dataset_partners_at(const struct dataset *ds, size_t m, struct idxlist *out)
{
	out->n = 0;
	for (size_t i = 0; i < ds->nmembers; i++)
		if (dataset_partner_at(ds, i, m) && !idxlist_push(out, i))
			return false;
	return true;
}

/* A scan of the meetings: a member's side has no index of its own, and a cursor move in
 * Members costs one pass (a few ms at a million meetings). */
bool dataset_member_plenaries(const struct dataset *ds, size_t p, struct idxlist *out)
{
	out->n = 0;
	struct idxlist welcomed = dataset_derived(ds, DL_WELCOMED_AT, p);
	for (size_t m = 0; m < ds->nmeetings; m++) {
		if (ds->meetings[m].kind != KIND_PLENARY)
			continue;
		if ((dataset_partner_at(ds, p, m) || idxlist_has(&welcomed, m)) &&
		    !idxlist_push(out, m))
			return false;
	}
	return true;
}
