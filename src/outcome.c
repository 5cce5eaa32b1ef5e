/* outcome.c: filling in an outcome's message (see outcome.h). */
#include "outcome.h"

#include <stdarg.h>
#include <stdio.h>

#include "text.h"

enum outcome_kind outcome_vfail(struct outcome *out, enum outcome_kind kind, bool escape,
				const char *fmt, va_list ap)
{
	char raw[sizeof out->msg];
	vsnprintf(escape ? raw : out->msg, sizeof raw, fmt, ap);
	if (escape) {
		/* one byte kept for the NUL, which fmemopen leaves out when the text fills it */
		FILE *f = fmemopen(out->msg, sizeof out->msg - 1, "w");
		if (f) {
			text_fputs_escaped(raw, f);
			fclose(f);
			out->msg[sizeof out->msg - 1] = '\0';
		} else {
			snprintf(out->msg, sizeof out->msg, "%s", "out of memory");
		}
	}
	return kind;
}

enum outcome_kind outcome_fail(struct outcome *out, enum outcome_kind kind, bool escape,
			       const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	kind = outcome_vfail(out, kind, escape, fmt, ap);
	va_end(ap);
	return kind;
}
