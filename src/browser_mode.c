/* The mode table: one row per screen of the browser, saying what it does with a key (act),
 * what the status line says on it, its title, and what the mouse does there. browser_do
 * gives a key to the prompt first, else to the mode's act; nothing else switches on the
 * mode. The TUI draws each mode from the matching row of its draw table (tui_screen.c).
 * Adding a screen: README, "HACKING". */
#include "browser_internal.h"

static const struct mode_ops modes[MODE_COUNT] = {
	[MODE_LIST] = {.name = "lists", .act = browser_list_do, .status = browser_list_status,
		       .wheel = browser_list_wheel, .click = browser_list_click,
		       .resize = browser_list_resize},
	[MODE_RECORD] = {.name = "record", .act = browser_record_do,
			 .status = browser_record_status, .wheel = browser_record_wheel,
			 .selected = browser_record_selected, .leave = browser_record_close,
			 .lines = browser_record_lines, .searched = browser_record_searched,
			 .resize = browser_record_resize,
			 .save = browser_record_save, .restore = browser_record_restore},
	[MODE_HELP] = {.name = "help", .act = browser_help_do, .status = browser_help_status,
		       .wheel = browser_help_wheel, .resize = browser_help_resize},
	[MODE_PICTURE] = {.name = "picture", .picture = true, .act = browser_chart_do,
			  .status = browser_chart_status, .title = browser_chart_title,
			  .wheel = browser_chart_wheel, .selected = browser_chart_selected,
			  .leave = browser_chart_close, .resize = browser_chart_resize,
			  .save = browser_chart_save, .restore = browser_chart_restore},
	[MODE_RESULTS] = {.name = "results", .act = browser_results_do,
			  .status = browser_results_status, .title = browser_results_title,
			  .wheel = browser_results_wheel, .leave = browser_results_close,
			  .lines = browser_results_lines, .resize = browser_results_resize,
			  .save = browser_results_save, .restore = browser_results_restore},
};

const struct mode_ops *browser_mode_ops(enum browser_mode m)
{
	return &modes[m < MODE_COUNT ? m : MODE_LIST];
}

const struct mode_ops *browser_ops(const struct browser *b)
{
	return browser_mode_ops(b->mode);
}

void browser_modes_resize(struct browser *b)
{
	for (int m = 0; m < MODE_COUNT; m++)
		if (modes[m].resize)
			modes[m].resize(b);
}
