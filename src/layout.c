/* Screen layout. Panes keep their order in both arrangements, so a user who learnt where
 * Members is does not have to look for it again after a resize. */
#include "layout.h"

#include <string.h>

static void wide(struct layout *l, int avail, const int want[])
{
	int lists = avail * 55 / 100, x = 0, sum = 0, w[PANES];
	if (lists < 5)
		lists = 5;
	for (int p = 0; p < PANES; p++)
		sum += want && want[p] > 0 ? want[p] : 1;
	int used = 0; /* the last pane takes what the others leave */
	for (int p = 0; p < PANES - 1; p++)
		used += w[p] = (int)((long)l->cols * (want && want[p] > 0 ? want[p] : 1) / sum);
	w[PANES - 1] = l->cols - used;
	for (int p = 0; p < PANES; p++) {
		l->pane[p] = (struct rect){0, x, lists, w[p]};
		l->sep[p] = p < PANES - 1;
		x += w[p];
	}
	l->detail = (struct rect){lists, 0, avail - lists, l->cols};
}

static void stacked(struct layout *l, int avail)
{
	int each = avail * 70 / 100 / PANES, y = 0;
	if (each < 3)
		each = 3;
	for (int p = 0; p < PANES; p++) {
		l->pane[p] = (struct rect){y, 0, each, l->cols};
		l->sep[p] = false;
		y += each;
	}
	l->detail = (struct rect){y, 0, avail - y, l->cols};
}

void layout_compute(struct layout *l, int lines, int cols, const int want[PANES])
{
	memset(l, 0, sizeof *l);
	l->lines = lines;
	l->cols = cols;
	l->too_small = lines < LAYOUT_MIN_LINES || cols < LAYOUT_MIN_COLS;
	if (l->too_small)
		return;
	int avail = lines - 1;
	l->wide = cols >= LAYOUT_WIDE_COLS;
	if (l->wide)
		wide(l, avail, want);
	else
		stacked(l, avail);
	l->overlay = (struct rect){0, 0, avail, cols};
	l->status = (struct rect){avail, 0, 1, cols};
}

void layout_adjust(struct layout *l, int zoom, bool detail)
{
	int avail = l->lines - 1;
	if (l->too_small || (zoom < 0 && detail))
		return;
	l->detail = (struct rect){0};
	if (zoom >= 0 && zoom < PANES) {
		for (int p = 0; p < PANES; p++)
			l->pane[p] = (struct rect){0};
		l->pane[zoom] = (struct rect){0, 0, avail, l->cols};
		l->sep[zoom] = false;
		return;
	}
	if (l->wide) {
		for (int p = 0; p < PANES; p++)
			l->pane[p].h = avail;
		return;
	}
	for (int p = 0, y = 0; p < PANES; p++) {
		int h = avail / PANES + (p < avail % PANES);
		l->pane[p] = (struct rect){y, 0, h, l->cols};
		y += h;
	}
}

int layout_rows(const struct rect *r)
{
	return r->h > 2 ? r->h - 2 : 0;
}

static int total(const int w[], int n)
{
	int t = 0, shown = 0;
	for (int i = 0; i < n; i++)
		if (w[i] > 0) {
			t += w[i];
			shown++;
		}
	return t + (shown > 1 ? shown - 1 : 0);
}

/* Takes columns from the widest shrinkable column of the chosen kind, one at a time. */
static void shrink(const int minimum[], const bool flexible[], bool flex, int n, int avail,
		   int out[])
{
	while (total(out, n) > avail) {
		int widest = -1;
		for (int i = 0; i < n; i++)
			if (flexible[i] == flex && out[i] > minimum[i] && (widest < 0 || out[i] > out[widest]))
				widest = i;
		if (widest < 0)
			return;
		out[widest]--;
	}
}

void layout_columns(const int natural[], const int minimum[], const bool flexible[], int n,
		    int avail, int out[])
{
	for (int i = 0; i < n; i++)
		out[i] = natural[i] > minimum[i] ? natural[i] : minimum[i];
	shrink(minimum, flexible, true, n, avail, out);
	shrink(minimum, flexible, false, n, avail, out);
	for (int i = n - 1; i > 0 && total(out, n) > avail; i--)
		out[i] = 0;
	if (total(out, n) > avail)
		out[0] = avail > 0 ? avail : 0;
}
