/* Writing a view as CSV: exactly its rows, in its order, with raw field values. The browser's
 * export key and `mtcr --export` both end here. */
#ifndef MTCR_EXPORT_H
#define MTCR_EXPORT_H
#include <stdbool.h>
#include <stddef.h>
#include <signal.h>
#include <stdio.h>

#include "dataset.h"
#include "outcome.h"
#include "view.h"

/* What `mtcr --export=...` asked for; strings as given on the command line. */
struct export_request {
	const char *table;    /* meetings, members, concerns or meeting_concerns */
	const char *filter;   /* --filter=TEXT, or NULL */
	const char *sort;     /* --sort=COLUMN[:desc], or NULL */
	const char *meeting;  /* --meeting=ID, --member=CODE, --concern=ID: at most one set */
	const char *member;
	const char *concern;
	const char *columns;  /* --columns=a,b,c, or NULL for all */
	const char *output;   /* -o FILE; NULL or "-" for standard output */
	bool force;           /* --force: replace a read-only FILE */
	bool safe_cells;      /* --safe-cells: see EXPORT_SAFE_CELLS */
	/* Seconds the filter may take (0: no limit): a regex can take minutes on long fields,
	 * and a script had better hear why than wait. Past it nothing is written. */
	double filter_budget;
};

enum export_flags {
	/* Replace a target that is read-only (no write permission for anyone, or not for this
	 * user): without it such a file is refused, as cp and mv ask first. */
	EXPORT_FORCE = 1,
	/* A value starting with = + - @ TAB or CR gets a ' in front, so that a spreadsheet
	 * shows it as text instead of running it as a formula (CSV injection). */
	EXPORT_SAFE_CELLS = 2,
};

/* Where the browser starts, from the options --export takes and --pane: the browser opens
 * in the state an export of the same options would write. */
struct start_state {
	enum table_id pane;      /* focused: the record's pane, else --pane, else Meetings */
	enum table_id narrowed;  /* the pane --filter and --sort apply to: --pane, else the
				  * focused one */
	const char *filter;      /* NULL: none */
	int sort_col;            /* -1: file order */
	bool sort_desc;
	enum table_id rec_table; /* --meeting, --member, --concern: selected in its pane */
	size_t rec;              /* DS_NONE: none */
	bool link_only;          /* --pane names another pane than the record's: that pane
				  * shows only the rows linked to it, as --export would write */
};

/* Resolves req (its table, columns and output unused) and pane (NULL or a table name) to
 * a start state. Prints nothing: returns OUTCOME_OK, or OUTCOME_USAGE for an unknown pane,
 * column or id with the message in out. */
enum outcome_kind export_start_state(const struct dataset *ds, const struct export_request *req,
				     const char *pane, struct start_state *st, struct outcome *out);

/* Builds the view the request describes and writes it. Prints nothing: returns
 * OUTCOME_FAILED for a write error (out->signal: the interrupt that stopped it), a filter
 * that ran past its budget (nothing written) or no memory, OUTCOME_USAGE for an unknown table, column or id, with the message in out. */
enum outcome_kind export_run(const struct dataset *ds, const struct export_request *req,
			     struct outcome *out);

/* Writes v as RFC 4180 CSV to out: a header, then one record per row, each ending in LF;
 * fields quoted only where needed (export.c says when). cols holds file column indexes of
 * v's table (NULL: every column of the file, in file order). Returns false on a write error
 * or a column outside the file (EINVAL), with errno set. Does not flush out. */
bool export_write(const struct view *v, const int *cols, size_t ncols, FILE *out);
/* The same with export_flags (EXPORT_SAFE_CELLS is the one that applies). */
bool export_write_flags(const struct view *v, const int *cols, size_t ncols, unsigned flags,
			FILE *out);

/* Writes v to path atomically: a temporary file in the same directory, flushed and synced,
 * then renamed over path. On any failure the existing file is untouched, no temporary is
 * left, and err holds "PATH: reason". A symbolic link is followed (the file it names is
 * replaced, the link stays); a device or FIFO is written directly, and a FIFO that no
 * process reads is refused at once rather than waited on. A read-only file is refused
 * unless flags has EXPORT_FORCE. An interrupt (a signal whose handler, installed by the
 * caller's export_guard, sets export_interrupt) ends a write that blocks and leaves the old
 * file in place; export_interrupted then says which came. Returns the number of rows
 * written, or -1. */
long export_to_path(const struct view *v, const int *cols, size_t ncols, const char *path,
		    char *err, size_t errlen);
long export_to_path_flags(const struct view *v, const int *cols, size_t ncols,
			  const char *path, unsigned flags, char *err, size_t errlen);
/* The signal that ended the last export_to_path, or 0. What then happens to it is the
 * guard's policy (cli.c passes it on to a handler the browser had; otherwise the caller,
 * having said what happened, lets it take its course). */
int export_interrupted(void);
/* Set to the signal's number by the guard's handlers: the rows stop being written. */
extern volatile sig_atomic_t export_interrupt;

/* The signal policy around an export_to_path, which is the program's, not the model's
 * (the model calls no signal function): begin makes the interrupts set export_interrupt
 * and end a blocked write; hold and release enclose the rename, so that an interrupt
 * arriving then finds the new file in place; end puts back what begin changed. With no
 * guard (the default), signals do what the process's dispositions say. */
struct export_guard {
	void (*begin)(void);
	void (*hold)(void);
	void (*release)(void);
	void (*end)(void);
};
/* Sets the guard of every export_to_path from now on (NULL: none). */
void export_set_guard(const struct export_guard *g);
/* True when path names an existing file that export_to_path would refuse without
 * EXPORT_FORCE (the browser asks first). */
bool export_target_read_only(const char *path);

#endif
