/* Building typed records from the tables, and every check on a single value: ids, codes,
 * enumerations, numbers, dates and the references of a meeting row. */
#include <assert.h>
#include <ctype.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "columns.h"
#include "dataset_internal.h"
#include "text.h"

void dataset_problem(const struct dataset *ds, enum table_id t, size_t row, struct diags *diags,
		     const char *fmt, ...)
{
	const struct table *tb = &ds->tables[t];
	va_list ap;
	va_start(ap, fmt);
	diags_vadd(diags, tb->path, tb->rank, table_line(tb, row), fmt, ap);
	va_end(ap);
}

/* Index of value in names (NULL-terminated), or -1. */
static int parse_enum(const char *value, const char *const *names)
{
	for (int i = 0; names[i]; i++)
		if (strcmp(value, names[i]) == 0)
			return i;
	return -1;
}

/* A count: empty gives -1; otherwise only digits are accepted, nine at most. */
static bool parse_count(const char *s, long *out)
{
	*out = -1;
	if (!*s)
		return true;
	long v = 0;
	for (size_t n = 0; s[n]; n++) {
		if (n == 9 || !isdigit((unsigned char)s[n]))
			return false;
		v = v * 10 + (s[n] - '0');
	}
	*out = v;
	return true;
}

static struct strmap *id_map(struct dataset *ds, enum table_id t)
{
	return t == TBL_MEMBERS ? &ds->member_codes :
	       t == TBL_CONCERNS ? &ds->concern_ids : &ds->meeting_ids;
}

/* The column holding table t's ids (CHECK_ID or CHECK_CODE_ID). */
static int id_col(enum table_id t)
{
	int n = dataset_schema(t)->ncolumns;
	for (int c = 0; c < n; c++)
		if (column_info(t, c)->check == CHECK_ID || column_info(t, c)->check == CHECK_CODE_ID)
			return c;
	return 0;
}

/* An id map's key: the id cell of the row the map holds (ctx is the table). Ids are the
 * first schema column of each table they are in (id_col), so the map needs no more. */
static const char *row_id(const void *ctx, size_t row)
{
	return table_cell(ctx, row, 0);
}

void dataset_init_ids(struct dataset *ds)
{
	static const enum table_id with_ids[] = {TBL_MEETINGS, TBL_MEMBERS, TBL_CONCERNS};
	for (size_t k = 0; k < sizeof with_ids / sizeof *with_ids; k++) {
		enum table_id t = with_ids[k];
		assert(id_col(t) == 0);
		strmap_init(id_map(ds, t), row_id, &ds->tables[t]);
	}
}

bool dataset_register_id(struct dataset *ds, enum table_id t, size_t row, struct diags *diags)
{
	int c = id_col(t);
	const char *what = dataset_schema(t)->columns[c];
	const char *id = table_cell(&ds->tables[t], row, c);
	struct strmap *map = id_map(ds, t);
	bool dup;
	if (!*id) {
		dataset_problem(ds, t, row, diags, "%s is empty", what);
		return true;
	}
	if (!strmap_put(map, id, row, &dup))
		return false;
	if (dup) {
		size_t first;
		strmap_get(map, id, &first);
		dataset_problem(ds, t, row, diags, "duplicate %s '%s' (first on line %lu)", what,
				text_brief(id),
				table_line(&ds->tables[t], first));
	}
	return true;
}

bool dataset_has_address(const char *s)
{
	/* one pass: searching for "http://" and then "https://" read most fields twice */
	for (const char *p = s; (p = strstr(p, "http")) != NULL; p += 4)
		if (strncmp(p + 4, "://", 3) == 0 || strncmp(p + 4, "s://", 4) == 0)
			return true;
	return false;
}

static bool check_code(const char *c)
{
	return strlen(c) == 3 && isupper((unsigned char)c[0]) && isupper((unsigned char)c[1]) &&
	       isupper((unsigned char)c[2]);
}

/* What a checked value means, by its column's kind. */
union column_value {
	int choice;             /* CHECK_CHOICE: index in choices, -1 when not one of them */
	long count;             /* CHECK_COUNT, CHECK_ORDINAL: -1 when empty or invalid */
	struct pdate date;      /* CHECK_DATE */
	size_t member;          /* CHECK_MEMBER: index, or DS_NONE */
	struct idxlist members; /* CHECK_MEMBERS: the codes found, in the dataset's pool */
};

