/* The terminal around the browser: refusing clearly when there is none, taking it with
 * newterm (which, unlike initscr, returns instead of exiting), and always giving it back.
 * Signal handlers only set a flag; the main loop sees it within one input timeout. */
#include <curses.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "draw.h"
#include "tui_internal.h"
/* Last: it defines terminfo names such as lines and columns as macros. */
#include <term.h>

static volatile sig_atomic_t stop_signal;
static const int stop_signals[] = {SIGTERM, SIGHUP, SIGINT};
static struct sigaction saved[3];

static void on_stop(int sig)
{
	stop_signal = sig;
}

int tui_term_stop_signal(void)
{
	return stop_signal;
}

/* A terminal the browser can draw on: a tty both ways and a TERM with cursor addressing. */
bool tui_term_check(char *msg, size_t n)
{
	const char *term = getenv("TERM");
	int err = 0;
	if (!isatty(STDOUT_FILENO)) {
		snprintf(msg, n, "standard output is not a terminal; to write CSV instead, use "
				 "--export=meetings|members|concerns (see mtcr --help)");
		return false;
	}
	if (!isatty(STDIN_FILENO)) {
		snprintf(msg, n, "standard input is not a terminal: the browser reads its keys there");
		return false;
	}
	if (!term || !*term || strcmp(term, "dumb") == 0) {
		snprintf(msg, n, "TERM is %s: the browser needs a terminal that can move the cursor "
				 "(for example TERM=xterm-256color); --export writes CSV without one",
			 term && *term ? "dumb" : "not set");
		return false;
	}
	if (setupterm(term, STDOUT_FILENO, &err) != OK) {
		snprintf(msg, n, "unknown terminal type TERM=%s (no terminfo entry; the ncurses-term "
				 "package has more)", term);
		return false;
	}
	char *cup = tigetstr("cup");
	bool addressable = cup && cup != (char *)-1;
	del_curterm(cur_term);
	if (!addressable)
		snprintf(msg, n, "TERM=%s cannot move the cursor: the browser needs a terminal "
				 "that can; --export writes CSV without one", term);
	return addressable;
}

static void catch_stop_signals(void)
{
	struct sigaction sa;
	memset(&sa, 0, sizeof sa);
	sa.sa_handler = on_stop;
	sigemptyset(&sa.sa_mask);
	/* No SA_RESTART: a blocked read returns, and the loop looks at the flag. */
	for (size_t i = 0; i < sizeof stop_signals / sizeof *stop_signals; i++)
		sigaction(stop_signals[i], &sa, &saved[i]);
}

static void release_stop_signals(void)
{
	for (size_t i = 0; i < sizeof stop_signals / sizeof *stop_signals; i++)
		sigaction(stop_signals[i], &saved[i], NULL);
}

static bool want_color(const struct tui_options *o)
{
	const char *no_color = getenv("NO_COLOR");
	if (o->color == COLOR_NEVER)
		return false;
	return o->color == COLOR_ALWAYS || !no_color || !*no_color;
}

bool tui_term_open(struct tui *t, const struct tui_options *o, char *msg, size_t n)
{
	/* Installed first, so ncurses leaves SIGINT and SIGTERM to us (it only takes signals
	 * whose handler is the default); it keeps SIGTSTP and SIGWINCH, which it does well. */
	catch_stop_signals();
	t->screen = newterm(NULL, stdout, stdin);
	if (!t->screen) {
		release_stop_signals();
		snprintf(msg, n, "cannot start the terminal (TERM=%s)", getenv("TERM"));
		return false;
	}
	set_term(t->screen);
	raw(); /* ^C, ^Z, ^S and ^Q arrive as keys: ^C quits, ^Z suspends, ^S exports */
	noecho();
	nonl();
	keypad(stdscr, TRUE);
	wtimeout(stdscr, 250);
	curs_set(0);
	if (!getenv("ESCDELAY"))
		set_escdelay(25); /* Esc must feel immediate; the user's ESCDELAY wins */
	bool color = want_color(o) && has_colors() && start_color() == OK;
	if (color)
		use_default_colors();
	if (o->mouse) {
		mousemask(BUTTON1_PRESSED | BUTTON4_PRESSED | BUTTON5_PRESSED, NULL);
		mouseinterval(0);
	}
	tui_prepare(t, color);
	return true;
}

void tui_term_close(struct tui *t)
{
	if (!t->screen)
		return;
	curs_set(1);
	endwin();
	fflush(stdout);
	delscreen(t->screen);
	t->screen = NULL;
	release_stop_signals();
}

/* ^Z in raw mode is a key, not a signal: leave curses mode, stop as the shell expects,
 * and come back to the same screen on fg. */
void tui_term_suspend(void)
{
	struct sigaction dfl, old;
	memset(&dfl, 0, sizeof dfl);
	dfl.sa_handler = SIG_DFL;
	sigemptyset(&dfl.sa_mask);
	def_prog_mode();
	endwin();
	fflush(stdout);
	sigaction(SIGTSTP, &dfl, &old);
	kill(getpid(), SIGTSTP); /* stops here until fg */
	sigaction(SIGTSTP, &old, NULL);
	reset_prog_mode();
}
