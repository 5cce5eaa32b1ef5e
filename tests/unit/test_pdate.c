/* Partial dates: what parses, what does not, and how they compare. */
#include <criterion/criterion.h>

#include "pdate.h"

static struct pdate d(const char *s)
{
	struct pdate p;
	cr_assert(pdate_parse(s, &p), "'%s' should parse", s);
	return p;
}

Test(pdate, parses_full_and_partial_dates)
{
	struct pdate p = d("2004-10-06");
	cr_expect_eq(p.year, 2004);
	cr_expect_eq(p.month, 10);
	cr_expect_eq(p.day, 6);
	p = d("1988-09");
	cr_expect_eq(p.year, 1988);
	cr_expect_eq(p.month, 9);
	cr_expect_eq(p.day, 0);
	p = d("1987");
	cr_expect_eq(p.year, 1987);
	cr_expect_eq(p.month, 0);
}

Test(pdate, empty_means_not_stated)
{
	struct pdate p = d("");
	cr_expect(pdate_empty(&p));
}

Test(pdate, rejects_impossible_and_malformed_dates)
{
	const char *bad[] = {"2004-13-01", "2004-02-30", "2003-02-29", "2004-00", "2004-10-00",
			     "04-10-2004", "2004/10/06", "2004-1-6", "20041006", "abcd", "2004-10-06x",
			     " 2004", "0000"};
	struct pdate p;
	for (size_t i = 0; i < sizeof bad / sizeof *bad; i++)
		cr_expect_not(pdate_parse(bad[i], &p), "'%s' should be rejected", bad[i]);
}

Test(pdate, leap_days)
{
	struct pdate p;
	cr_expect(pdate_parse("2004-02-29", &p));
	cr_expect(pdate_parse("2000-02-29", &p));
	cr_expect_not(pdate_parse("1900-02-29", &p));
}

Test(pdate, compares_at_shared_precision)
{
	struct pdate a = d("2004"), b = d("2004-10-06"), c = d("2004-06"), e = d("2005");
	cr_expect_eq(pdate_cmp(&a, &b), 0);
	cr_expect_lt(pdate_cmp(&c, &b), 0);
	cr_expect_gt(pdate_cmp(&b, &c), 0);
	cr_expect_lt(pdate_cmp(&b, &e), 0);
	struct pdate none = d("");
	cr_expect_lt(pdate_cmp(&none, &a), 0);
}

Test(pdate, orders_partial_before_precise)
{
	struct pdate a = d("1988"), b = d("1988-09"), c = d("1988-09-01");
	cr_expect_lt(pdate_order(&a, &b), 0);
	cr_expect_lt(pdate_order(&b, &c), 0);
	cr_expect_eq(pdate_order(&c, &c), 0);
}
