/* The fields of struct dataset, for the model's own files (loading, checks, views, records,
 * export, pictures). The screens include dataset.h alone and use its accessors:
 * tests/cli/layering.sh keeps them so. */
#ifndef MTCR_DATASET_STRUCT_H
#define MTCR_DATASET_STRUCT_H
#include "dataset.h"
#include "strmap.h"
#include "table.h"

/* Record i of meetings, members and concerns is row i of its table. */
struct dataset {
	char *dir;
	struct table tables[TBL_COUNT];
	struct meeting *meetings;
	struct member *members;
	size_t nmeetings, nmembers, nconcerns;
	size_t nconcern_links, nmember_links;
	struct link_note *notes; /* see struct link_note */
	size_t nnotes, notes_cap, nnoted; /* nnoted: notes with a non-empty note */
	struct strmap meeting_ids, member_codes, concern_ids;
	struct idxpool pool; /* the meetings' lists, and the derived lists' block */
	/* dataset_derived: list d of record i is derived_block[derived_ends[d][i - 1] ..
	 * derived_ends[d][i]); the ends of all lists are one array, derived_counts, after a 0. */
	uint32_t *derived_block, *derived_counts;
	const uint32_t *derived_ends[DL_COUNT];
};

#endif
