/* Lists of record indexes, on the heap and from a pool: values survive every move (2
 * entries, 8, then the heap), rooms given back are reused, and freeing frees only what is
 * the list's own (run under AddressSanitizer in CI, which would see a wrong free). */
#include <criterion/criterion.h>
#include <stdint.h>

#include "dataset.h"

static struct idxpool pool;

static void teardown(void)
{
	arena_free(&pool.arena);
}

TestSuite(idxlist, .fini = teardown);

Test(idxlist, heap_lists_keep_every_value)
{
	struct idxlist l = {0};
	for (size_t i = 0; i < 1000; i++)
		cr_assert(idxlist_push(&l, i * 7));
	cr_assert_eq(l.n, 1000);
	for (size_t i = 0; i < 1000; i++)
		cr_assert_eq(l.v[i], i * 7);
	cr_assert(idxlist_has(&l, 693));
	cr_assert_not(idxlist_has(&l, 694));
	cr_assert_not(idxlist_push(&l, (size_t)UINT32_MAX + 1), "an index above 32 bits");
	idxlist_free(&l);
	cr_assert_eq(l.n, 0);
	cr_assert_null(l.v);
}

Test(idxlist, pooled_lists_keep_every_value_through_each_move)
{
	enum { LISTS = 50 };
	struct idxlist l[LISTS] = {{0}};
	/* grown a little at a time, in turn, so that rooms are given back and taken again */
	for (size_t round = 0; round < 20; round++)
		for (size_t k = 0; k < LISTS; k++)
			if (round < k % 13 + 1)
				cr_assert(idxlist_push_pooled(&l[k], k * 100 + round, &pool));
	for (size_t k = 0; k < LISTS; k++) {
		size_t want = k % 13 + 1;
		cr_assert_eq(l[k].n, want, "list %zu", k);
		for (size_t i = 0; i < want; i++)
			cr_assert_eq(l[k].v[i], k * 100 + i, "list %zu, entry %zu", k, i);
	}
	for (size_t k = 0; k < LISTS; k++)
		idxlist_free(&l[k]);
}

Test(idxlist, rooms_given_back_are_reused)
{
	struct idxlist a = {0}, b = {0};
	cr_assert(idxlist_push_pooled(&a, 1, &pool));
	uint32_t *small = a.v;
	cr_assert(idxlist_push_pooled(&a, 2, &pool));
	cr_assert(idxlist_push_pooled(&a, 3, &pool)); /* a moves to a room of 8 */
	cr_assert_neq(a.v, small);
	cr_assert(idxlist_push_pooled(&b, 9, &pool)); /* b gets a's first room */
	cr_assert_eq(b.v, small);
	cr_assert_eq(a.v[0], 1);
	cr_assert_eq(a.v[2], 3);
	cr_assert_eq(b.v[0], 9);
	idxlist_free(&a);
	idxlist_free(&b);
}

/* A copy is the other list's values in the copy's own room: growing it, or the source
 * changing after, leaves the other alone; a copy of an empty list is empty. */
Test(idxlist, copies_are_their_own)
{
	struct idxlist a = {0}, b = {0};
	for (size_t i = 0; i < 100; i++)
		cr_assert(idxlist_push(&a, i + 1));
	cr_assert(idxlist_push(&b, 42));
	cr_assert(idxlist_copy(&b, &a));
	cr_assert_eq(b.n, 100);
	cr_assert_neq(b.v, a.v);
	a.v[0] = 999;
	for (size_t i = 0; i < 100; i++)
		cr_assert_eq(b.v[i], i + 1);
	struct idxlist empty = {0};
	cr_assert(idxlist_copy(&b, &empty));
	cr_assert_eq(b.n, 0);
	idxlist_free(&a);
	idxlist_free(&b);
}
