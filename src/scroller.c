/* See scroller.h. */
#include "scroller.h"

/* Half a page, never none: ^D on a one-line window still moves. */
static long half(size_t page)
{
	return page > 1 ? (long)(page / 2) : 1;
}

bool scroller_delta(enum action a, size_t page, size_t count, long *delta)
{
	long p = (long)(page ? page : 1), all = (long)count;
	switch (a) {
	case ACT_DOWN: *delta = 1; return true;
	case ACT_UP: *delta = -1; return true;
	case ACT_PAGE_DOWN: *delta = p; return true;
	case ACT_PAGE_UP: *delta = -p; return true;
	case ACT_HALF_DOWN: *delta = half(page); return true;
	case ACT_HALF_UP: *delta = -half(page); return true;
	case ACT_FIRST: *delta = -all - 1; return true;
	case ACT_LAST: *delta = all + 1; return true;
	default: return false;
	}
}

static size_t max_top(const struct scroller *s)
{
	size_t page = s->page ? s->page : 1;
	return s->count > page ? s->count - page : 0;
}

void scroller_scroll(struct scroller *s, long delta)
{
	long t = (long)s->top + delta;
	size_t m = max_top(s);
	s->top = t < 0 ? 0 : (size_t)t > m ? m : (size_t)t;
}

void scroller_set(struct scroller *s, size_t line)
{
	size_t page = s->page ? s->page : 1, m = max_top(s);
	s->cursor = s->count == 0 ? 0 : line >= s->count ? s->count - 1 : line;
	if (s->cursor < s->top)
		s->top = s->cursor;
	else if (s->cursor >= s->top + page)
		s->top = s->cursor - page + 1;
	if (s->top > m)
		s->top = m;
}

void scroller_move(struct scroller *s, long delta)
{
	long c = (long)s->cursor + delta;
	scroller_set(s, c < 0 ? 0 : (size_t)c);
}
