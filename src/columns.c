/* The column table: see columns.h. A new column of a browsed table is one row here (and
 * its name in dataset.c's schema). */
#include "columns.h"

static const struct column_info meeting_cols[MC_COUNT] = {
	[MC_NUMBER] = {"no.", SORT_NUMBER, SHOW_KIND, false},
	[MC_START] = {NULL, SORT_DATE, SHOW_VALUE, false},
	[MC_END] = {NULL, SORT_DATE, SHOW_VALUE, false},
	[MC_CITY] = {NULL, SORT_TEXT, SHOW_VALUE, true},
	[MC_HOST] = {NULL, SORT_TEXT, SHOW_MEMBER_NAME, false},
	[MC_PARTNERS] = {NULL, SORT_NUMBER, SHOW_VALUE, false},
};
static const struct column_info member_cols[MB_COUNT] = {
	[MB_NAME] = {NULL, SORT_TEXT, SHOW_VALUE, true},
	[MB_JOINED] = {NULL, SORT_DATE, SHOW_WELCOMED, false},
};
static const struct column_info concern_cols[CN_COUNT] = {
	[CN_NAME] = {NULL, SORT_TEXT, SHOW_VALUE, true},
	[CN_CATEGORY] = {NULL, SORT_TEXT, SHOW_VALUE, true},
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
