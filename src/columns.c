/* The column table: see columns.h. A new column of a browsed table is one row here (and
 * its name in dataset.c's schema); a column of a kind already checked needs no new code. */
#include "columns.h"

const char *const meeting_kinds[] = {"plenary", "rpoc", NULL};
const char *const member_statuses[] = {"partner", "adherent", "applicant", NULL};

static const struct column_info meeting_cols[MC_COUNT] = {
	[MC_ID] = {.check = CHECK_ID},
	[MC_KIND] = {.check = CHECK_CHOICE, .choices = meeting_kinds},
	[MC_NUMBER] = {.header = "no.", .sort = SORT_NUMBER, .show = SHOW_KIND,
		       .check = CHECK_ORDINAL},
	[MC_START] = {.sort = SORT_DATE, .check = CHECK_DATE, .required = true,
		      .empty_hint = " (give at least the year)"},
	[MC_END] = {.sort = SORT_DATE, .check = CHECK_DATE, .drop = true},
	[MC_CITY] = {.flexible = true},
	[MC_HOST] = {.show = SHOW_MEMBER_NAME, .check = CHECK_MEMBER},
	[MC_CHAIR_COUNTRY] = {.check = CHECK_MEMBERS},
	[MC_PARTNERS] = {.sort = SORT_NUMBER, .check = CHECK_COUNT},
	[MC_SOURCES] = {.check = CHECK_SOURCES},
};
static const struct column_info member_cols[MB_COUNT] = {
	[MB_CODE] = {.check = CHECK_CODE_ID},
	[MB_NAME] = {.flexible = true, .required = true},
	[MB_STATUS] = {.check = CHECK_CHOICE, .choices = member_statuses, .drop = true},
	[MB_JOINED] = {.sort = SORT_DATE, .show = SHOW_WELCOMED, .check = CHECK_DATE},
	[MB_SOURCES] = {.check = CHECK_SOURCES},
};
static const struct column_info concern_cols[CN_COUNT] = {
	[CN_ID] = {.check = CHECK_ID},
	[CN_NAME] = {.flexible = true, .required = true},
	[CN_CATEGORY] = {.flexible = true, .drop = true},
};

static const int meeting_shown[] = {MC_NUMBER, MC_START, MC_END, MC_CITY, MC_HOST};
static const int member_shown[] = {MB_NAME, MB_CODE, MB_JOINED, MB_STATUS};
static const int concern_shown[] = {CN_NAME, CN_CATEGORY};

#define SHOWN(a) (a), sizeof(a) / sizeof *(a)

const struct table_info table_infos[TBL_MEETING_CONCERNS] = {
	[TBL_MEETINGS] = {"Meeting", "Meetings", meeting_cols, SHOWN(meeting_shown), MC_NUMBER,
			  MC_HOST, MC_SOURCES, "an id"},
	[TBL_MEMBERS] = {"Member", "Members", member_cols, SHOWN(member_shown), -1, -1,
			 MB_SOURCES, "a member code"},
	[TBL_CONCERNS] = {"Concern", "Concerns", concern_cols, SHOWN(concern_shown), -1, -1, -1,
			  "an id"},
};
