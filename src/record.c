/* Laying out a record: its fields in file order, then its links. Fields are wrapped here
 * rather than by the drawing code so that the record view can move a cursor over lines
 * and know which of them lead somewhere. */
#include "record.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "columns.h"
#include "dataset_struct.h"
#include "links.h"
#include "text.h"

static void push(struct record *r, struct rline l)
{
	if (r->failed)
		return;
	if (r->n == r->cap) {
		size_t cap = r->cap ? r->cap * 2 : 64;
		struct rline *nl = realloc(r->lines, cap * sizeof *nl);
		if (!nl) {
			r->failed = true;
			return;
		}
		r->lines = nl;
		r->cap = cap;
	}
	r->lines[r->n++] = l;
}

/* Text made up for a line lives in the record's arena. */
static const char *keep(struct record *r, const char *s)
{
	const char *k = arena_strndup(&r->arena, s, strlen(s));
	if (!k)
		r->failed = true;
	return k ? k : "";
}

static void add_wrapped(struct record *r, const char *label, const char *s, size_t n)
{
	int cols = r->width - r->label_width;
	size_t pos = 0;
	do {
		size_t next, len = text_wrap(s + pos, n - pos, cols, &next);
		push(r, (struct rline){.kind = RL_FIELD, .label = label, .text = s + pos, .len = len,
				       .value = s, .vlen = n});
		label = NULL;
		pos += next;
	} while (pos < n);
}

/* Sources are addresses separated by blanks: one per line, never wrapped, so that each
 * can be selected, clicked and copied whole (the drawing cuts one wider than the screen
 * with an ellipsis; y still copies all of it). */
static void add_sources(struct record *r, const char *label, const char *s)
{
	while (*s) {
		size_t skip = strspn(s, " \t\n"), len = strcspn(s + skip, " \t\n");
		if (len)
			push(r, (struct rline){.kind = RL_FIELD, .label = label, .text = s + skip,
					       .len = len, .value = s + skip, .vlen = len,
					       .source = true});
		label = NULL;
		s += skip + len;
	}
}

const char *record_kind_name(enum table_id t)
{
	return table_info(t)->kind;
}

static void describe_meeting(const struct dataset *ds, size_t m, char *buf, size_t n)
{
	const char *city = meeting_field(ds, m, MC_CITY);
	const char *where = *city ? city : meeting_field(ds, m, MC_HOST);
	if (ds->meetings[m].kind == KIND_RPOC)
		snprintf(buf, n, "RPOC, %s, %s", where, meeting_field(ds, m, MC_START));
	else
		snprintf(buf, n, "Plenary %s, %s, %s", meeting_field(ds, m, MC_NUMBER), where,
			 meeting_field(ds, m, MC_START));
}

static void describe_member(const struct dataset *ds, size_t p, char *buf, size_t n)
{
	snprintf(buf, n, "%s %s", member_field(ds, p, MB_CODE), member_field(ds, p, MB_NAME));
}

static void describe_concern(const struct dataset *ds, size_t c, char *buf, size_t n)
{
	snprintf(buf, n, "%s (%s)", concern_field(ds, c, CN_NAME), concern_field(ds, c, CN_CATEGORY));
}

/* One line for a record of each table, read from a table rather than tested table by
 * table (as columns.c and links.c). */
void record_describe(const struct dataset *ds, enum table_id t, size_t rec, char *buf, size_t n)
{
	static void (*const describe[])(const struct dataset *, size_t, char *, size_t) = {
		[TBL_MEETINGS] = describe_meeting, [TBL_MEMBERS] = describe_member,
		[TBL_CONCERNS] = describe_concern};
	describe[t <= TBL_CONCERNS ? t : TBL_CONCERNS](ds, rec, buf, n);
}

/* A field's value with what the reader would otherwise look up: the host's name, and
 * where a member was welcomed. */
