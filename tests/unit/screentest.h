/* Curses screens without a terminal, for the render tests: newterm on /dev/null at a fixed
 * size, and the cells the program drew read back from curscr. */
#ifndef MTCR_SCREENTEST_H
#define MTCR_SCREENTEST_H
#include <curses.h>
#include <wchar.h>

/* A screen of lines x cols, made current; an assertion fails when there is none. */
SCREEN *screen_open(int lines, int cols);
/* Ends and frees the screen, if one is open (after the windows on it are deleted). */
void screen_close(void);

/* Line y as UTF-8, without trailing blanks (a static buffer). */
const char *screen_line(int y);
/* The first line that contains text, or -1. */
int screen_find_line(const char *text);
/* The display column where text starts on line y (an assertion fails when it is not
 * there), measured with wcswidth. */
int screen_column_of(int y, const wchar_t *text);
/* The attributes of the cell at (y, x). */
attr_t screen_attr(int y, int x);

#endif
