/* Building typed records from the tables, and every check on a single value: ids, codes,
 * enumerations, numbers, dates and the references of a meeting row. */
#include <ctype.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "dataset_internal.h"
#include "text.h"

void dataset_problem(const struct dataset *ds, enum table_id t, size_t row, struct diags *diags,
		     const char *fmt, ...)
{
	const struct table *tb = &ds->tables[t];
	va_list ap;
	va_start(ap, fmt);
	diags_vadd(diags, tb->path, tb->rank, tb->lines[row], fmt, ap);
	va_end(ap);
}

/* Index of value in names, or -1. */
static int parse_enum(const char *value, const char *const *names, int n)
{
	for (int i = 0; i < n; i++)
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

/* Registers the id of row `row`; an empty or repeated id is a problem. */
static bool register_id(struct dataset *ds, enum table_id t, struct strmap *map, size_t row,
			const char *what, const char *id, struct diags *diags)
{
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
				(unsigned long)ds->tables[t].lines[first]);
	}
	return true;
}

static void check_date(struct dataset *ds, enum table_id t, size_t row, const char *col,
		       const char *s, struct pdate *d, struct diags *diags)
{
	if (!pdate_parse(s, d))
		dataset_problem(ds, t, row, diags,
				"%s '%s' is not a valid date (YYYY, YYYY-MM or YYYY-MM-DD)", col,
				text_brief(s));
}

bool dataset_has_address(const char *s)
{
	/* one pass: searching for "http://" and then "https://" read most fields twice */
	for (const char *p = s; (p = strstr(p, "http")) != NULL; p += 4)
		if (strncmp(p + 4, "://", 3) == 0 || strncmp(p + 4, "s://", 4) == 0)
			return true;
	return false;
}

static void check_sources(struct dataset *ds, enum table_id t, size_t row, const char *s,
			  struct diags *diags)
{
	if (dataset_has_address(s))
		return;
	dataset_problem(ds, t, row, diags, "%s", "sources has no http(s) address");
}

static const char *const status_names[] = {"partner", "adherent", "applicant"};

static bool check_code(const char *c)
{
	return strlen(c) == 3 && isupper((unsigned char)c[0]) && isupper((unsigned char)c[1]) &&
	       isupper((unsigned char)c[2]);
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
		m->code = member_field(ds, i, MB_CODE);
		if (!register_id(ds, TBL_MEMBERS, &ds->member_codes, i, "code", m->code, diags))
			return false;
		if (*m->code && !check_code(m->code))
			dataset_problem(ds, TBL_MEMBERS, i, diags,
					"code '%s' is not an ISO 3166-1 alpha-3 code (three capital letters)",
					text_brief(m->code));
		const char *st = member_field(ds, i, MB_STATUS);
		int s = parse_enum(st, status_names, 3);
		if (s < 0)
			dataset_problem(ds, TBL_MEMBERS, i, diags,
					"status '%s' is not one of: partner, adherent, applicant",
					text_brief(st));
		m->status = s < 0 ? STATUS_PARTNER : (enum member_status)s;
		check_date(ds, TBL_MEMBERS, i, "joined", member_field(ds, i, MB_JOINED), &m->joined, diags);
		if (!*member_field(ds, i, MB_NAME))
			dataset_problem(ds, TBL_MEMBERS, i, diags, "%s", "name is empty");
		check_sources(ds, TBL_MEMBERS, i, member_field(ds, i, MB_SOURCES), diags);
	}
	return true;
}

bool dataset_build_concerns(struct dataset *ds, struct diags *diags)
{
	size_t n = ds->tables[TBL_CONCERNS].nrows;
	ds->concerns = calloc(n ? n : 1, sizeof *ds->concerns);
	if (!ds->concerns || !strmap_reserve(&ds->concern_ids, n))
		return false;
	ds->nconcerns = n;
	for (size_t i = 0; i < n; i++) {
		ds->concerns[i].id = concern_field(ds, i, CN_ID);
		if (!register_id(ds, TBL_CONCERNS, &ds->concern_ids, i, "id", ds->concerns[i].id, diags))
			return false;
		if (!*concern_field(ds, i, CN_NAME))
			dataset_problem(ds, TBL_CONCERNS, i, diags, "%s", "name is empty");
	}
	return true;
}

