/* Shared between the view's source files; not for other modules. */
#ifndef MTCR_VIEW_INTERNAL_H
#define MTCR_VIEW_INTERNAL_H
#include "view.h"

/* How long the pass of a filter's first letter may spend noting rows' signatures, in
 * seconds on each of its threads (view.c); tests set it to 0. */
extern double view_sig_budget;

/* Orders v->rows by the view's sort column (file order when none). */
bool view_sort_rows(struct view *v);

#endif
