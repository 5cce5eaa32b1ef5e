/* The timeline of the regime as text: one column of four characters per year, a bar of the
 * Partners each year (labelled with the new total where Partners joined), and under the
 * axis each Plenary's number and host; a year without one shows a dot. Too many years for
 * the width are drawn in bands (stdout) or scrolled sideways (the browser). Pure. */
#ifndef MTCR_TIMELINE_H
#define MTCR_TIMELINE_H
#include <stdbool.h>
#include <stddef.h>

#include "chart.h"
#include "dataset.h"
#include "years.h"

enum { TIMELINE_CELL = 4 }; /* columns per year: a bar three wide and a gap */

/* Every year, in as many bands as width needs, with a title and a legend: what
 * `mtcr --timeline` prints. Returns false when memory runs out. */
bool timeline_draw(struct chart *c, const struct dataset *ds, const struct years *y, int width,
		   bool ascii);

/* What one screen shows: the title, the years from `from` that fit in width, the legend.
 * c->head is the line where the band starts and c->body its height, so that the browser
 * can mark the cursor's year down the whole band. */
bool timeline_draw_from(struct chart *c, const struct dataset *ds, const struct years *y,
			size_t from, int width, bool ascii);

/* How many years fit in width columns (at least one). */
size_t timeline_fit(const struct years *y, int width);
/* Column where year index i starts when the band begins at `from`; -1 when it is not in
 * the band. The year takes TIMELINE_CELL - 1 columns from there. */
int timeline_column(const struct years *y, size_t from, size_t i, int width);
/* The first year to show so that year index `cursor` is on screen, moving as little as
 * possible from `from`. */
size_t timeline_scroll(const struct years *y, int width, size_t from, size_t cursor);

/* The meeting Enter on year index i goes to: its first Plenary, else its first meeting,
 * else DS_NONE. */
size_t timeline_meeting(const struct years *y, size_t i);
/* One line on year index i for the status line or the detail area:
 * "1991: 18 Partners, new AUT FIN NZL SWE; Plenary 4, 1991-03; Plenary 5, ...". */
void timeline_describe(const struct dataset *ds, const struct years *y, size_t i, char *buf,
		       size_t n);

#endif
