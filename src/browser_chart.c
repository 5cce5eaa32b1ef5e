/* The pictures in the browser: t opens the timeline and c the concern map over the panes;
 * the cursor moves along the years (and the map's rows), and Enter goes to the meeting
 * under it in the Meetings pane. chart_view.c does the work; this is the browser's side. */
#include <stdio.h>

#include "browser_internal.h"

void browser_chart_close(struct browser *b)
{
	if (b->picture.open)
		chart_view_close(&b->picture.chart);
	b->picture.open = false;
	if (browser_ops(b)->picture)
		b->mode = MODE_LIST;
}

void browser_chart_resize(struct browser *b)
{
	if (b->picture.open)
		chart_view_resize(&b->picture.chart, b->width, b->page);
}

void browser_chart_save(const struct browser *b, struct snapshot *s)
{
	s->at.picture.kind = b->picture.chart.kind;
	s->at.picture.year = b->picture.chart.year;
	s->at.picture.row = b->picture.chart.row;
}

void browser_chart_restore(struct browser *b, const union mode_snapshot *s)
{
	browser_chart_show(b, s->picture.kind);
	if (b->picture.open)
		chart_view_set(&b->picture.chart, s->picture.year, s->picture.row);
}

unsigned browser_chart_show(struct browser *b, enum chart_kind k)
{
	const struct view *cv = &b->views[TBL_CONCERNS];
	bool map = k == CHART_CONCERN_MAP;
	/* NULL rows would mean every concern: an empty pane must not draw a full map. */
	if (map && cv->nrows == 0) {
		browser_say(b, true, "no concern to map: the Concerns pane shows none (its "
				     "filter or the link hides them)");
		return REDRAW_STATUS;
	}
	browser_chart_close(b);
	b->picture.open = true;
	if (!chart_view_open(&b->picture.chart, k, b->ds,
			     cv->rows, cv->nrows, b->width, b->page, b->picture.ascii))
		browser_fail(b);
	b->mode = MODE_PICTURE;
	return REDRAW_SCREEN;
}

/* The picture opens on what is selected: the year of the Meetings pane's meeting (or the
 * open record's), and on the map the Concerns pane's concern. */
unsigned browser_chart_open(struct browser *b, enum chart_kind k)
{
	if (k == CHART_CONCERN_MAP && b->views[TBL_CONCERNS].nrows == 0)
		return browser_chart_show(b, k); /* says why there is nothing to map */
	const struct mode_ops *on = browser_ops(b);
	size_t meeting = on->selected ? on->selected(b, TBL_MEETINGS) : DS_NONE;
	size_t concern = on->selected ? on->selected(b, TBL_CONCERNS) : DS_NONE;
	/* the user chose a concern (a concern's record, or the Concerns pane): the map opens
	 * on it where it was first raised, unless the meeting selected raised it too */
	bool chose_concern = on->selected ? meeting == DS_NONE && concern != DS_NONE
					  : b->focus == TBL_CONCERNS;
	if (meeting == DS_NONE)
		meeting = view_current(&b->views[TBL_MEETINGS]);
	if (concern == DS_NONE)
		concern = view_current(&b->views[TBL_CONCERNS]);
	if (k == CHART_CONCERN_MAP && chose_concern && concern != DS_NONE) {
		struct idxlist raised = {0};
		if (!dataset_concern_history(b->ds, concern, &raised))
			browser_fail(b);
		else if (raised.n && (meeting == DS_NONE || !idxlist_has(&raised, meeting)))
			meeting = raised.v[0];
		idxlist_free(&raised);
	}
	browser_push(b);
	if (on->leave)
		on->leave(b);
	unsigned r = browser_chart_show(b, k);
	if (b->picture.open)
		chart_view_select(&b->picture.chart, meeting, concern);
	return r;
}

/* Enter: the meeting under the cursor, in the Meetings pane, as the record view jumps; on
 * the map, a cell whose Plenaries did not raise the concern goes to the concern itself. */
