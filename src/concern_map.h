/* The concern map as text: a row per concern, grouped under its category, a column per
 * year, and a mark where a Plenary that year raised the concern. Years without a Plenary
 * stay blank down the whole map. The rows come from the caller, so a filter on the Concerns
 * pane narrows the map. Pure. */
#ifndef MTCR_CONCERN_MAP_H
#define MTCR_CONCERN_MAP_H
#include <stdbool.h>
#include <stddef.h>

#include "chart.h"
#include "dataset.h"
#include "years.h"

struct concern_map_row {
	size_t concern;       /* DS_NONE: the heading of a category */
	const char *category;
};

struct concern_map {
	const struct dataset *ds;
	const struct years *years; /* borrowed: it must outlive the map */
	struct concern_map_row *rows;
	size_t n;
	int label_width;           /* columns the widest heading or name would take */
};

/* Lays out the concerns listed in concerns[0..n) (record indexes, such as a view's rows),
 * or every concern in file order when concerns is NULL. Categories come in the order they
 * first appear, each followed by its concerns in the order given. m must be freed either
 * way; returns false when memory runs out. */
bool concern_map_build(struct concern_map *m, const struct dataset *ds, const struct years *y,
		       const size_t *concerns, size_t n);
void concern_map_free(struct concern_map *m);

/* Every year, in as many bands as width needs (each with its own year axis), a title and a
 * legend: what `mtcr --concern-map` prints. Returns false when memory runs out. */
bool concern_map_draw(struct chart *c, const struct concern_map *m, int width, bool ascii);

/* What one screen shows: the years from `from` that fit. Lines [c->head, c->head + c->body)
 * are the rows of the map, one per m->rows entry in order. */
bool concern_map_draw_from(struct chart *c, const struct concern_map *m, size_t from, int width,
			   bool ascii);

/* How many years fit beside the labels in width columns (at least one). */
size_t concern_map_fit(const struct concern_map *m, int width);
/* Column of year index i when the map starts at year `from`; -1 when it is not shown. */
int concern_map_column(const struct concern_map *m, size_t from, size_t i, int width);
/* The first year to show so that year index `cursor` is on screen. */
size_t concern_map_scroll(const struct concern_map *m, int width, size_t from, size_t cursor);

/* The Plenaries of year index i that raised the concern of row `row`, by start date, into
 * out (reset first); none for a heading. Returns false when memory runs out. */
bool concern_map_cell(const struct concern_map *m, size_t row, size_t i, struct idxlist *out);
/* One line on a cell for the status line: "UAVs and cruise missiles, 2004: Plenary 19,
 * Seoul, 2004-10-06", or why there is nothing to go to. Data text is not escaped. */
void concern_map_describe(const struct concern_map *m, size_t row, size_t i, char *buf,
			  size_t n);

#endif
