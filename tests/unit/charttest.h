/* Helpers for the tests of the pictures: data directories with one file rewritten, and
 * reading a drawn chart back by line and column. */
#ifndef MTCR_CHARTTEST_H
#define MTCR_CHARTTEST_H
#include <stdbool.h>
#include <stddef.h>
#include <wchar.h>

#include "chart.h"

/* A temporary copy of tests/data/good with <name>.csv replaced by content (name NULL:
 * unchanged). Remove it with fixture_remove. */
char *fixture_with(const char *name, const char *content);

/* The character drawn at column col of line i (every glyph takes one column; so does each
 * character of the fixtures), or L'\0' past the end of the line. */
wchar_t chart_cell(const struct chart *c, size_t i, int col);
/* Columns of line i taken from col on, as a string of width n (for "  2", "KOR"). */
const char *chart_cells(const struct chart *c, size_t i, int col, int n);
/* The first line at or after `from` that contains text, or (size_t)-1. */
size_t chart_find(const struct chart *c, size_t from, const char *text);
/* The widest line in display columns. */
int chart_widest(const struct chart *c);
/* All lines, for assertion messages. */
const char *chart_text(const struct chart *c);

#endif