static unsigned go(struct browser *b)
{
	const struct chart_view *cv = &b->picture.chart;
	size_t m = chart_view_target(cv), c = chart_view_concern(cv);
	if (m == DS_NONE && c != DS_NONE && cv->years.n > 0 &&
	    cv->years.v[cv->year].plenaries.n > 0) {
		browser_push(b);
		browser_chart_close(b);
		return browser_jump(b, TBL_CONCERNS, c);
	}
	if (m == DS_NONE && cv->years.n > 0) {
		const struct year *y = &cv->years.v[cv->year];
		bool timeline = cv->kind == CHART_TIMELINE;
		if (timeline || y->plenaries.n == 0)
			browser_say(b, false, "nothing to go to: no %s in %d",
				    timeline ? "meeting" : "Plenary", y->year);
		else
			browser_say(b, false, "nothing to go to: not raised in %d", y->year);
	}
	if (m == DS_NONE)
		return REDRAW_STATUS;
	browser_push(b);
	browser_chart_close(b);
	return browser_jump(b, TBL_MEETINGS, m);
}

/* Up and down go through the map's concerns; the timeline has one band and no rows. */
static unsigned rows(struct browser *b, long dy)
{
	if (b->picture.chart.kind != CHART_CONCERN_MAP) {
		browser_say(b, false, "the timeline moves along the years: h and l, or Left and "
				      "Right");
		return REDRAW_STATUS;
	}
	chart_view_move(&b->picture.chart, 0, dy);
	return REDRAW_SCREEN;
}

unsigned browser_chart_do(struct browser *b, enum action a)
{
	struct chart_view *cv = &b->picture.chart;
	long delta;
	if (a != ACT_FIRST && a != ACT_LAST && scroller_delta(a, b->page, 0, &delta))
		return rows(b, delta); /* the map's rows */
	switch (a) {
	case ACT_PREV_YEAR: chart_view_move(cv, -1, 0); break;
	case ACT_NEXT_YEAR: chart_view_move(cv, 1, 0); break;
	case ACT_FIRST: chart_view_home(cv, false); break;
	case ACT_LAST: chart_view_home(cv, true); break;
	case ACT_OPEN: return go(b);
	case ACT_TIMELINE: return browser_chart_open(b, CHART_TIMELINE);
	case ACT_CONCERN_MAP: return browser_chart_open(b, CHART_CONCERN_MAP);
	case ACT_HELP: return browser_help_open(b);
	case ACT_BACK:
	case ACT_CLOSE:
		if (!browser_pop(b))
			browser_chart_close(b);
		break;
	default:
		browser_say(b, false, "%s: not in a picture; q closes it", actions[a].name);
		return REDRAW_STATUS;
	}
	return REDRAW_SCREEN;
}

/* t in the map, c in the timeline: the other picture keeps the year (and the concern). */
size_t browser_chart_selected(const struct browser *b, enum table_id t)
{
	if (t == TBL_MEETINGS)
		return chart_view_target(&b->picture.chart);
	return t == TBL_CONCERNS ? chart_view_concern(&b->picture.chart) : DS_NONE;
}

void browser_chart_wheel(struct browser *b, enum table_id p, long delta)
{
	(void)p;
	chart_view_move(&b->picture.chart, 0, delta); /* the map's rows; the timeline has none */
}

void browser_chart_status(const struct browser *b, char *buf, size_t n)
{
	chart_view_describe(&b->picture.chart, buf, n); /* data text: the status line escapes it */
}

void browser_chart_title(const struct browser *b, char *buf, size_t n)
{
	const struct view *v = &b->views[TBL_CONCERNS];
	if (b->picture.chart.kind != CHART_CONCERN_MAP) {
		snprintf(buf, n, " Timeline: h l move along the years, Enter goes to the meeting, "
				 "q closes");
		return;
	}
	char rows[64] = "";
	if (v->nrows != v->nrecords)
		snprintf(rows, sizeof rows, " (%zu of %zu concerns, as the Concerns pane shows)",
			 v->nrows, v->nrecords);
	snprintf(buf, n, " Concern map%s: h l j k move, Enter goes to the meeting, q closes",
		 rows);
}
