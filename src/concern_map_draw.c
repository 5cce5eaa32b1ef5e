/* Drawing the concern map: a label column (category headings, concerns indented under
 * them), then one column per year. A column per year keeps 38 years beside the labels in
 * 80 columns, so the shape of the record reads at a glance. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "concern_map.h"

/* MAX_LABEL: a long name is cut rather than push the years off a wide screen. */
enum { MAX_LABEL = 48, MIN_LABEL = 12, INDENT = 2 };

struct layout {
	int label;  /* columns of the label; the years start one column after it */
	size_t per; /* years that fit */
	const struct chart_glyphs *g;
};

/* Labels give way to years down to MIN_LABEL columns; below that the years scroll. */
static struct layout layout_of(const struct concern_map *m, int width, bool ascii)
{
	struct layout L = {.label = m->label_width < MAX_LABEL ? m->label_width : MAX_LABEL,
			   .g = chart_glyphs(ascii)};
	/* Columns left for the label when every year is shown (the span is capped only to
	 * keep the sum an int). */
	int avail = width - 1 - (int)(m->years->n < 10000 ? m->years->n : 10000);
	if (L.label > avail)
		L.label = avail > MIN_LABEL ? avail : L.label < MIN_LABEL ? L.label : MIN_LABEL;
	int per = width - L.label - 1;
	L.per = per > 0 ? (size_t)per : 1;
	return L;
}

static size_t band_end(const struct concern_map *m, const struct layout *L, size_t from)
{
	return from + L->per < m->years->n ? from + L->per : m->years->n;
}

/* Decades are labelled, and the first year too when the next decade is far enough away
 * for both; a tick under each label. */
static void year_axis(struct chart *c, const struct concern_map *m, const struct layout *L,
		      size_t from, size_t to, int width)
{
	struct chart_line years = {0}, ticks = {0};
	for (size_t i = from; i < to; i++) {
		int yr = m->years->v[i].year, x = L->label + 1 + (int)(i - from);
		bool wanted = yr % 10 == 0 || (i == from && yr % 10 <= 5);
		bool room = x >= years.width + (years.width > 0) && x + 4 <= width;
		if (!wanted || !room)
			continue;
		chart_line_pad(&years, x);
		chart_line_printf(&years, "%d", yr);
		chart_line_pad(&ticks, x);
		chart_line_put(&ticks, L->g->yaxis, 1);
	}
	chart_add(c, &years);
	chart_add(c, &ticks);
}

/* The cells of a concern's row: blank where no Plenary met, a dot where Plenaries met
 * without raising it, a mark where one did. Walks the concern's own links, not every
 * meeting of every year: a large record has thousands of meetings a year. */
static void row_cells(struct chart_line *l, const struct concern_map *m, const struct layout *L,
		      size_t concern, size_t from, size_t to, unsigned char *raised)
{
	struct idxlist links = dataset_derived(m->ds, DL_RAISED_AT, concern);
	memset(raised, 0, to - from);
	for (uint32_t k = 0; k < links.n; k++) {
		const struct meeting *mt = dataset_meeting_at(m->ds, links.v[k]);
		size_t i = years_find(m->years, mt->start.year);
		if (mt->kind == KIND_PLENARY && i != DS_NONE && i >= from && i < to)
			raised[i - from] = 1;
	}
	for (size_t i = from; i < to; i++) {
		const char *glyph = " ";
		if (raised[i - from])
			glyph = L->g->raised;
		else if (m->years->v[i].plenaries.n > 0)
			glyph = L->g->quiet;
		chart_line_put(l, glyph, 1);
	}
}

static void rows(struct chart *c, const struct concern_map *m, const struct layout *L,
		 size_t from, size_t to)
{
	unsigned char *raised = malloc(to - from);
	if (!raised) {
		c->failed = true;
		return;
	}
	for (size_t r = 0; r < m->n; r++) {
		const struct concern_map_row *row = &m->rows[r];
		struct chart_line l = {0};
		if (row->concern == DS_NONE) {
			chart_line_text(&l, *row->category ? row->category : "(no category)",
					L->label, L->g);
		} else {
			chart_line_pad(&l, INDENT);
			chart_line_text(&l, concern_field(m->ds, row->concern, CN_NAME),
					L->label - INDENT, L->g);
			chart_line_pad(&l, L->label + 1);
			row_cells(&l, m, L, row->concern, from, to, raised);
		}
		chart_add(c, &l);
	}
	free(raised);
}

static void title(struct chart *c, const struct concern_map *m, const struct layout *L,
		  int width)
{
	const struct years *y = m->years;
	char buf[128];
	snprintf(buf, sizeof buf, "Concerns raised at MTCR Plenaries, %d%s%d", y->v[0].year,
		 L->g->dash, y->v[y->n - 1].year);
	chart_add_wrapped(c, buf, width);
}

static void legend(struct chart *c, const struct layout *L, int width)
{
	char buf[256];
	snprintf(buf, sizeof buf,
		 "%s a Plenary that year raised the concern; %s Plenaries met, none raised it; "
		 "blank: no Plenary that year.",
		 L->g->raised, L->g->quiet);
	chart_add_text(c, "");
	chart_add_wrapped(c, buf, width);
}

static bool empty(struct chart *c)
{
	chart_add_text(c, "Concerns raised at MTCR Plenaries: no dated meetings");
	return !c->failed;
}

bool concern_map_draw(struct chart *c, const struct concern_map *m, int width, bool ascii)
{
	if (m->years->n == 0)
		return empty(c);
	struct layout L = layout_of(m, width, ascii);
	title(c, m, &L, width);
	for (size_t from = 0; from < m->years->n; from += L.per) {
		chart_add_text(c, "");
		year_axis(c, m, &L, from, band_end(m, &L, from), width);
		rows(c, m, &L, from, band_end(m, &L, from));
	}
	legend(c, &L, width);
	return !c->failed;
}

bool concern_map_draw_from(struct chart *c, const struct concern_map *m, size_t from, int width,
			   bool ascii)
{
	if (m->years->n == 0)
		return empty(c);
	struct layout L = layout_of(m, width, ascii);
	if (from >= m->years->n)
		from = m->years->n - 1;
	title(c, m, &L, width);
	chart_add_text(c, "");
	year_axis(c, m, &L, from, band_end(m, &L, from), width);
	c->head = c->n;
	rows(c, m, &L, from, band_end(m, &L, from));
	c->body = c->n - c->head;
	legend(c, &L, width);
	return !c->failed;
}

size_t concern_map_fit(const struct concern_map *m, int width)
{
	return layout_of(m, width, true).per;
}

int concern_map_column(const struct concern_map *m, size_t from, size_t i, int width)
{
	struct layout L = layout_of(m, width, true);
	if (i < from || i >= m->years->n || i - from >= L.per)
		return -1;
	return L.label + 1 + (int)(i - from);
}

size_t concern_map_scroll(const struct concern_map *m, int width, size_t from, size_t cursor)
{
	return chart_scroll(concern_map_fit(m, width), from, cursor);
}
