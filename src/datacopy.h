/* mtcr --copy-data DIR: the user's own copy of the record, to edit and to keep. */
#ifndef MTCR_DATACOPY_H
#define MTCR_DATACOPY_H
#include <stdbool.h>
#include <stddef.h>

/* Copies the five data files of from into to (made, with its parents, when missing). Never
 * overwrites: when any of the five is there already, nothing is written. On failure err holds
 * the message and what was written is removed. */
bool datacopy(const char *from, const char *to, char *err, size_t errlen);

#endif
