/* The terminal's part of citing: y and Y send the text to the clipboard with OSC 52 (the
 * escape xterm, tmux, kitty, foot, WezTerm and others take, also over ssh); o hands an
 * address to $BROWSER, or to xdg-open in a graphical session. */
#include <curses.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "tui_internal.h"
/* Last: it defines terminfo names as macros. */
#include <term.h>

/* Ms is terminfo's set-selection (OSC 52); most terminals that take it do not say so, so
 * the families known to are named too. */
bool tui_can_copy(void)
{
	static const char *const known[] = {"xterm", "tmux", "screen", "alacritty", "kitty",
					    "foot", "wezterm", "contour", "st-", "rxvt-unicode"};
	char *ms = tigetstr("Ms");
	const char *term = getenv("TERM");
	if (ms && ms != (char *)-1)
		return true;
	if (getenv("TMUX"))
		return true;
	for (size_t i = 0; term && i < sizeof known / sizeof *known; i++)
		if (strncmp(term, known[i], strlen(known[i])) == 0)
			return true;
	return false;
}

static void base64(const char *s, size_t n, FILE *out)
{
	static const char abc[] =
		"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
	for (size_t i = 0; i < n; i += 3) {
		unsigned v = (unsigned char)s[i] << 16;
		if (i + 1 < n)
			v |= (unsigned char)s[i + 1] << 8;
		if (i + 2 < n)
			v |= (unsigned char)s[i + 2];
		fputc(abc[v >> 18 & 63], out);
		fputc(abc[v >> 12 & 63], out);
		fputc(i + 1 < n ? abc[v >> 6 & 63] : '=', out);
		fputc(i + 2 < n ? abc[v & 63] : '=', out);
	}
}

/* Sent after the screen is updated, straight to the terminal: it draws nothing. */
void tui_send_copy(struct tui *t)
{
	struct browser *b = t->b;
	if (!b->copy)
		return;
	if (b->can_copy) {
		fflush(stdout);
		fputs("\033]52;c;", stdout);
		base64(b->copy, strlen(b->copy), stdout);
		fputs("\a", stdout);
		fflush(stdout);
	}
	free(b->copy);
	b->copy = NULL;
}

/* The command that opens an address, or NULL: $BROWSER, else xdg-open where there is a
 * display to open it on (without one it would start a text browser in our terminal). */
static const char *opener(void)
{
	const char *browser = getenv("BROWSER"), *x = getenv("DISPLAY"),
		   *wayland = getenv("WAYLAND_DISPLAY");
	if (browser && *browser)
		return browser;
	if ((x && *x) || (wayland && *wayland))
		return "xdg-open";
	return NULL;
}

/* Runs the opener with the terminal given back (it may be a text browser such as lynx),
 * then takes the screen again. Returns its exit status, or -1 when it could not run. */
static int run_opener(const char *cmd, const char *url)
{
	def_prog_mode();
	endwin();
	fflush(stdout);
	pid_t pid = fork();
	if (pid == 0) {
		/* "$BROWSER" may hold arguments: the shell splits it; the address is one word. */
		execl("/bin/sh", "sh", "-c", "eval \"$0 \\\"\\$1\\\"\"", cmd, url, (char *)NULL);
		_exit(127);
	}
	int st = -1;
	while (pid > 0 && waitpid(pid, &st, 0) < 0)
		if (errno != EINTR) {
			st = -1;
			break;
		}
	reset_prog_mode();
	return pid < 0 || st == -1 ? -1 : WIFEXITED(st) ? WEXITSTATUS(st) : -1;
}

unsigned tui_open_url(struct tui *t)
{
	struct browser *b = t->b;
	if (!b->open_url)
		return 0;
	char *url = b->open_url;
	b->open_url = NULL;
	const char *cmd = opener();
	if (!cmd) {
		/* The status line may cut a long address: the clipboard has all of it. */
		snprintf(b->message, sizeof b->message, "no $BROWSER set; the source is %s%s",
			 b->can_copy ? "(copied) " : "", url);
		b->message_is_error = false;
		if (b->can_copy) {
			free(b->copy);
			b->copy = url;
		} else {
			free(url);
		}
		return REDRAW_STATUS;
	}
	int st = run_opener(cmd, url);
	if (st == 0)
		snprintf(b->message, sizeof b->message, "opened %s", url);
	else
		snprintf(b->message, sizeof b->message, "%s failed (%s %d); the source is %s", cmd,
			 st < 0 ? "status" : "exit", st, url);
	b->message_is_error = st != 0;
	free(url);
	return REDRAW_CLEAR | REDRAW_SCREEN | REDRAW_STATUS;
}