static const char *annotated(struct record *r, const struct dataset *ds, int col,
			     const char *value)
{
	char buf[1024];
	const struct table *tb = &ds->tables[r->table];
	enum column_show show = SHOW_VALUE;
	for (int c = 0; c < tb->schema->ncolumns; c++)
		if (tb->col[c] == col)
			show = column_info(r->table, c)->show;
	if (show == SHOW_MEMBER_NAME && ds->meetings[r->rec].host != DS_NONE) {
		snprintf(buf, sizeof buf, "%s (%s)", value,
			 member_field(ds, ds->meetings[r->rec].host, MB_NAME));
		return keep(r, buf);
	}
	struct idxlist welcomed = show == SHOW_WELCOMED ? dataset_derived(ds, DL_WELCOMED_AT, r->rec)
							: (struct idxlist){0};
	if (welcomed.n > 0) {
		char what[512];
		describe_meeting(ds, welcomed.v[0], what, sizeof what);
		snprintf(buf, sizeof buf, "%s (welcomed at %s)", value, what);
		return keep(r, buf);
	}
	return value;
}

static void add_fields(struct record *r, const struct dataset *ds)
{
	const struct table *tb = &ds->tables[r->table];
	for (size_t c = 0; c < tb->ncols; c++) {
		const char *label = tb->colnames[c], *value = table_field(tb, r->rec, c);
		if (!*value)
			continue; /* an empty field says nothing; the file shows every column */
		if (strcmp(label, "sources") == 0) {
			add_sources(r, label, value);
			continue;
		}
		value = annotated(r, ds, (int)c, value);
		add_wrapped(r, label, value, strlen(value));
	}
}

static void add_heading(struct record *r, const char *title, size_t count)
{
	char buf[128];
	snprintf(buf, sizeof buf, "%s (%zu)", title, count);
	push(r, (struct rline){.kind = RL_BLANK, .text = ""});
	const char *t = keep(r, buf);
	push(r, (struct rline){.kind = RL_HEADING, .text = t, .len = strlen(t)});
}

static void add_item(struct record *r, const struct dataset *ds, enum table_id t, size_t rec,
		     enum view_mark mark)
{
	char buf[1024];
	record_describe(ds, t, rec, buf, sizeof buf);
	const char *s = keep(r, buf);
	push(r, (struct rline){.kind = RL_ITEM, .text = s, .len = strlen(s), .table = t, .rec = rec,
			       .mark = mark});
}

/* A section of linked records; members listed in new_members are marked as new. */
static void add_section(struct record *r, const struct dataset *ds, const char *title,
			enum table_id t, const struct idxlist *l, const struct idxlist *new_members)
{
	if (!l->n)
		return;
	add_heading(r, title, l->n);
	for (size_t i = 0; i < l->n; i++)
		add_item(r, ds, t, l->v[i],
			 new_members && idxlist_has(new_members, l->v[i]) ? MARK_NEW : MARK_NONE);
}

/* A concern's history: the meetings that raised it, by date, each followed by what it said
 * about the concern (the link's note) and where that comes from when it is not the
 * meeting's own statement. */
static void add_history(struct record *r, const struct dataset *ds, const char *title)
{
	struct idxlist l = {0};
	if (!dataset_concern_history(ds, r->rec, &l)) {
		r->failed = true;
		idxlist_free(&l);
		return;
	}
	if (l.n)
		add_heading(r, title, l.n);
	for (uint32_t k = 0; k < l.n; k++) {
		add_item(r, ds, TBL_MEETINGS, l.v[k], MARK_NONE);
		const struct link_note *n = dataset_link_note(ds, l.v[k], r->rec);
		if (n && *n->note)
			add_wrapped(r, NULL, n->note, strlen(n->note));
		for (const char *s = n ? n->sources : ""; *s;) {
			size_t skip = strspn(s, " \t\n"), len = strcspn(s + skip, " \t\n");
			if (len) {
				/* "source: " only where it leaves the address on one line */
				char buf[1024];
				snprintf(buf, sizeof buf, "source: %.*s", (int)(len < 1000 ? len : 1000),
					 s + skip);
				bool fits = text_width(buf) <= r->width - r->label_width;
				const char *t = fits ? keep(r, buf) : s + skip;
				/* Never wrapped, as the record's own sources: y copies the address. */
				push(r, (struct rline){.kind = RL_FIELD, .text = t,
						       .len = fits ? strlen(t) : len, .value = s + skip,
						       .vlen = len, .source = true});
			}
			s += skip + len;
		}
	}
	idxlist_free(&l);
}

