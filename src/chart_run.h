/* The pictures on standard output: `mtcr --timeline` and `mtcr --concern-map`, plain text
 * for a report or a pipe (no escape sequences, no colour). */
#ifndef MTCR_CHART_RUN_H
#define MTCR_CHART_RUN_H
#include <stdbool.h>
#include <stdio.h>

#include "chart.h"
#include "dataset.h"
#include "outcome.h"

enum { CHART_MIN_WIDTH = 20, CHART_MAX_WIDTH = 1000, CHART_DEFAULT_WIDTH = 80 };

struct chart_request {
	enum chart_kind kind;
	int width;  /* 0: $COLUMNS when it is a number, else CHART_DEFAULT_WIDTH */
	bool ascii; /* --ascii; ASCII is also used when the locale is not UTF-8 */
};

/* Parses --width's argument: a number from CHART_MIN_WIDTH to CHART_MAX_WIDTH. */
bool chart_parse_width(const char *s, int *width);

/* The width to draw at: the requested one, else $COLUMNS (kept within the limits), else
 * CHART_DEFAULT_WIDTH. */
int chart_width(int requested);

/* True when the picture must be ASCII: asked for, or a locale that is not UTF-8. */
bool chart_use_ascii(bool asked);

/* Draws the picture of ds and writes it to out. Prints nothing else: returns OUTCOME_OK,
 * or OUTCOME_FAILED when memory runs out or the write fails (the message in o). */
enum outcome_kind chart_run(const struct dataset *ds, const struct chart_request *r, FILE *out,
			    struct outcome *o);

#endif
