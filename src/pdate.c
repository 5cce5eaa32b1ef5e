/* Parsing and comparing partial ISO 8601 dates. */
#include "pdate.h"

#include <ctype.h>
#include <string.h>

static bool leap(int y)
{
	return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

static int days_in_month(int y, int m)
{
	static const int days[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
	return m == 2 && leap(y) ? 29 : days[m - 1];
}

/* Reads exactly n digits. */
static bool digits(const char *s, int n, int *out)
{
	int v = 0;
	for (int i = 0; i < n; i++) {
		if (!isdigit((unsigned char)s[i]))
			return false;
		v = v * 10 + (s[i] - '0');
	}
	*out = v;
	return true;
}

bool pdate_parse(const char *s, struct pdate *d)
{
	int y = 0, m = 0, day = 0;
	size_t len = strlen(s);
	*d = (struct pdate){0, 0, 0};
	if (len == 0)
		return true;
	if (len != 4 && len != 7 && len != 10)
		return false;
	if (!digits(s, 4, &y) || y < 1)
		return false;
	if (len >= 7 && (s[4] != '-' || !digits(s + 5, 2, &m) || m < 1 || m > 12))
		return false;
	if (len == 10 && (s[7] != '-' || !digits(s + 8, 2, &day) || day < 1 ||
			  day > days_in_month(y, m)))
		return false;
	*d = (struct pdate){(short)y, (signed char)m, (signed char)day};
	return true;
}

static int cmp_int(int a, int b)
{
	return (a > b) - (a < b);
}

int pdate_cmp(const struct pdate *a, const struct pdate *b)
{
	if (pdate_empty(a) || pdate_empty(b))
		return cmp_int(!pdate_empty(a), !pdate_empty(b));
	int c = cmp_int(a->year, b->year);
	if (c || !a->month || !b->month)
		return c;
	c = cmp_int(a->month, b->month);
	if (c || !a->day || !b->day)
		return c;
	return cmp_int(a->day, b->day);
}

int pdate_order(const struct pdate *a, const struct pdate *b)
{
	int c = cmp_int(a->year, b->year);
	if (!c)
		c = cmp_int(a->month, b->month);
	if (!c)
		c = cmp_int(a->day, b->day);
	return c;
}