/* The sections of the relations from the record's table (links.c), in the table's order. */
static void add_links(struct record *r, const struct dataset *ds)
{
	struct idxlist tmp = {0}, newtmp = {0};
	for (int i = 0; i < REL_COUNT; i++) {
		const struct link_rel *rel = &link_rels[i];
		if (rel->from != r->table || !rel->title)
			continue;
		if (rel->history) {
			add_history(r, ds, rel->title);
			continue;
		}
		const struct idxlist *l = rel->get(rel, ds, r->rec, &tmp), *marked = NULL;
		if (l && rel->record_new >= 0)
			marked = link_rels[rel->record_new].get(&link_rels[rel->record_new], ds, r->rec,
								  &newtmp);
		if (!l || (rel->record_new >= 0 && !marked))
			r->failed = true;
		if (l)
			add_section(r, ds, rel->title, rel->to, l, marked);
	}
	idxlist_free(&tmp);
	idxlist_free(&newtmp);
}

static int label_width(const struct table *tb, int width)
{
	int w = 0;
	for (size_t c = 0; c < tb->ncols; c++) {
		int cw = text_width(tb->colnames[c]);
		w = cw > w ? cw : w;
	}
	w += 2;
	return w > width / 3 ? width / 3 : w;
}

void record_free(struct record *r)
{
	free(r->lines);
	arena_free(&r->arena);
	*r = (struct record){.rec = DS_NONE};
}

bool record_build(struct record *r, const struct dataset *ds, enum table_id t, size_t rec,
		  int width)
{
	record_free(r);
	r->table = t;
	r->rec = rec;
	r->width = width < 2 ? 2 : width;
	if (rec == DS_NONE)
		return true;
	r->label_width = label_width(&ds->tables[t], r->width);
	add_fields(r, ds);
	add_links(r, ds);
	return !r->failed;
}

size_t record_find(const struct record *r, enum table_id t, size_t rec)
{
	for (size_t i = 0; i < r->n; i++)
		if (r->lines[i].kind == RL_ITEM && r->lines[i].table == t && r->lines[i].rec == rec)
			return i;
	return DS_NONE;
}

/* True when line a continues the field that line l is part of: its text lies further on
 * in the same value, so one search from l's text also covers a's. */
static bool same_field(const struct rline *a, const struct rline *l)
{
	return a->kind == RL_FIELD && l->value && a->value == l->value && a->text >= l->text &&
	       a->text <= l->value + l->vlen;
}

/* An item's or a heading's text, matched alone (it stops at len, and a name is short). */
static bool line_matches(const struct rline *l, const struct matcher *m)
{
	char buf[1024];
	size_t off, len, n = l->len < sizeof buf - 1 ? l->len : sizeof buf - 1;
	memcpy(buf, l->text, n);
	buf[n] = '\0';
	return matcher_find(m, buf, &off, &len);
}

size_t record_first_match(const struct record *r, const struct matcher *m)
{
	return record_next_match(r, m, 0, false);
}

size_t record_next_match(const struct record *r, const struct matcher *m, size_t from, bool items)
{
	size_t off, len;
	for (size_t i = from; m && i < r->n; i++) {
		const struct rline *l = &r->lines[i];
		if (l->kind != RL_FIELD) {
			if (items && (l->kind == RL_ITEM || l->kind == RL_HEADING) && line_matches(l, m))
				return i;
			continue;
		}
		/* A line is part of its field: its text runs on to the field's end, so one search
		 * covers this line and the rest of the field; a search per line would make a long
		 * field's thousand lines cost a million times a line (issue 19's 10^5 x's). */
		if (!matcher_find(m, l->text, &off, &len)) {
			while (i + 1 < r->n && same_field(&r->lines[i + 1], l))
				i++;
			continue;
		}
		const char *hit = l->text + off;
		size_t j = i;
		while (j + 1 < r->n && same_field(&r->lines[j + 1], l) &&
		       hit >= r->lines[j].text + r->lines[j].len)
			j++;
		if (hit >= r->lines[j].text && hit < r->lines[j].text + r->lines[j].len)
			return j;
		/* the hit is in the space a wrap left out before line j (search again from j's
		 * own text), or past the field's last line (go on to the next line), as a search
		 * per line would */
		i = hit < r->lines[j].text ? j - 1 : j;
	}
	return DS_NONE;
}

