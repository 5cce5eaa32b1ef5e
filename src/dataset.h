/* The MTCR record as a validated, linked model: meetings, members and concerns with lookups
 * by id and links both ways. Plain C; nothing here knows about the terminal. */
#ifndef MTCR_DATASET_H
#define MTCR_DATASET_H
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "arena.h"
#include "diag.h"
#include "pdate.h"

#define DS_NONE ((size_t)-1)

enum table_id {
	TBL_MEETINGS,
	TBL_MEMBERS,
	TBL_CONCERNS,
	TBL_MEETING_CONCERNS,
	TBL_MEETING_MEMBERS,
	TBL_COUNT
};

/* Schema columns, in the order the data files document them. */
enum meeting_col {
	MC_ID, MC_KIND, MC_NUMBER, MC_START, MC_END, MC_CITY, MC_HOST, MC_CHAIR,
	MC_CHAIR_COUNTRY, MC_OPENED_BY, MC_PARTNERS, MC_SUMMARY, MC_NOTES, MC_SOURCES, MC_COUNT
};
enum member_col { MB_CODE, MB_NAME, MB_STATUS, MB_JOINED, MB_REGION, MB_NOTES, MB_SOURCES, MB_COUNT };
enum concern_col { CN_ID, CN_NAME, CN_CATEGORY, CN_DESCRIPTION, CN_COUNT };
/* note and sources may be missing from a meeting_concerns.csv written before they existed. */
enum meeting_concern_col { LC_MEETING, LC_CONCERN, LC_NOTE, LC_SOURCES, LC_COUNT };
enum meeting_member_col { LM_MEETING, LM_MEMBER, LM_ROLE, LM_COUNT };

enum meeting_kind { KIND_PLENARY, KIND_RPOC };
enum member_status { STATUS_PARTNER, STATUS_ADHERENT, STATUS_APPLICANT };

/* A list of record indexes (into the dataset's meetings, members or concerns). 32-bit
 * entries: a million meetings with five links each is then 20 MB, not 40. */
struct idxlist {
	uint32_t *v;
	uint32_t n, cap; /* cap's top bit: v is malloc'd (else it lies in an idxpool) */
};

/* Where the small lists of the records come from: a meeting's chairs, concerns and new
 * members are millions of lists of one to a few entries on a large data set, and a malloc
 * chunk each would cost 32 bytes and a call. A pool hands out room for 2 entries, then 8
 * (reusing the room lists grew out of), before a list moves to malloc. One thread uses a
 * pool at a time; its lists are freed with it. */
struct idxpool {
	struct arena arena;
	void *spare[2]; /* rooms of 2 and of 8 entries given back, linked through themselves */
};

struct meeting {
	const char *id;
	enum meeting_kind kind;
	int number;              /* the Plenary's ordinal; 0 when not given */
	struct pdate start, end;
	long partners;           /* Partners at the time; -1 when not stated */
	size_t host;             /* member index, or DS_NONE */
	struct idxlist chairs;   /* members holding the chair (joint chairs: several) */
	struct idxlist concerns; /* concerns raised */
	struct idxlist new_members; /* members welcomed or attending their first Plenary */
};

/* A member's meetings (hosted, chaired, welcomed at) are dataset_derived's lists. A
 * concern has no record beyond its row: its id and fields are concern_field's, the meetings
 * that raised it dataset_derived's. */
struct member {
	const char *code;
	enum member_status status;
	struct pdate joined;
};

/* The other side of the links kept in the meetings, derived from them once they are loaded
 * (dataset_links.c), each list in meetings.csv order. */
enum derived_list {
	DL_RAISED_AT,   /* a concern: the meetings that raised it */
	DL_WELCOMED_AT, /* a member: the meetings that welcomed it */
	DL_HOSTED,      /* a member: the meetings held in its country */
	DL_CHAIRED,     /* a member: the meetings it chaired (alone or jointly) */
	DL_COUNT
};

/* What one Plenary said about one concern: a link row whose note or sources is not empty.
 * Only these are kept (the rows of the link files are streamed); sorted by meeting, then
 * concern, for dataset_link_note. */
struct link_note {
	uint32_t meeting, concern;
	const char *note;    /* "" when only sources was given */
	const char *sources; /* "" when the link rests on the meeting's own statement */
};

/* The loaded record. Its fields are the model's (dataset_struct.h); the screens see it
 * through the functions below. */
struct dataset;