/* One row's problems go to diags with the row's table and line. */
struct row_ctx {
	struct dataset *ds;
	enum table_id t;
	size_t row;
	bool members_usable; /* member codes can be looked up */
	struct diags *diags;
};

#define PROBLEM(x, ...) dataset_problem((x)->ds, (x)->t, (x)->row, (x)->diags, __VA_ARGS__)

/* Resolves one member code; an unknown one is a problem when members.csv could be read. */
static size_t member_ref(const struct row_ctx *x, const char *col, const char *code)
{
	size_t m = dataset_member(x->ds, code);
	if (m == DS_NONE && x->members_usable)
		PROBLEM(x, "%s '%s' is not a member code in members.csv", col, text_brief(code));
	return m;
}

/* Member codes separated by ';', each trimmed of spaces, into out. */
static bool member_refs(const struct row_ctx *x, const char *col, const char *s,
			struct idxlist *out)
{
	while (*s) {
		size_t len = strcspn(s, ";");
		char code[64];
		size_t b = 0, e = len;
		while (b < e && s[b] == ' ')
			b++;
		while (e > b && s[e - 1] == ' ')
			e--;
		if (e - b >= sizeof code)
			e = b + sizeof code - 1;
		memcpy(code, s + b, e - b);
		code[e - b] = '\0';
		size_t m = member_ref(x, col, code);
		if (m != DS_NONE && !idxlist_push_pooled(out, m, &x->ds->pool))
			return false;
		s += len + (s[len] == ';');
	}
	return true;
}

/* "one of: a, b, c" */
static void choice_problem(const struct row_ctx *x, const char *col, const char *s,
			   const char *const *choices)
{
	char list[256];
	size_t n = 0;
	list[0] = '\0';
	for (int i = 0; choices[i] && n < sizeof list; i++)
		n += (size_t)snprintf(list + n, sizeof list - n, "%s%s", i ? ", " : "", choices[i]);
	PROBLEM(x, "%s '%s' is not one of: %s", col, text_brief(s), list);
}

/* Checks one value by its column's row in the column table and keeps what it means in v.
 * Returns false when memory runs out. */
static bool check_value(const struct row_ctx *x, const struct column_info *ci, const char *col,
			const char *s, union column_value *v)
{
	switch (ci->check) {
	case CHECK_TEXT:
	case CHECK_ID: /* registered when the row arrived: dataset_register_id */
		break;
	case CHECK_CODE_ID:
		if (*s && !check_code(s))
			PROBLEM(x, "%s '%s' is not an ISO 3166-1 alpha-3 code (three capital letters)",
				col, text_brief(s));
		break;
	case CHECK_CHOICE:
		v->choice = parse_enum(s, ci->choices);
		if (v->choice < 0)
			choice_problem(x, col, s, ci->choices);
		break;
	case CHECK_COUNT:
		if (!parse_count(s, &v->count))
			PROBLEM(x, "%s '%s' is not a whole number", col, text_brief(s));
		break;
	case CHECK_ORDINAL:
		if (!parse_count(s, &v->count) || v->count == 0)
			PROBLEM(x, "%s '%s' is not a whole number above 0", col, text_brief(s));
		break;
	case CHECK_DATE:
		if (!pdate_parse(s, &v->date)) {
			PROBLEM(x, "%s '%s' is not a valid date (YYYY, YYYY-MM or YYYY-MM-DD)", col,
				text_brief(s));
			return true; /* said: it is not "empty" too */
		}
		break;
	case CHECK_MEMBER:
		v->member = *s ? member_ref(x, col, s) : DS_NONE;
		break;
	case CHECK_MEMBERS:
		v->members = (struct idxlist){0};
		return member_refs(x, col, s, &v->members);
	case CHECK_SOURCES:
		if (!dataset_has_address(s))
			PROBLEM(x, "%s has no http(s) address", col);
		break;
	}
	if (ci->required && !*s)
		PROBLEM(x, "%s is empty%s", col, ci->empty_hint ? ci->empty_hint : "");
	return true;
}

