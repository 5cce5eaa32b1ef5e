/* Shared between the dataset's source files; not for other modules. */
#ifndef MTCR_DATASET_INTERNAL_H
#define MTCR_DATASET_INTERNAL_H
#include "dataset.h"

bool dataset_build_members(struct dataset *ds, struct diags *diags);
bool dataset_build_concerns(struct dataset *ds, struct diags *diags);
bool dataset_build_meetings(struct dataset *ds, bool members_usable, struct diags *diags);
/* Streams the two link files (their rows are not kept) and derives hosts and chairs. */
bool dataset_build_links(struct dataset *ds, const char *dir, bool usable[TBL_COUNT],
			 struct diags *diags);

/* Reports a problem on row `row` of table t. */
void dataset_problem(const struct dataset *ds, enum table_id t, size_t row, struct diags *diags,
		     const char *fmt, ...) __attribute__((format(printf, 5, 6)));

#endif