/* Loads and validates dir/{meetings,members,concerns,meeting_concerns,meeting_members}.csv.
 * Every problem found goes to diags, sorted by file and line. Returns true when there were
 * none. Whatever it returns, dataset_free must be called. */
bool dataset_load(struct dataset *ds, const char *dir, struct diags *diags);
void dataset_free(struct dataset *ds);

/* The name of the data file ("members") that path is, the same file (device and inode)
 * as one in the loaded directory, or NULL: an export must never replace the data being
 * browsed. */
const char *dataset_data_file(const struct dataset *ds, const char *path);

/* The schema: file names and required columns of each table. */
const struct table_schema *dataset_schema(enum table_id t);
/* The name of table t's file without ".csv": "meetings". */
const char *dataset_table_name(enum table_id t);

/* How many records a browsed table (meetings, members, concerns) holds. */
size_t dataset_count(const struct dataset *ds, enum table_id t);

/* What the screens read, so that no TUI file reaches into struct dataset. */
/* The directory the data was read from, or NULL. */
const char *dataset_dir(const struct dataset *ds);
/* The id (its first column, as written) of record i of a browsed table. */
const char *dataset_record_id(const struct dataset *ds, enum table_id t, size_t i);
/* The file column of schema column c of table t, or -1 when the file lacks it. */
int dataset_file_column(const struct dataset *ds, enum table_id t, int c);
/* The header name of file column col of table t (extra columns included), or NULL. */
const char *dataset_file_column_name(const struct dataset *ds, enum table_id t, int col);
/* Record i of the meetings. */
const struct meeting *dataset_meeting_at(const struct dataset *ds, size_t i);
/* List d of record rec (a concern for DL_RAISED_AT, else a member): a view into the
 * dataset, to be read only (it is not to be pushed to; idxlist_free on it does nothing).
 * Empty when the links could not be derived. All of them lie in one block with one 32-bit
 * end per record: at 10^6 concerns a list in each record took 16 MB more. */
struct idxlist dataset_derived(const struct dataset *ds, enum derived_list d, size_t rec);

/* Raw text of a schema column of record i ("" when empty). */
const char *meeting_field(const struct dataset *ds, size_t i, enum meeting_col c);
const char *member_field(const struct dataset *ds, size_t i, enum member_col c);
const char *concern_field(const struct dataset *ds, size_t i, enum concern_col c);

/* Index of the record with that id or code, or DS_NONE. */
size_t dataset_meeting(const struct dataset *ds, const char *id);
size_t dataset_member(const struct dataset *ds, const char *code);
size_t dataset_concern(const struct dataset *ds, const char *id);

/* The note and sources of the link between meeting m and concern c, or NULL when the link
 * has neither (or does not exist). */
const struct link_note *dataset_link_note(const struct dataset *ds, size_t m, size_t c);

/* The history of concern c: the meetings that raised it, by start date (at the precision
 * the dates give; ties in meetings.csv order). out is reset first. */
bool dataset_concern_history(const struct dataset *ds, size_t c, struct idxlist *out);
/* Sorts a list of meetings by start date (at the precision the dates give), ties in index
 * order. Returns false when memory runs out. */
bool dataset_sort_by_start(const struct dataset *ds, struct idxlist *l);

/* Members who were Partners when meeting m began (status partner, joined on or before its
 * start at the precision both dates give), in file order. out is reset first. */
bool dataset_partners_at(const struct dataset *ds, size_t m, struct idxlist *out);

/* The Plenaries member p took part in, in file order: those that began while it was a
 * Partner (the same rule as dataset_partners_at, seen from the member) and those that
 * welcomed it. out is reset first. */
bool dataset_member_plenaries(const struct dataset *ds, size_t p, struct idxlist *out);
/* Whether member p was a Partner when meeting m began (dataset_partners_at's rule). */
bool dataset_partner_at(const struct dataset *ds, size_t p, size_t m);

/* One line, without its newline: counts of meetings, members, concerns and links. */
void dataset_print_summary(const struct dataset *ds, FILE *out);

bool idxlist_push(struct idxlist *l, size_t v);
/* Like idxlist_push for a list whose room comes from pool p (the same pool every time). */
bool idxlist_push_pooled(struct idxlist *l, size_t v, struct idxpool *p);
/* Makes out a copy of from (out's own room, grown on the heap when short; not a view). */
bool idxlist_copy(struct idxlist *out, const struct idxlist *from);
bool idxlist_has(const struct idxlist *l, size_t v);
void idxlist_free(struct idxlist *l);

#endif