/* Checks every column of a row, in the file's column order, by the column table. A column
 * with nothing to check (free text, not required: summaries, notes, names) costs no call:
 * a call per column was a tenth of a load's instructions. */
static bool check_row(const struct row_ctx *x, union column_value *v)
{
	const struct table_schema *sc = dataset_schema(x->t);
	const struct table *tb = &x->ds->tables[x->t];
	for (int c = 0; c < sc->ncolumns; c++) {
		const struct column_info *ci = column_info(x->t, c);
		if (ci->check == CHECK_TEXT && !ci->required)
			continue;
		if (!check_value(x, ci, sc->columns[c], table_cell(tb, x->row, c), &v[c]))
			return false;
	}
	return true;
}

bool dataset_build_members(struct dataset *ds, struct diags *diags)
{
	size_t n = ds->tables[TBL_MEMBERS].nrows;
	ds->members = calloc(n ? n : 1, sizeof *ds->members);
	if (!ds->members || !strmap_reserve(&ds->member_codes, n))
		return false;
	ds->nmembers = n;
	for (size_t i = 0; i < n; i++) {
		struct member *m = &ds->members[i];
		union column_value v[MB_COUNT] = {{0}};
		struct row_ctx x = {ds, TBL_MEMBERS, i, true, diags};
		m->code = member_field(ds, i, MB_CODE);
		if (!dataset_register_id(ds, TBL_MEMBERS, i, diags) || !check_row(&x, v))
			return false;
		m->status = v[MB_STATUS].choice < 0 ? STATUS_PARTNER :
			    (enum member_status)v[MB_STATUS].choice;
		m->joined = v[MB_JOINED].date;
	}
	return true;
}

bool dataset_build_concerns(struct dataset *ds, struct diags *diags)
{
	size_t n = ds->tables[TBL_CONCERNS].nrows;
	if (!strmap_reserve(&ds->concern_ids, n))
		return false;
	ds->nconcerns = n;
	for (size_t i = 0; i < n; i++) {
		union column_value v[CN_COUNT] = {{0}};
		struct row_ctx x = {ds, TBL_CONCERNS, i, true, diags};
		if (!dataset_register_id(ds, TBL_CONCERNS, i, diags) || !check_row(&x, v))
			return false;
	}
	return true;
}

/* What no single column says: a number is for Plenaries, an end comes after its start. */
static void check_meeting_rules(const struct row_ctx *x, const struct meeting *m)
{
	if (m->number > 0 && m->kind == KIND_RPOC)
		PROBLEM(x, "%s", "number is for Plenaries; an rpoc meeting has none");
	const char *start = meeting_field(x->ds, x->row, MC_START);
	const char *end = meeting_field(x->ds, x->row, MC_END);
	if (*start && !pdate_empty(&m->start) && !pdate_empty(&m->end) &&
	    pdate_cmp(&m->end, &m->start) < 0)
		PROBLEM(x, "end %s is before start %s", text_brief(end), text_brief(start));
}

bool dataset_register_meeting(struct dataset *ds, size_t row, struct diags *diags)
{
	return dataset_register_id(ds, TBL_MEETINGS, row, diags);
}

bool dataset_check_meeting(struct dataset *ds, size_t row, bool members_usable,
			   struct diags *diags)
{
	struct meeting *m = &ds->meetings[row];
	union column_value v[MC_COUNT] = {{0}};
	struct row_ctx x = {ds, TBL_MEETINGS, row, members_usable, diags};
	*m = (struct meeting){.id = meeting_field(ds, row, MC_ID), .host = DS_NONE};
	/* the chairs found before memory ran out are freed with the record */
	bool ok = check_row(&x, v);
	m->chairs = v[MC_CHAIR_COUNTRY].members;
	if (!ok)
		return false;
	m->kind = v[MC_KIND].choice < 0 ? KIND_PLENARY : (enum meeting_kind)v[MC_KIND].choice;
	m->number = v[MC_NUMBER].count > 0 ? (int)v[MC_NUMBER].count : 0;
	m->partners = v[MC_PARTNERS].count;
	m->start = v[MC_START].date;
	m->end = v[MC_END].date;
	m->host = v[MC_HOST].member;
	check_meeting_rules(&x, m);
	return true;
}
