/* Shared between the dataset's source files; not for other modules. */
#ifndef MTCR_DATASET_INTERNAL_H
#define MTCR_DATASET_INTERNAL_H
#include "dataset_struct.h"

bool dataset_build_members(struct dataset *ds, struct diags *diags);
bool dataset_build_concerns(struct dataset *ds, struct diags *diags);
/* Sets up the id maps, which look their keys up in the tables (strmap.h). */
void dataset_init_ids(struct dataset *ds);
/* Registers the id of row `row` of table t (its CHECK_ID or CHECK_CODE_ID column): an
 * empty or repeated id is a problem. Returns false when memory runs out. */
bool dataset_register_id(struct dataset *ds, enum table_id t, size_t row, struct diags *diags);
/* Registers the id of meetings row `row`, as soon as the row is read. */
bool dataset_register_meeting(struct dataset *ds, size_t row, struct diags *diags);
/* Makes the record of meetings row `row` (ds->meetings has room for it): checks its values
 * and resolves its host and chairs. */
bool dataset_check_meeting(struct dataset *ds, size_t row, bool members_usable,
			   struct diags *diags);
/* Streams the two link files (their rows are not kept). */
bool dataset_stream_links(struct dataset *ds, const char *dir, bool usable[TBL_COUNT],
			  struct diags *diags);
/* The links that follow from the meetings (hosts, chairs), and concerns never raised; after
 * both of the above. */
bool dataset_derive_links(struct dataset *ds, const bool usable[TBL_COUNT],
			  struct diags *diags);

/* Whether s holds an http:// or https:// address (what every sources field needs). */
bool dataset_has_address(const char *s);

/* Reports a problem on row `row` of table t. */
void dataset_problem(const struct dataset *ds, enum table_id t, size_t row, struct diags *diags,
		     const char *fmt, ...) __attribute__((format(printf, 5, 6)));

#endif
