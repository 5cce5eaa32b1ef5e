/* Placeholder until export lands (issue 5). */
#include "export.h"

int export_run(const struct dataset *ds, const struct export_request *req)
{
	(void)ds;
	(void)req;
	fputs("mtcr: --export is not implemented yet\n", stderr);
	return 2;
}
