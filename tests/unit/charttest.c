/* Test helpers for the pictures. */
#include "charttest.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "testutil.h"
#include "text.h"

char *fixture_with(const char *name, const char *content)
{
	char *dir = fixture_dir(NULL), path[4096];
	if (!name)
		return dir;
	snprintf(path, sizeof path, "%s/%s.csv", dir, name);
	FILE *f = fopen(path, "wb");
	if (!f || fputs(content, f) == EOF || fclose(f) != 0)
		abort();
	return dir;
}

static const wchar_t *wide(const struct chart *c, size_t i)
{
	static wchar_t buf[4096];
	buf[0] = L'\0';
	if (i < c->n && mbstowcs(buf, c->lines[i], sizeof buf / sizeof *buf - 1) == (size_t)-1)
		abort();
	return buf;
}

wchar_t chart_cell(const struct chart *c, size_t i, int col)
{
	const wchar_t *w = wide(c, i);
	return col >= 0 && (size_t)col < wcslen(w) ? w[col] : L'\0';
}

const char *chart_cells(const struct chart *c, size_t i, int col, int n)
{
	static char out[256];
	wchar_t part[64] = {0};
	const wchar_t *w = wide(c, i);
	size_t len = wcslen(w);
	for (int k = 0; k < n && k < 63; k++)
		part[k] = col + k >= 0 && (size_t)(col + k) < len ? w[col + k] : L' ';
	if (wcstombs(out, part, sizeof out) == (size_t)-1)
		abort();
	return out;
}

size_t chart_find(const struct chart *c, size_t from, const char *text)
{
	for (size_t i = from; i < c->n; i++)
		if (strstr(c->lines[i], text))
			return i;
	return (size_t)-1;
}

int chart_widest(const struct chart *c)
{
	int max = 0;
	for (size_t i = 0; i < c->n; i++)
		if (text_width(c->lines[i]) > max)
			max = text_width(c->lines[i]);
	return max;
}

const char *chart_text(const struct chart *c)
{
	static char buf[32768];
	size_t used = 0;
	buf[0] = '\0';
	for (size_t i = 0; i < c->n; i++) {
		int w = snprintf(buf + used, sizeof buf - used, "%s\n", c->lines[i]);
		if (w < 0 || (size_t)w >= sizeof buf - used)
			break;
		used += (size_t)w;
	}
	return buf;
}
