/* MODE_RESULTS on screen: F's list of matches in all panes, drawn as the record view's
 * lines under the mode's own title (browser_results.c). */
#include "tui_internal.h"

void pane_results_draw(WINDOW *w, const struct browser *b)
{
	char title[700];
	browser_ops(b)->title(b, title, sizeof title);
	pane_lines_draw(w, b, &b->results.list.rec, b->results.list.at.top,
			b->results.list.at.cursor, true, title);
}