/* Resolves one member code of a meeting row. */
static size_t meeting_ref(struct dataset *ds, size_t row, const char *col, const char *code,
			  bool check, struct diags *diags)
{
	size_t m = dataset_member(ds, code);
	if (m == DS_NONE && check)
		dataset_problem(ds, TBL_MEETINGS, row, diags,
				"%s '%s' is not a member code in members.csv", col,
				text_brief(code));
	return m;
}

/* chair_country holds member codes separated by ';' (joint chairs). */
static bool parse_chairs(struct dataset *ds, size_t row, bool check, struct diags *diags)
{
	const char *s = meeting_field(ds, row, MC_CHAIR_COUNTRY);
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
		size_t m = meeting_ref(ds, row, "chair_country", code, check, diags);
		if (m != DS_NONE && !idxlist_push_pooled(&ds->meetings[row].chairs, m, &ds->pool))
			return false;
		s += len + (s[len] == ';');
	}
	return true;
}

static void check_meeting_values(struct dataset *ds, size_t i, struct diags *diags)
{
	static const char *const kinds[] = {"plenary", "rpoc"};
	struct meeting *m = &ds->meetings[i];
	const char *kind = meeting_field(ds, i, MC_KIND);
	int k = parse_enum(kind, kinds, 2);
	if (k < 0)
		dataset_problem(ds, TBL_MEETINGS, i, diags, "kind '%s' is not one of: plenary, rpoc",
				text_brief(kind));
	m->kind = k < 0 ? KIND_PLENARY : (enum meeting_kind)k;
	long v;
	const char *num = meeting_field(ds, i, MC_NUMBER);
	if (!parse_count(num, &v) || v == 0)
		dataset_problem(ds, TBL_MEETINGS, i, diags, "number '%s' is not a whole number above 0",
				text_brief(num));
	else if (v > 0 && m->kind == KIND_RPOC)
		dataset_problem(ds, TBL_MEETINGS, i, diags, "%s", "number is for Plenaries; an rpoc meeting has none");
	m->number = v > 0 ? (int)v : 0;
	const char *p = meeting_field(ds, i, MC_PARTNERS);
	if (!parse_count(p, &m->partners))
		dataset_problem(ds, TBL_MEETINGS, i, diags, "partners '%s' is not a whole number",
				text_brief(p));
	const char *start = meeting_field(ds, i, MC_START), *end = meeting_field(ds, i, MC_END);
	check_date(ds, TBL_MEETINGS, i, "start", start, &m->start, diags);
	check_date(ds, TBL_MEETINGS, i, "end", end, &m->end, diags);
	/* An invalid start was reported as such by check_date: it is not "empty" too. */
	if (!*start)
		dataset_problem(ds, TBL_MEETINGS, i, diags, "%s", "start is empty (give at least the year)");
	else if (!pdate_empty(&m->start) && !pdate_empty(&m->end) &&
		 pdate_cmp(&m->end, &m->start) < 0)
		dataset_problem(ds, TBL_MEETINGS, i, diags, "end %s is before start %s",
				text_brief(end), text_brief(start));
	check_sources(ds, TBL_MEETINGS, i, meeting_field(ds, i, MC_SOURCES), diags);
}

bool dataset_register_meeting(struct dataset *ds, size_t row, struct diags *diags)
{
	return register_id(ds, TBL_MEETINGS, &ds->meeting_ids, row, "id",
			   meeting_field(ds, row, MC_ID), diags);
}

bool dataset_check_meeting(struct dataset *ds, size_t row, bool members_usable,
			   struct diags *diags)
{
	struct meeting *m = &ds->meetings[row];
	*m = (struct meeting){.id = meeting_field(ds, row, MC_ID)};
	check_meeting_values(ds, row, diags);
	const char *host = meeting_field(ds, row, MC_HOST);
	m->host = *host ? meeting_ref(ds, row, "host", host, members_usable, diags) : DS_NONE;
	return parse_chairs(ds, row, members_usable, diags);
}
