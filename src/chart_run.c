/* The command-line forms of the timeline and the concern map. */
#include "chart_run.h"

#include <errno.h>
#include <langinfo.h>
#include <stdlib.h>
#include <string.h>

#include "chart.h"
#include "concern_map.h"
#include "timeline.h"
#include "years.h"

bool chart_parse_width(const char *s, int *width)
{
	char *end;
	errno = 0;
	long v = strtol(s, &end, 10);
	if (errno || end == s || *end || v < CHART_MIN_WIDTH || v > CHART_MAX_WIDTH)
		return false;
	*width = (int)v;
	return true;
}

/* $COLUMNS describes the terminal the output is likely read in; a value that is not a
 * number is ignored rather than an error, since the user did not type it for us. */
int chart_width(int requested)
{
	if (requested > 0)
		return requested;
	const char *s = getenv("COLUMNS");
	char *end;
	long v = s ? strtol(s, &end, 10) : 0;
	if (!s || end == s || *end || v <= 0)
		return CHART_DEFAULT_WIDTH;
	if (v < CHART_MIN_WIDTH)
		return CHART_MIN_WIDTH;
	return v > CHART_MAX_WIDTH ? CHART_MAX_WIDTH : (int)v;
}

bool chart_use_ascii(bool asked)
{
	return asked || strcmp(nl_langinfo(CODESET), "UTF-8") != 0;
}

static bool draw(struct chart *c, const struct dataset *ds, const struct years *y,
		 const struct chart_request *r, int width, bool ascii)
{
	if (r->kind == CHART_TIMELINE)
		return timeline_draw(c, ds, y, width, ascii);
	struct concern_map m;
	bool ok = concern_map_build(&m, ds, y, NULL, 0) && concern_map_draw(c, &m, width, ascii);
	concern_map_free(&m);
	return ok;
}

enum outcome_kind chart_run(const struct dataset *ds, const struct chart_request *r, FILE *out,
			    struct outcome *o)
{
	struct years y;
	struct chart c = {0};
	enum outcome_kind status = OUTCOME_OK;
	bool ok = years_build(&y, ds) &&
		  draw(&c, ds, &y, r, chart_width(r->width), chart_use_ascii(r->ascii));
	if (!ok) {
		status = outcome_fail(o, OUTCOME_FAILED, false, "out of memory");
	} else if (!chart_write(&c, out)) {
		/* The reader went away (mtcr --timeline | head) with SIGPIPE ignored: as for
		 * --export, nothing to say. */
		status = errno == EPIPE ? OUTCOME_FAILED
					: outcome_fail(o, OUTCOME_FAILED, false, "standard output: %s",
						       strerror(errno));
	}
	chart_free(&c);
	years_free(&y);
	return status;
}