/* The text around a match, on one line: a field's newlines become spaces, and the cut
 * falls between characters. */
static void context(const char *s, size_t off, size_t len, char *buf, size_t n)
{
	size_t from = off > 24 ? off - 24 : 0, to = off + len + 48;
	while (from > 0 && ((unsigned char)s[from] & 0xc0) == 0x80)
		from--;
	size_t i = 0;
	if (from > 0 && i + 3 < n)
		memcpy(buf + i, "...", 3), i += 3;
	for (size_t k = from; k < to && s[k] && i + 4 < n; k++)
		buf[i++] = s[k] == '\n' || s[k] == '\r' || s[k] == '\t' ? ' ' : s[k];
	while (i > 0 && ((unsigned char)buf[i - 1] & 0xc0) == 0x80) /* a cut character */
		i--;
	if (i > 0 && ((unsigned char)buf[i - 1] & 0xc0) == 0xc0)
		i--;
	buf[i] = '\0';
}

static void add_hits(struct record *r, const struct dataset *ds, enum table_id t,
		     const char *pattern, size_t max)
{
	static const char *const names[] = {"Meetings", "Members", "Concerns"};
	struct view v = {.ds = ds, .table = t};
	struct matcher m;
	if (!view_matcher_init(ds, t, &m, pattern)) {
		r->failed = true;
		return;
	}
	const struct table *tb = &ds->tables[t];
	size_t nrec = tb->nrows, found = 0, heading = r->n;
	push(r, (struct rline){.kind = RL_BLANK, .text = ""});
	push(r, (struct rline){.kind = RL_HEADING, .text = "", .len = 0});
	for (size_t rec = 0; rec < nrec && !r->failed; rec++) {
		int col = view_match_column(&v, &m, rec);
		if (col < 0 || ++found > max)
			continue;
		char name[512], ctx[160] = "", line[800];
		size_t off = 0, len = 0;
		const char *field = table_field(tb, rec, (size_t)col);
		if (matcher_find(&m, field, &off, &len))
			context(field, off, len, ctx, sizeof ctx);
		else
			snprintf(ctx, sizeof ctx, "%s", view_cell_text(&v, rec, MC_NUMBER));
		record_describe(ds, t, rec, name, sizeof name);
		snprintf(line, sizeof line, "%s  %s: %s", name, tb->colnames[col], ctx);
		const char *k = keep(r, line);
		push(r, (struct rline){.kind = RL_ITEM, .text = k, .len = strlen(k), .table = t,
				       .rec = rec});
	}
	char h[128];
	if (found > max)
		snprintf(h, sizeof h, "%s (%zu, the first %zu listed)", names[t], found, max);
	else
		snprintf(h, sizeof h, "%s (%zu)", names[t], found);
	const char *k = keep(r, h);
	if (!r->failed && heading + 1 < r->n) {
		r->lines[heading + 1].text = k;
		r->lines[heading + 1].len = strlen(k);
	}
	matcher_free(&m);
}

bool record_build_results(struct record *r, const struct dataset *ds, const char *pattern,
			  int width, size_t max)
{
	record_free(r);
	r->table = RECORD_RESULTS;
	r->rec = 0;
	r->width = width < 2 ? 2 : width;
	for (int t = TBL_MEETINGS; t <= TBL_CONCERNS; t++)
		add_hits(r, ds, (enum table_id)t, pattern, max);
	return !r->failed;
}
