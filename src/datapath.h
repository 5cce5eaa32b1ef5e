/* Which data directory to read: --data's, else the user's own copy of the record under
 * $XDG_DATA_HOME/mtcr-browser when it holds the five files, else the bundled record (next to
 * the sources when the program runs from its build tree, under $(pkgdatadir) once installed). */
#ifndef MTCR_DATAPATH_H
#define MTCR_DATAPATH_H
#include <stdbool.h>
#include <stddef.h>

enum data_origin { DATA_GIVEN, DATA_USER, DATA_BUNDLED };

struct datapath {
	enum data_origin origin;
	const char *dir;  /* the directory to read */
	char user[4096];  /* the user's copy's directory ("" without HOME or XDG_DATA_HOME) */
	int user_files;   /* how many of the five files the user's directory holds */
	char missing[64]; /* the first of them it lacks, when it holds some */
};

/* The bundled record. */
const char *datapath_default(void);

/* Chooses the directory for given (--data, or NULL). */
void datapath_choose(struct datapath *p, const char *given);

/* "given with --data", "your copy" or "bundled", for --check and the browser. */
const char *datapath_origin_name(enum data_origin o);

/* The file names of a data directory, in load order; n is set to 5. */
const char *const *datapath_files(size_t *n);

#endif
