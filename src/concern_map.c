/* The concern map's rows and cells: grouping concerns by category, and finding the
 * Plenaries behind a cell. Drawing is in concern_map_draw.c. */
#include "concern_map.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dataset_struct.h"
#include "record.h"
#include "strmap.h"
#include "text.h"

/* Indexes into the category order, one per listed concern, and how many categories. */
static size_t *group(const struct dataset *ds, const size_t *concerns, size_t n, size_t *ngroups,
		     const char ***names)
{
	struct strmap seen;
	size_t *g = malloc((n ? n : 1) * sizeof *g);
	*names = calloc(n ? n : 1, sizeof **names); /* calloc: the map is given it unfilled */
	strmap_init(&seen, strmap_array_key, *names);
	*ngroups = 0;
	bool ok = g && *names;
	for (size_t i = 0; ok && i < n; i++) {
		const char *cat = concern_field(ds, concerns ? concerns[i] : i, CN_CATEGORY);
		bool dup;
		if (strmap_get(&seen, cat, &g[i]))
			continue;
		g[i] = *ngroups;
		(*names)[(*ngroups)++] = cat;
		ok = strmap_put(&seen, cat, g[i], &dup);
	}
	strmap_free(&seen);
	if (!ok) {
		free(g);
		free(*names);
		*names = NULL;
		return NULL;
	}
	return g;
}

static int row_width(const struct concern_map *m, const struct concern_map_row *r)
{
	if (r->concern == DS_NONE)
		return text_width(r->category);
	return 2 + text_width(concern_field(m->ds, r->concern, CN_NAME));
}

/* Each category's heading, then its concerns: a counting sort by category keeps the
 * order given within each. next[] starts zeroed, one per category. */
static void place(struct concern_map *m, const size_t *concerns, size_t n, const size_t *g,
		  size_t ngroups, const char **names, size_t *next)
{
	for (size_t i = 0; i < n; i++)
		next[g[i]]++;
	size_t pos = 0;
	for (size_t k = 0; k < ngroups; k++) {
		size_t count = next[k];
		m->rows[pos] = (struct concern_map_row){DS_NONE, names[k]};
		next[k] = pos + 1;
		pos += count + 1;
	}
	for (size_t i = 0; i < n; i++)
		m->rows[next[g[i]]++] =
			(struct concern_map_row){concerns ? concerns[i] : i, names[g[i]]};
	for (size_t r = 0; r < m->n; r++) {
		int w = row_width(m, &m->rows[r]);
		if (w > m->label_width)
			m->label_width = w;
	}
}

bool concern_map_build(struct concern_map *m, const struct dataset *ds, const struct years *y,
		       const size_t *concerns, size_t n)
{
	*m = (struct concern_map){.ds = ds, .years = y};
	if (!concerns)
		n = ds->nconcerns;
	size_t ngroups;
	const char **names;
	size_t *g = group(ds, concerns, n, &ngroups, &names);
	size_t *next = calloc(ngroups ? ngroups : 1, sizeof *next);
	m->n = n + ngroups;
	/* Zeroed: place() fills every row, as each concern has a category, but clang's analyzer
	 * cannot see that and reads an unfilled row as garbage. */
	m->rows = calloc(m->n ? m->n : 1, sizeof *m->rows);
	bool ok = g && next && m->rows;
	if (ok)
		place(m, concerns, n, g, ngroups, names, next);
	else
		m->n = 0;
	free(g);
	free(names);
	free(next);
	return ok;
}

void concern_map_free(struct concern_map *m)
{
	free(m->rows);
	*m = (struct concern_map){0};
}

bool concern_map_cell(const struct concern_map *m, size_t row, size_t i, struct idxlist *out)
{
	out->n = 0;
	if (row >= m->n || i >= m->years->n || m->rows[row].concern == DS_NONE)
		return true;
	struct idxlist links = dataset_derived(m->ds, DL_RAISED_AT, m->rows[row].concern);
	for (uint32_t k = 0; k < links.n; k++) {
		const struct meeting *mt = &m->ds->meetings[links.v[k]];
		if (mt->kind != KIND_PLENARY || mt->start.year != m->years->v[i].year)
			continue;
		if (!idxlist_push(out, links.v[k]))
			return false;
		/* Links come in file order; a year's few Plenaries are put in date order. */
		uint32_t j = out->n - 1;
		const struct meeting *all = m->ds->meetings;
		while (j > 0 && pdate_order(&all[out->v[j - 1]].start, &mt->start) > 0) {
			out->v[j] = out->v[j - 1];
			j--;
		}
		out->v[j] = links.v[k];
	}
	return true;
}

void concern_map_describe(const struct concern_map *m, size_t row, size_t i, char *buf,
			  size_t n)
{
	if (n == 0)
		return;
	buf[0] = '\0';
	if (row >= m->n || i >= m->years->n)
		return;
	const struct concern_map_row *r = &m->rows[row];
	const struct year *yr = &m->years->v[i];
	if (r->concern == DS_NONE) {
		chart_cat(buf, n, "%s, %d", r->category, yr->year);
		return;
	}
	chart_cat(buf, n, "%s, %d: ", concern_field(m->ds, r->concern, CN_NAME), yr->year);
	if (yr->plenaries.n == 0) {
		chart_cat(buf, n, "no Plenary that year");
		return;
	}
	struct idxlist raised = {0};
	if (!concern_map_cell(m, row, i, &raised))
		chart_cat(buf, n, "(out of memory)");
	for (uint32_t k = 0; k < raised.n; k++) {
		char what[256];
		record_describe(m->ds, TBL_MEETINGS, raised.v[k], what, sizeof what);
		chart_cat(buf, n, "%s%s", k ? "; " : "", what);
	}
	if (raised.n == 0)
		chart_cat(buf, n, "not raised at the Plenar%s of that year",
			  yr->plenaries.n == 1 ? "y" : "ies");
	idxlist_free(&raised);
}
