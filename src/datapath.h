/* Where the bundled data lives: next to the sources when the program runs from its build
 * tree, under $(pkgdatadir) once installed. */
#ifndef MTCR_DATAPATH_H
#define MTCR_DATAPATH_H

/* The data directory to use when --data is not given. */
const char *datapath_default(void);

#endif
