/* A record as one line to cite: what a researcher pastes under a quotation. Meetings and
 * members carry their own sources; a concern's sources are those of the meetings that
 * raised it, so its line names those meetings and the span of years. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "columns.h"
#include "dataset_struct.h"
#include "record.h"

struct out {
	char *s;
	size_t len, cap;
	bool failed;
};

static void put(struct out *o, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void put(struct out *o, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	int n = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	if (n < 0 || o->failed) {
		o->failed = true;
		return;
	}
	if (o->len + (size_t)n + 1 > o->cap) {
		size_t cap = (o->len + (size_t)n + 1) * 2;
		char *s = realloc(o->s, cap);
		if (!s) {
			o->failed = true;
			return;
		}
		o->s = s;
		o->cap = cap;
	}
	va_start(ap, fmt);
	vsnprintf(o->s + o->len, o->cap - o->len, fmt, ap);
	va_end(ap);
	o->len += (size_t)n;
}

/* The addresses of a sources field, separated by single blanks. */
static void put_sources(struct out *o, const char *s)
{
	const char *sep = "";
	while (*s) {
		size_t skip = strspn(s, " \t\n"), len = strcspn(s + skip, " \t\n");
		if (len)
			put(o, "%s%.*s", sep, (int)len, s + skip);
		sep = " ";
		s += skip + len;
	}
}

/* A citation's end: a full stop, then its sources if it has any. */
static void put_end(struct out *o, const char *src)
{
	put(o, ".");
	if (*src) {
		put(o, " Sources: ");
		put_sources(o, src);
	}
}

static void cite_meeting(struct out *o, const struct dataset *ds, size_t m)
{
	char name[512];
	const char *end = meeting_field(ds, m, MC_END), *src = meeting_field(ds, m, MC_SOURCES);
	record_describe(ds, TBL_MEETINGS, m, name, sizeof name);
	put(o, "MTCR %s", name);
	if (*end)
		put(o, " to %s", end);
	put_end(o, src);
}

static void cite_member(struct out *o, const struct dataset *ds, size_t i)
{
	const char *joined = member_field(ds, i, MB_JOINED), *src = member_field(ds, i, MB_SOURCES);
	put(o, "MTCR %s: %s (%s)", member_field(ds, i, MB_STATUS), member_field(ds, i, MB_NAME),
	    member_field(ds, i, MB_CODE));
	if (*joined)
		put(o, ", joined %s", joined);
	put_end(o, src);
}

/* A concern is cited by the meetings that raised it, in date order, with the sources of
 * what each said of it where the link has its own (the others rest on the meeting's own
 * statement, cited with that meeting). */
static void cite_concern(struct out *o, const struct dataset *ds, size_t c)
{
	struct idxlist l = {0};
	put(o, "MTCR policy concern: %s (%s)", concern_field(ds, c, CN_NAME),
	    concern_field(ds, c, CN_CATEGORY));
	if (!dataset_concern_history(ds, c, &l)) {
		o->failed = true;
	} else if (!l.n) {
		put(o, ".");
	} else {
		put(o, ", raised at %zu meeting%s, %s to %s (", (size_t)l.n, l.n == 1 ? "" : "s",
		    meeting_field(ds, l.v[0], MC_START), meeting_field(ds, l.v[l.n - 1], MC_START));
		for (size_t i = 0; i < l.n; i++)
			put(o, "%s%s", i ? ", " : "", meeting_field(ds, l.v[i], MC_ID));
		put(o, ").");
		bool any = false;
		for (size_t i = 0; i < l.n; i++) {
			const struct link_note *n = dataset_link_note(ds, l.v[i], c);
			if (n && *n->sources) {
				put(o, any ? " " : " Sources: ");
				put_sources(o, n->sources);
				any = true;
			}
		}
		put(o, any ? "; and the meetings' own statements." : " Sources: the meetings' own statements.");
	}
	idxlist_free(&l);
}

char *record_citation(const struct dataset *ds, enum table_id t, size_t rec)
{
	static void (*const cite[])(struct out *, const struct dataset *, size_t) = {
		[TBL_MEETINGS] = cite_meeting, [TBL_MEMBERS] = cite_member,
		[TBL_CONCERNS] = cite_concern};
	struct out o = {0};
	cite[t <= TBL_CONCERNS ? t : TBL_CONCERNS](&o, ds, rec);
	if (o.failed || !o.s) {
		free(o.s);
		return NULL;
	}
	return o.s;
}

void record_first_source(const struct dataset *ds, enum table_id t, size_t rec, char *buf,
			 size_t n)
{
	int col = table_info(t)->sources_col;
	const char *s = col >= 0 ? table_cell(&ds->tables[t], rec, col) : "";
	size_t skip = strspn(s, " \t\n"), len = strcspn(s + skip, " \t\n");
	snprintf(buf, n, "%.*s", (int)len, s + skip);
}
