/* Shared between the view's source files; not for other modules. */
#ifndef MTCR_VIEW_INTERNAL_H
#define MTCR_VIEW_INTERNAL_H
#include "view.h"

/* Orders v->rows by the view's sort column (file order when none). */
bool view_sort_rows(struct view *v);

#endif
