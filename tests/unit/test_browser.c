/* The browser driven by actions, as the TUI drives it, with no terminal: focus and links,
 * search, filter, sort, the record view, the help and export from the screen.
 * Fixture: tests/data/good (p1 Rome, p2 Seoul, r1 Paris, p3 Rotterdam; 8 members). */
#include <criterion/criterion.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "browsertest.h"
#include "dataset_struct.h"
#include "testutil.h"

static void setup(void)
{
	browsertest_setup(10);
}

TestSuite(browser, .init = setup, .fini = browsertest_teardown);

static const char *title(enum table_id p)
{
	static char buf[256];
	browser_title(&b, p, buf, sizeof buf);
	return buf;
}

Test(browser, starts_on_meetings_and_marks_what_the_first_meeting_links_to)
{
	cr_expect_eq(b.focus, TBL_MEETINGS);
	cr_expect_str_eq(current(TBL_MEETINGS), "p1");
	cr_expect_eq(view_mark(&b.views[TBL_MEMBERS], dataset_member(&ds, "ITA")), MARK_RELATED);
	cr_expect_eq(view_mark(&b.views[TBL_MEMBERS], dataset_member(&ds, "KOR")), MARK_NONE);
	cr_expect_str_eq(title(TBL_MEMBERS), "Members 8 (2 linked to p1)");
	cr_expect_str_eq(title(TBL_MEETINGS), "Meetings 4");
	cr_expect_str_eq(status(), "Meetings  row 1/4");
}

Test(browser, moving_the_cursor_moves_the_marks)
{
	act(ACT_DOWN);
	cr_expect_str_eq(current(TBL_MEETINGS), "p2");
	cr_expect_eq(view_mark(&b.views[TBL_MEMBERS], dataset_member(&ds, "BGR")), MARK_NEW);
	cr_expect_eq(view_mark(&b.views[TBL_CONCERNS], dataset_concern(&ds, "itt")), MARK_RELATED);
	act(ACT_LAST);
	cr_expect_str_eq(current(TBL_MEETINGS), "p3");
	cr_expect_eq(view_mark(&b.views[TBL_MEMBERS], dataset_member(&ds, "BGR")), MARK_RELATED,
		     "a Partner at p3, no longer new");
	act(ACT_FIRST);
	cr_expect_str_eq(current(TBL_MEETINGS), "p1");
	act(ACT_PAGE_DOWN);
	cr_expect_str_eq(current(TBL_MEETINGS), "p3", "a page is the pane's height, 3 rows");
	act(ACT_HALF_UP);
	cr_expect_str_eq(current(TBL_MEETINGS), "r1");
}

Test(browser, the_focused_pane_drives_the_links)
{
	act(ACT_NEXT_PANE);
	cr_expect_eq(b.focus, TBL_MEMBERS);
	cr_expect_str_eq(current(TBL_MEMBERS), "ITA");
	cr_expect_eq(view_mark(&b.views[TBL_MEETINGS], dataset_meeting(&ds, "p1")), MARK_RELATED,
		     "Italy hosted p1");
	cr_expect_str_eq(title(TBL_MEMBERS), "Members 8", "the focused pane is not linked");
	act(ACT_PREV_PANE);
	act(ACT_PREV_PANE);
	cr_expect_eq(b.focus, TBL_CONCERNS, "Shift-Tab wraps around");
	act(ACT_MEMBERS);
	cr_expect_eq(b.focus, TBL_MEMBERS);
	act(ACT_MEETINGS);
	cr_expect_eq(b.focus, TBL_MEETINGS);
}

Test(browser, link_mode_shows_only_related_rows_and_says_so)
{
	act(ACT_DOWN); /* p2 */
	act(ACT_LINK);
	cr_expect(b.lists.link_only);
	cr_expect_eq(b.views[TBL_MEMBERS].nrows, 7);
	cr_expect_str_eq(title(TBL_MEMBERS), "Members 7/8 (only linked to p2)");
	cr_expect_str_eq(title(TBL_CONCERNS), "Concerns 3/3 (only linked to p2)", "narrowed, if to all");
	act(ACT_DOWN); /* r1: no concerns */
	cr_expect_eq(b.views[TBL_CONCERNS].nrows, 0, "the other panes follow the cursor");
	act(ACT_UP); /* p2 again */
	act(ACT_MEMBERS);
	cr_expect_eq(b.views[TBL_MEMBERS].nrows, 7, "the pane moved to keeps what it showed");
	cr_expect_str_eq(title(TBL_MEMBERS), "Members 7/8 (only linked to p2)");
	act(ACT_DOWN);
	cr_expect_eq(b.views[TBL_MEETINGS].nrows, 4, "the links stay with Meetings, where l was pressed");
	cr_expect_eq(b.views[TBL_MEMBERS].nrows, 7);
	act(ACT_LINK);
	cr_expect_not(b.lists.link_only);
	cr_expect_eq(b.views[TBL_MEETINGS].nrows, 4);
	cr_expect_eq(b.views[TBL_MEMBERS].nrows, 8, "l again shows every row");
}

Test(browser, in_link_mode_the_linked_rows_can_be_exported_and_a_jump_moves_the_links)
{
	act(ACT_DOWN); /* p2 */
	act(ACT_LINK);
	act(ACT_MEMBERS);
	char path[] = "/tmp/mtcr-linked-XXXXXX";
	int fd = mkstemp(path);
	cr_assert_geq(fd, 0);
	close(fd);
	unlink(path);
	act(ACT_EXPORT);
	act(ACT_CLEAR);
	type(path);
	act(ACT_ACCEPT);
	char want[128];
	snprintf(want, sizeof want, "wrote 7 rows to %s", path);
	cr_expect_str_eq(b.message, want, "the seven Partners of p2 shown, not all eight");
	unlink(path);
	act(ACT_LINK); /* off */
	/* l in Concerns, then Meetings (narrowed to those that raised it) and a member of one
	 * of them: the jump makes Members the pane the links come from */
	act(ACT_CONCERNS);
	act(ACT_LINK);
	act(ACT_MEETINGS);
	cr_assert_gt(b.views[TBL_MEETINGS].nrows, 0);
	cr_expect_lt(b.views[TBL_MEETINGS].nrows, 4, "narrowed to the meetings that raised it");
	act(ACT_OPEN);
	cr_assert_eq(b.mode, MODE_RECORD);
	size_t item = DS_NONE;
	for (size_t i = 0; i < b.record.rec.n && item == DS_NONE; i++)
		if (b.record.rec.lines[i].kind == RL_ITEM && b.record.rec.lines[i].table == TBL_MEMBERS)
			item = i;
	cr_assert_neq(item, DS_NONE, "the meeting's record lists a Partner");
	size_t rec = b.record.rec.lines[item].rec;
	while (b.record.at.cursor < item)
		act(ACT_DOWN);
	act(ACT_OPEN);
	cr_expect_eq(b.focus, TBL_MEMBERS);
	cr_expect_eq(view_current(&b.views[TBL_MEMBERS]), rec, "the member is shown and selected");
	cr_expect_eq(browser_link_from(&b), TBL_MEMBERS);
	cr_expect_eq(b.views[TBL_MEMBERS].nrows, 8, "its pane shows all its rows");
	act(ACT_BACK);
	cr_expect_eq(b.mode, MODE_RECORD, "back to the meeting's record");
	act(ACT_BACK);
	cr_expect_eq(b.focus, TBL_MEETINGS);
	cr_expect_eq(browser_link_from(&b), TBL_CONCERNS, "and the links come from Concerns again");
	cr_expect_lt(b.views[TBL_MEETINGS].nrows, 4);
}

Test(browser, incremental_search_follows_typing_and_esc_puts_everything_back)
{
	act(ACT_SEARCH);
	cr_expect_eq(b.edit.kind, PROMPT_SEARCH);
	type("se");
	cr_expect_str_eq(current(TBL_MEETINGS), "p2", "the cursor follows as you type");
	cr_expect_not_null(browser_highlight(&b));
	act(ACT_CANCEL);
	cr_expect_eq(b.edit.kind, PROMPT_NONE);
	cr_expect_str_eq(current(TBL_MEETINGS), "p1", "Esc restores the cursor");
	cr_expect_null(browser_highlight(&b), "and the absence of a search");
	act(ACT_SEARCH);
	type("seoul");
	act(ACT_ACCEPT);
	cr_expect_str_eq(current(TBL_MEETINGS), "p2");
	cr_expect_str_eq(status(), "Meetings  row 2/4  search: seoul 1/1");
	act(ACT_SEARCH);
	type("rott");
	act(ACT_CANCEL);
	cr_expect_str_eq(b.search.m.pattern, "seoul", "Esc brings the previous search back");
}

Test(browser, search_starts_at_the_cursor_and_erase_searches_again)
{
	act(ACT_DOWN); /* p2 */
	act(ACT_SEARCH);
	type("city:a");
	cr_expect_str_eq(current(TBL_MEETINGS), "r1", "Seoul has no a; Paris, after it, has");
	type("m");
	cr_expect_str_eq(current(TBL_MEETINGS), "p3", "am: Rotterdam");
	act(ACT_ERASE);
	cr_expect_str_eq(current(TBL_MEETINGS), "r1");
	type("zz");
	cr_expect_str_eq(current(TBL_MEETINGS), "p2", "no match: back where / began");
	cr_expect(b.message_is_error);
	cr_expect_str_eq(b.message, "no match for city:azz");
}

Test(browser, n_and_N_wrap_with_a_note)
{
	act(ACT_SEARCH);
	type("ro");
	act(ACT_ACCEPT);
	cr_expect_str_eq(current(TBL_MEETINGS), "p1", "Rome");
	act(ACT_SEARCH_NEXT);
	cr_expect_str_eq(current(TBL_MEETINGS), "p3", "Rotterdam");
	cr_expect_str_eq(b.message, "");
	act(ACT_SEARCH_NEXT);
	cr_expect_str_eq(current(TBL_MEETINGS), "p1");
	cr_expect_str_eq(b.message, "search wrapped to the top");
	act(ACT_SEARCH_PREV);
	cr_expect_str_eq(current(TBL_MEETINGS), "p3");
	cr_expect_str_eq(b.message, "search wrapped to the bottom");
	cr_expect_str_eq(status(), "Meetings  row 4/4  search: ro 2/2");
}

Test(browser, n_without_a_search_says_how_to_start_one)
{
	act(ACT_SEARCH_NEXT);
	cr_expect(b.message_is_error);
	cr_expect_str_eq(b.message, "no search pattern yet: / starts a search");
}

Test(browser, filter_narrows_and_an_empty_filter_clears)
{
	act(ACT_FILTER);
	type("r");
	cr_expect_eq(b.views[TBL_MEETINGS].nrows, 4, "Rome, KOR, r1, Rotterdam");
	type("o");
	cr_expect_eq(b.views[TBL_MEETINGS].nrows, 2, "the rows narrow as you type");
	act(ACT_ACCEPT);
	cr_expect_eq(b.views[TBL_MEETINGS].nrows, 2);
	cr_expect_str_eq(title(TBL_MEETINGS), "Meetings 2/4 (filtered)");
	cr_expect_str_eq(status(), "Meetings  row 1/2  filter: ro");
	act(ACT_FILTER);
	cr_expect_str_eq(b.edit.input, "ro", "& starts from the filter in force");
	act(ACT_ERASE);
	act(ACT_ACCEPT);
	cr_expect_eq(b.views[TBL_MEETINGS].nrows, 4);
	cr_expect_str_eq(b.message, "filter cleared");
}

Test(browser, esc_at_the_filter_prompt_puts_the_previous_filter_back)
{
	act(ACT_FILTER);
	type("ro");
	act(ACT_ACCEPT);
	act(ACT_FILTER);
	type("city:tt");
	cr_expect_eq(b.views[TBL_MEETINGS].nrows, 1, "Rotterdam");
	act(ACT_CLEAR);
	cr_expect_eq(b.views[TBL_MEETINGS].nrows, 4, "erasing widens again");
	type("seo");
	cr_expect_eq(b.views[TBL_MEETINGS].nrows, 1, "Seoul");
	act(ACT_CANCEL);
	cr_expect_eq(b.views[TBL_MEETINGS].nrows, 2);
	cr_expect_str_eq(b.views[TBL_MEETINGS].filter.pattern, "ro");
	act(ACT_FILTER);
	type("x");
	act(ACT_CLEAR);
	cr_expect_eq(b.views[TBL_MEETINGS].nrows, 4, "an empty input shows every row");
	act(ACT_CANCEL);
	cr_expect_eq(b.views[TBL_MEETINGS].nrows, 2, "until Esc brings the filter back");
}

Test(browser, the_status_line_names_a_matched_column_the_pane_does_not_show)
{
	act(ACT_FILTER);
	type("bulgaria");
	act(ACT_ACCEPT);
	cr_expect_str_eq(current(TBL_MEETINGS), "p2");
	cr_expect_str_eq(status(), "Meetings  row 1/1  filter: bulgaria  match in: summary");
	struct record r = {.rec = DS_NONE};
	cr_assert(record_build(&r, &ds, TBL_MEETINGS, dataset_meeting(&ds, "p2"), 60));
	size_t line = record_first_match(&r, browser_match(&b));
	cr_assert_neq(line, DS_NONE);
	cr_expect_str_eq(r.lines[line].label, "summary", "the detail area scrolls to that line");
	record_free(&r);
	act(ACT_FILTER);
	act(ACT_CLEAR);
	type("city:seoul");
	act(ACT_ACCEPT);
	cr_expect_str_eq(status(), "Meetings  row 1/1  filter: city:seoul", "a shown column: not named");
}

Test(browser, no_match_here_says_how_many_rows_match_in_the_other_panes)
{
	act(ACT_FILTER);
	type("1540");
	cr_expect_str_eq(b.message, "no row matches 1540 here; 1 in Concerns");
	act(ACT_ACCEPT);
	cr_expect_str_eq(b.message, "no row matches 1540 here; 1 in Concerns");
	act(ACT_FILTER);
	act(ACT_CLEAR);
	act(ACT_ACCEPT);
	cr_expect_eq(b.views[TBL_MEETINGS].nrows, 4);
	act(ACT_SEARCH);
	type("europe");
	cr_expect_str_eq(b.message, "no match for europe here; 7 in Members");
	type("zz");
	cr_expect_str_eq(b.message, "no match for europezz", "nowhere else either");
}

Test(browser, a_pattern_that_is_not_a_regex_is_matched_as_text_and_said_so)
{
	act(ACT_FILTER);
	type("[a");
	act(ACT_ACCEPT);
	cr_expect_str_eq(b.message, "not a valid regular expression, so matched as plain text: "
				    "no row matches [a");
	act(ACT_SEARCH);
	type("(");
	cr_expect_str_eq(b.message, "not a valid regular expression, so matched as plain text: "
				    "no match for (", "while it is typed");
	act(ACT_ACCEPT);
	cr_expect_str_eq(b.message, "not a valid regular expression, so matched as plain text: "
				    "no match for (", "and when it is kept");
	act(ACT_FILTER);
	act(ACT_CLEAR);
	act(ACT_ACCEPT);
	act(ACT_NEXT_PANE);
	act(ACT_FILTER);
	type("T\xc3\xbcrk(");
	act(ACT_ACCEPT);
	cr_expect_eq(b.views[TBL_MEMBERS].nrows, 0);
	act(ACT_FILTER);
	type("(e");
	act(ACT_ACCEPT);
	cr_expect_eq(b.views[TBL_MEMBERS].nrows, 0);
	cr_expect(strstr(status(), "filter: (e (as text)"), "%s", status());
}

Test(browser, sort_cycles_through_the_columns_and_reverses)
{
	act(ACT_SORT);
	cr_expect_eq(b.views[TBL_MEETINGS].sort_col, 0);
	cr_expect(strstr(status(), "sort: number \xe2\x86\x91"), "%s", status());
	act(ACT_SORT_REVERSE);
	cr_expect(b.views[TBL_MEETINGS].sort_desc);
	cr_expect_str_eq(current(TBL_MEETINGS), "p1", "the cursor stays on its record");
	for (int i = 0; i < 5; i++)
		act(ACT_SORT);
	cr_expect_eq(b.views[TBL_MEETINGS].sort_col, -1, "after the last column, file order");
	cr_expect_null(strstr(status(), "sort:"));
}

Test(browser, the_record_view_lists_links_and_enter_jumps_to_one)
{
	act(ACT_DOWN); /* p2 Seoul */
	act(ACT_OPEN);
	cr_assert_eq(b.mode, MODE_RECORD);
	size_t target = record_find(&b.record.rec, TBL_MEMBERS, dataset_member(&ds, "BGR"));
	cr_assert_neq(target, DS_NONE, "Bulgaria is listed");
	cr_expect_eq(b.record.rec.lines[target].mark, MARK_NEW);
	act(ACT_OPEN);
	cr_expect_eq(b.mode, MODE_RECORD, "Enter on a field line stays");
	for (size_t i = 0; i < target; i++)
		act(ACT_DOWN);
	cr_assert_eq(b.record.at.cursor, target);
	act(ACT_OPEN);
	cr_expect_eq(b.mode, MODE_LIST);
	cr_expect_eq(b.focus, TBL_MEMBERS);
	cr_expect_str_eq(current(TBL_MEMBERS), "BGR");
	cr_expect_eq(view_mark(&b.views[TBL_MEETINGS], dataset_meeting(&ds, "p2")), MARK_NEW,
		     "now Bulgaria drives the links: welcomed at p2");
}

static const char *line_text(size_t i)
{
	static char buf[300];
	snprintf(buf, sizeof buf, "%.*s", (int)b.record.rec.lines[i].len, b.record.rec.lines[i].text);
	return buf;
}

Test(browser, slash_in_the_record_view_searches_its_lines_and_n_steps_the_matches)
{
	act(ACT_DOWN); /* p2 Seoul */
	act(ACT_OPEN);
	cr_assert_eq(b.mode, MODE_RECORD);
	act(ACT_SEARCH);
	cr_assert_eq(b.edit.kind, PROMPT_SEARCH, "/ opens the search prompt over the record");
	type("bulgaria");
	size_t first = b.record.at.cursor;
	cr_expect(strstr(line_text(first), "Welcomed Bulgaria"), "as you type: %s", line_text(first));
	act(ACT_ACCEPT);
	cr_expect_eq(b.mode, MODE_RECORD, "Enter keeps the record open");
	act(ACT_SEARCH_NEXT);
	size_t item = b.record.at.cursor;
	cr_expect_eq(b.record.rec.lines[item].kind, RL_ITEM, "n: the linked Bulgaria");
	cr_expect_eq(b.record.rec.lines[item].rec, dataset_member(&ds, "BGR"));
	size_t last = item; /* Bulgaria is listed twice: among the Partners and as new */
	for (int i = 0; i < 5 && !b.message[0]; i++) {
		last = b.record.at.cursor;
		act(ACT_SEARCH_NEXT);
	}
	cr_expect_eq(b.record.at.cursor, first, "n wraps to the top");
	cr_expect_str_eq(b.message, "search wrapped to the top");
	cr_expect_gt(last, item, "after the last match below");
	act(ACT_SEARCH_PREV);
	cr_expect_eq(b.record.at.cursor, last, "N wraps to the bottom");
	cr_expect_str_eq(b.message, "search wrapped to the bottom");
	act(ACT_SEARCH_PREV);
	cr_expect(b.record.at.cursor < last && b.record.at.cursor > first, "N: the match above");
	size_t at = b.record.at.cursor;
	act(ACT_SEARCH);
	type("no-such-text");
	cr_expect_str_eq(b.message, "no match for no-such-text in this record");
	act(ACT_CANCEL);
	cr_expect_eq(b.record.at.cursor, at, "Esc puts the cursor back");
	cr_expect_str_eq(b.search.m.pattern, "bulgaria", "and the pattern before");
	act(ACT_SEARCH);
	type("[");
	act(ACT_ACCEPT);
	cr_expect_str_eq(b.message,
			 "not a valid regular expression, so matched as plain text: no match for [ in this record");
}

Test(browser, in_the_record_view_n_steps_the_filter_s_matches_else_the_items)
{
	act(ACT_FILTER);
	type("seoul");
	act(ACT_ACCEPT);
	act(ACT_OPEN);
	cr_assert_eq(b.mode, MODE_RECORD);
	act(ACT_SEARCH_NEXT);
	cr_expect(strstr(line_text(b.record.at.cursor), "Seoul"), "the filter's match: %s",
		  line_text(b.record.at.cursor));
	act(ACT_CLOSE);
	act(ACT_FILTER);
	act(ACT_CLEAR);
	act(ACT_ACCEPT);
	act(ACT_FIRST);
	act(ACT_OPEN);
	act(ACT_SEARCH_NEXT);
	cr_expect_eq(b.record.rec.lines[b.record.at.cursor].kind, RL_ITEM,
		     "with no pattern, n steps to the next linked item");
}

Test(browser, backspace_and_q_leave_the_record_view)
{
	act(ACT_OPEN);
	cr_assert_eq(b.mode, MODE_RECORD);
	act(ACT_BACK);
	cr_expect_eq(b.mode, MODE_LIST);
	act(ACT_OPEN);
	act(ACT_CLOSE);
	cr_expect_eq(b.mode, MODE_LIST);
	cr_expect_not(b.quit, "q closes the overlay, it does not quit");
	act(ACT_CLOSE);
	cr_expect(b.quit, "q in the lists quits");
}

Test(browser, a_jump_clears_a_filter_that_hides_its_target)
{
	act(ACT_MEMBERS);
	act(ACT_FILTER);
	type("italy");
	act(ACT_ACCEPT);
	cr_assert_eq(b.views[TBL_MEMBERS].nrows, 1);
	act(ACT_MEETINGS);
	act(ACT_DOWN);
	act(ACT_OPEN);
	size_t target = record_find(&b.record.rec, TBL_MEMBERS, dataset_member(&ds, "BGR"));
	cr_assert_neq(target, DS_NONE);
	for (size_t i = 0; i < target; i++)
		act(ACT_DOWN);
	act(ACT_OPEN);
	cr_expect_str_eq(current(TBL_MEMBERS), "BGR");
	cr_expect_not(b.views[TBL_MEMBERS].has_filter);
	cr_expect_str_eq(b.message, "filter cleared to show BGR Bulgaria");
}

Test(browser, help_opens_scrolls_and_closes_where_it_was_opened)
{
	act(ACT_OPEN);
	act(ACT_HELP);
	cr_assert_eq(b.mode, MODE_HELP);
	act(ACT_PAGE_DOWN);
	cr_expect_eq(b.help.at.top, 10, "a page is the overlay's height");
	act(ACT_LAST);
	act(ACT_DOWN);
	size_t last = b.help.at.top;
	cr_expect_gt(last, 10);
	act(ACT_HELP);
	cr_expect_eq(b.mode, MODE_RECORD, "back to the record view it came from");
	act(ACT_BACK);
	act(ACT_HELP);
	act(ACT_BACK);
	cr_expect_eq(b.mode, MODE_LIST);
}

Test(browser, quit_works_everywhere_even_at_a_prompt)
{
	act(ACT_SEARCH);
	act(ACT_QUIT);
	cr_expect(b.quit);
}

static char *read_all(const char *path)
{
	static char buf[4096];
	FILE *f = fopen(path, "r");
	cr_assert_not_null(f, "%s was not written", path);
	size_t n = fread(buf, 1, sizeof buf - 1, f);
	buf[n] = '\0';
	fclose(f);
	return buf;
}

Test(browser, export_writes_the_rows_shown_and_asks_before_overwriting)
{
	char cwd[4096], out[] = "/tmp/mtcr-export-XXXXXX";
	cr_assert_not_null(getcwd(cwd, sizeof cwd));
	cr_assert_not_null(mkdtemp(out));
	cr_assert_eq(chdir(out), 0);
	act(ACT_FILTER);
	type("ro");
	act(ACT_ACCEPT);
	act(ACT_EXPORT);
	cr_expect_str_eq(b.edit.input, "meetings.csv", "the file is offered in the current directory");
	act(ACT_ACCEPT);
	cr_expect_str_eq(b.message, "wrote 2 rows to meetings.csv");
	const char *csv = read_all("meetings.csv");
	cr_expect_eq(strncmp(csv, "id,kind,number", 14), 0, "a header first: %s", csv);
	cr_expect(strstr(csv, "\np1,") && strstr(csv, "\np3,") && !strstr(csv, "\np2,"),
		  "exactly the filtered rows: %s", csv);
	act(ACT_EXPORT);
	act(ACT_ACCEPT);
	cr_expect_eq(b.edit.kind, PROMPT_OVERWRITE, "an existing file is not replaced silently");
	type("n");
	cr_expect_str_eq(b.message, "not written: meetings.csv is left as it was");
	act(ACT_FILTER);
	act(ACT_CLEAR);
	act(ACT_ACCEPT);
	act(ACT_EXPORT);
	act(ACT_ACCEPT);
	type("y");
	cr_expect_str_eq(b.message, "wrote 4 rows to meetings.csv");
	unlink("meetings.csv");
	cr_assert_eq(chdir(cwd), 0);
	rmdir(out);
}

Test(browser, export_errors_go_to_the_status_line)
{
	act(ACT_EXPORT);
	act(ACT_CLEAR);
	type("/nonexistent-dir/x.csv");
	act(ACT_ACCEPT);
	cr_expect(b.message_is_error);
	cr_expect_eq(strncmp(b.message, "/nonexistent-dir/x.csv: ", 24), 0, "%s", b.message);
	cr_expect_not(b.quit, "the browser keeps running");
}

static size_t record_line(enum table_id t, const char *id)
{
	size_t rec = t == TBL_CONCERNS ? dataset_concern(&ds, id) : t == TBL_MEMBERS
		     ? dataset_member(&ds, id) : dataset_meeting(&ds, id);
	return record_find(&b.record.rec, t, rec);
}

Test(browser, the_back_stack_returns_through_record_concern_and_timeline)
{
	act(ACT_SORT); /* by number */
	act(ACT_FILTER);
	type("city:o"); /* Rome, Seoul, Rotterdam */
	act(ACT_ACCEPT);
	act(ACT_LAST);
	act(ACT_UP);
	cr_assert_str_eq(current(TBL_MEETINGS), "p2");
	act(ACT_OPEN);
	cr_assert_eq(b.mode, MODE_RECORD);
	size_t line = record_line(TBL_CONCERNS, "unscr1540");
	cr_assert_neq(line, DS_NONE);
	act(ACT_DOWN);
	b.record.at.cursor = line;
	act(ACT_OPEN); /* follow the concern */
	cr_expect_eq(b.mode, MODE_LIST);
	cr_expect_eq(b.focus, TBL_CONCERNS);
	cr_expect_str_eq(current(TBL_CONCERNS), "unscr1540");
	act(ACT_TIMELINE);
	cr_expect_eq(browser_picture(&b), CHART_TIMELINE);
	cr_expect_eq(b.picture.chart.years.v[b.picture.chart.year].year, 2004, "the selected meeting's year");
	act(ACT_CLOSE);
	cr_expect_eq(b.mode, MODE_LIST, "q: back to the Concerns pane");
	cr_expect_eq(b.focus, TBL_CONCERNS);
	cr_expect_str_eq(current(TBL_CONCERNS), "unscr1540");
	act(ACT_BACK);
	cr_expect_eq(b.mode, MODE_RECORD, "Backspace: back to the record view");
	cr_expect_eq(b.record.rec.rec, dataset_meeting(&ds, "p2"));
	cr_expect_eq(b.record.at.cursor, line, "on the line Enter was pressed on");
	act(ACT_TIMELINE); /* from the record view: the record's year, and back to it */
	cr_expect_eq(browser_picture(&b), CHART_TIMELINE, "t works in the record view");
	cr_expect_eq(b.picture.chart.years.v[b.picture.chart.year].year, 2004, "the record's year");
	act(ACT_CLOSE);
	cr_expect_eq(b.mode, MODE_RECORD, "q: back to the record view");
	cr_expect_eq(b.record.rec.rec, dataset_meeting(&ds, "p2"));
	act(ACT_CLOSE);
	cr_expect_eq(b.mode, MODE_LIST, "q: back to the lists");
	cr_expect_eq(b.focus, TBL_MEETINGS);
	cr_expect_str_eq(current(TBL_MEETINGS), "p2");
	cr_expect_str_eq(status(), "Meetings  row 2/3  filter: city:o  sort: number \xe2\x86\x91",
			 "filter and sort as they were");
	cr_expect_eq(b.back.n, 0);
	act(ACT_BACK);
	cr_expect_not(b.quit, "Backspace with nowhere to go back does not quit");
	cr_expect_str_eq(b.message, "nothing to go back to; q quits");
	act(ACT_CLOSE);
	cr_expect(b.quit, "q with nowhere to go back quits");
}

Test(browser, a_jump_that_cleared_a_filter_gets_it_back)
{
	act(ACT_FILTER);
	type("seoul");
	act(ACT_ACCEPT);
	act(ACT_OPEN);
	b.record.at.cursor = record_line(TBL_MEMBERS, "BGR");
	act(ACT_OPEN);
	act(ACT_NEXT_PANE);
	act(ACT_FILTER);
	type("zzz");
	act(ACT_ACCEPT);
	act(ACT_MEETINGS);
	act(ACT_OPEN);
	cr_expect_eq(b.mode, MODE_RECORD);
	act(ACT_CLOSE);
	act(ACT_CLOSE);
	cr_expect_eq(b.mode, MODE_RECORD);
	act(ACT_CLOSE);
	cr_expect_eq(b.focus, TBL_MEETINGS);
	cr_expect_eq(b.views[TBL_MEETINGS].nrows, 1);
	cr_expect_str_eq(b.views[TBL_MEETINGS].filter.pattern, "seoul");
	cr_expect_not(b.views[TBL_CONCERNS].has_filter, "the later filter is not there");
}

Test(browser, a_member_s_record_lists_the_plenaries_it_took_part_in)
{
	act(ACT_MEMBERS);
	for (int i = 0; i < 3; i++)
		act(ACT_DOWN); /* ITA, FRA, KOR, BGR */
	cr_assert_str_eq(current(TBL_MEMBERS), "BGR");
	cr_expect_str_eq(title(TBL_MEETINGS), "Meetings 4 (2 linked to BGR)");
	act(ACT_OPEN);
	size_t heading = DS_NONE;
	for (size_t i = 0; i < b.record.rec.n; i++)
		if (b.record.rec.lines[i].kind == RL_HEADING &&
		    strncmp(b.record.rec.lines[i].text, "Plenaries taken part in (2)", b.record.rec.lines[i].len) == 0)
			heading = i;
	cr_assert_neq(heading, DS_NONE, "the section is there, with its count");
	cr_expect_eq(b.record.rec.lines[heading + 1].rec, dataset_meeting(&ds, "p2"));
	cr_expect_eq(b.record.rec.lines[heading + 1].mark, MARK_NEW, "welcomed there: marked");
	cr_expect_eq(b.record.rec.lines[heading + 2].rec, dataset_meeting(&ds, "p3"));
	cr_expect_eq(b.record.rec.lines[heading + 2].mark, MARK_NONE);
}

Test(browser, l_over_a_filtered_pane_links_the_union_of_its_rows)
{
	act(ACT_CONCERNS);
	act(ACT_FILTER);
	type("itt|1540");
	act(ACT_ACCEPT);
	cr_assert_eq(b.views[TBL_CONCERNS].nrows, 2);
	act(ACT_LINK);
	cr_expect_str_eq(b.message, "link: the other panes show only rows related to the 2 "
				    "concerns the filter shows");
	cr_expect_str_eq(title(TBL_MEETINGS), "Meetings 2/4 (only linked to 2 concerns)",
			 "itt: p2, p3; 1540: p2");
	act(ACT_DOWN);
	cr_expect_str_eq(title(TBL_MEETINGS), "Meetings 2/4 (only linked to 2 concerns)",
			 "a move in the set changes nothing");
	act(ACT_FILTER);
	type("1540");
	act(ACT_ACCEPT);
	cr_expect_str_eq(title(TBL_MEETINGS), "Meetings 1/4 (only linked to unscr1540)",
			 "a new filter, a new set");
	act(ACT_FILTER);
	act(ACT_CLEAR);
	act(ACT_ACCEPT);
	cr_expect_str_eq(current(TBL_CONCERNS), "unscr1540");
	act(ACT_UP);
	cr_expect_str_eq(title(TBL_MEETINGS), "Meetings 2/4 (only linked to itt)",
			 "no filter: the selection alone, as before");
}

Test(browser, the_command_line_opens_the_browser_in_a_state)
{
	struct export_request req = {.filter = "o", .sort = "city:desc", .member = "BGR"};
	struct start_state st;
	struct outcome out = {0};
	cr_assert_eq(export_start_state(&ds, &req, "meetings", &st, &out), 0);
	cr_expect_eq(st.pane, TBL_MEMBERS, "the record's pane is focused");
	cr_expect_eq(st.narrowed, TBL_MEETINGS);
	cr_expect(st.link_only, "--pane names another pane: it shows the linked rows only");
	browser_start(&b, &st);
	cr_expect_eq(b.focus, TBL_MEMBERS);
	cr_expect_str_eq(current(TBL_MEMBERS), "BGR");
	cr_expect_str_eq(title(TBL_MEETINGS), "Meetings 2/4 (only linked to BGR, filtered)");
	cr_expect_eq(b.views[TBL_MEETINGS].sort_col, 3, "city");
	cr_expect(b.views[TBL_MEETINGS].sort_desc);
	cr_expect_str_eq(b.views[TBL_MEETINGS].filter.pattern, "o");
}

Test(browser, the_command_line_state_without_a_record_narrows_the_focused_pane)
{
	struct export_request req = {.filter = "seoul"};
	struct start_state st;
	struct outcome out = {0};
	cr_assert_eq(export_start_state(&ds, &req, NULL, &st, &out), 0);
	browser_start(&b, &st);
	cr_expect_eq(b.focus, TBL_MEETINGS);
	cr_expect_eq(b.views[TBL_MEETINGS].nrows, 1);
	cr_expect_str_eq(current(TBL_MEETINGS), "p2");
	req = (struct export_request){.concern = "unscr1540"};
	cr_assert_eq(export_start_state(&ds, &req, NULL, &st, &out), 0);
	cr_expect_eq(st.pane, TBL_CONCERNS);
	cr_expect_not(st.link_only);
	req = (struct export_request){.sort = "nope"};
	cr_expect_eq(export_start_state(&ds, &req, NULL, &st, &out), OUTCOME_USAGE,
		     "an unknown column");
	cr_expect(strstr(out.msg, "--sort=nope: ") == out.msg, "the message is returned: %s", out.msg);
	cr_expect_eq(export_start_state(&ds, &req, "panes", &st, &out), OUTCOME_USAGE,
		     "an unknown pane");
	cr_expect(strstr(out.msg, "--pane=panes: ") == out.msg, "the message is returned: %s",
		  out.msg);
}

Test(browser, F_lists_the_matches_of_all_panes_and_enter_jumps_to_one)
{
	act(ACT_FIND);
	type("seoul|1540");
	act(ACT_ACCEPT);
	cr_assert_eq(b.mode, MODE_RESULTS, "a mode of its own");
	cr_assert_eq(b.results.list.rec.table, RECORD_RESULTS);
	const struct rline *l = &b.results.list.rec.lines[b.results.list.at.cursor];
	cr_assert_eq(l->kind, RL_ITEM, "the cursor starts on the first result");
	cr_expect_eq(l->table, TBL_MEETINGS);
	cr_expect_eq(l->rec, dataset_meeting(&ds, "p2"));
	cr_expect(strstr(b.results.list.rec.lines[b.results.list.at.cursor - 1].text, "Meetings (1)"), "%.*s",
		  (int)b.results.list.rec.lines[b.results.list.at.cursor - 1].len, b.results.list.rec.lines[b.results.list.at.cursor - 1].text);
	char text[300];
	snprintf(text, sizeof text, "%.*s", (int)l->len, l->text);
	cr_expect(strstr(text, "city: Seoul"), "the column and the text: %s", text);
	act(ACT_SEARCH_NEXT);
	l = &b.results.list.rec.lines[b.results.list.at.cursor];
	cr_expect_eq(l->table, TBL_CONCERNS, "n steps to the next result, over the headings");
	cr_expect_eq(l->rec, dataset_concern(&ds, "unscr1540"));
	act(ACT_OPEN);
	cr_expect_eq(b.mode, MODE_LIST);
	cr_expect_eq(b.focus, TBL_CONCERNS);
	cr_expect_str_eq(current(TBL_CONCERNS), "unscr1540");
	act(ACT_BACK);
	cr_expect_eq(b.mode, MODE_RESULTS, "back to the results");
	cr_expect_eq(b.results.list.rec.table, RECORD_RESULTS);
	cr_expect_eq(b.results.list.rec.lines[b.results.list.at.cursor].rec, dataset_concern(&ds, "unscr1540"));
	act(ACT_SEARCH_PREV);
	cr_expect_eq(b.results.list.rec.lines[b.results.list.at.cursor].rec, dataset_meeting(&ds, "p2"));
	act(ACT_CLOSE);
	cr_expect_eq(b.mode, MODE_LIST);
	cr_expect_eq(b.focus, TBL_MEETINGS);
	act(ACT_FIND);
	type("nowhere-at-all");
	act(ACT_ACCEPT);
	cr_expect_eq(b.mode, MODE_LIST);
	cr_expect_str_eq(b.message, "no match for nowhere-at-all in any pane");
}

Test(browser, F_results_keep_their_line_over_a_resize_and_the_help)
{
	act(ACT_FIND);
	type("seoul|1540");
	act(ACT_ACCEPT);
	act(ACT_SEARCH_NEXT); /* unscr1540 */
	size_t want = dataset_concern(&ds, "unscr1540");
	size_t heights[PANES] = {3, 3, 3};
	browser_resize(&b, heights, 5, 30);
	cr_assert_eq(b.mode, MODE_RESULTS);
	cr_expect_eq(b.results.list.rec.width, 30, "laid out again at the new width");
	cr_expect_eq(b.results.list.rec.lines[b.results.list.at.cursor].rec, want,
		     "the cursor stays on its result");
	act(ACT_HELP);
	cr_expect_eq(b.mode, MODE_HELP);
	browser_resize(&b, heights, 5, 60);
	act(ACT_CLOSE);
	cr_expect_eq(b.mode, MODE_RESULTS, "the help goes back to the results");
	cr_expect_eq(b.results.list.rec.width, 60, "resized under the help too");
	cr_expect_eq(b.results.list.rec.lines[b.results.list.at.cursor].rec, want);
	char buf[256];
	browser_status(&b, buf, sizeof buf);
	cr_expect(strstr(buf, "Found: seoul|1540"), "its own status line: %s", buf);
}

Test(browser, slash_and_ampersand_start_from_the_pattern_selected)
{
	act(ACT_FILTER);
	type("ro");
	act(ACT_ACCEPT);
	act(ACT_FILTER);
	cr_expect_str_eq(b.edit.input, "ro");
	cr_expect(b.edit.selected, "selected, so typing replaces it");
	type("s");
	cr_expect_str_eq(b.edit.input, "s", "typing replaced it");
	act(ACT_CANCEL);
	cr_expect_str_eq(status(), "Meetings  row 1/2  filter: ro", "Esc keeps the filter");
	act(ACT_FILTER);
	act(ACT_CURSOR_END);
	cr_expect_not(b.edit.selected, "an editing key keeps the text to refine");
	type("m");
	cr_expect_str_eq(b.edit.input, "rom");
	cr_expect_eq(b.views[TBL_MEETINGS].nrows, 1, "Rome");
	act(ACT_ACCEPT);
	act(ACT_SEARCH);
	cr_expect_str_eq(b.edit.input, "", "no search yet: empty");
	type("se");
	act(ACT_ACCEPT);
	act(ACT_SEARCH);
	cr_expect_str_eq(b.edit.input, "se");
	cr_expect(b.edit.selected);
	act(ACT_CANCEL);
}

Test(browser, the_prompt_edits_in_the_middle)
{
	act(ACT_EXPORT);
	cr_expect_str_eq(b.edit.input, "meetings.csv");
	act(ACT_CURSOR_START);
	type("x-");
	cr_expect_str_eq(b.edit.input, "x-meetings.csv", "^A/Home: typing at the start");
	act(ACT_CURSOR_END);
	act(ACT_CURSOR_LEFT);
	act(ACT_CURSOR_LEFT);
	act(ACT_CURSOR_LEFT);
	act(ACT_CURSOR_LEFT);
	act(ACT_KILL);
	cr_expect_str_eq(b.edit.input, "x-meetings", "^K: to the end");
	act(ACT_ERASE_WORD);
	cr_expect_str_eq(b.edit.input, "", "^W: the word before the cursor");
	type("a b");
	act(ACT_CURSOR_START);
	act(ACT_DELETE);
	cr_expect_str_eq(b.edit.input, " b", "Delete: under the cursor");
	act(ACT_CANCEL);
}

Test(browser, each_prompt_has_its_history)
{
	act(ACT_FILTER);
	type("ro");
	act(ACT_ACCEPT);
	act(ACT_FILTER);
	act(ACT_CLEAR);
	type("seo");
	act(ACT_ACCEPT);
	act(ACT_SEARCH);
	act(ACT_HISTORY_PREV);
	cr_expect_str_eq(b.message, "no history yet for this prompt", "search has its own");
	act(ACT_CANCEL);
	act(ACT_FILTER);
	act(ACT_CLEAR);
	type("dra");
	act(ACT_HISTORY_PREV);
	cr_expect_str_eq(b.edit.input, "seo");
	cr_expect_eq(b.views[TBL_MEETINGS].nrows, 1, "the filter follows the input");
	act(ACT_HISTORY_PREV);
	cr_expect_str_eq(b.edit.input, "ro");
	act(ACT_HISTORY_PREV);
	cr_expect_str_eq(b.message, "no more history");
	act(ACT_HISTORY_NEXT);
	act(ACT_HISTORY_NEXT);
	cr_expect_str_eq(b.edit.input, "dra", "past the newest: what was being typed");
	act(ACT_CANCEL);
}

Test(browser, export_never_replaces_a_data_file)
{
	char path[4096];
	snprintf(path, sizeof path, "%s/members.csv", ds.dir);
	char *before = strdup(read_all(path));
	act(ACT_MEMBERS);
	act(ACT_EXPORT);
	act(ACT_CLEAR);
	type(path);
	act(ACT_ACCEPT);
	cr_expect_eq(b.edit.kind, PROMPT_NONE, "not even asked");
	cr_expect(b.message_is_error);
	cr_expect(strstr(b.message, "is members.csv of the data being browsed"), "%s", b.message);
	cr_expect_str_eq(read_all(path), before, "the data file is untouched");
	char link[4096];
	snprintf(link, sizeof link, "%s/other-name.csv", ds.dir);
	cr_assert_eq(symlink(path, link), 0);
	act(ACT_EXPORT);
	act(ACT_CLEAR);
	type(link);
	act(ACT_ACCEPT);
	cr_expect(strstr(b.message, "of the data being browsed"), "through a link too: %s",
		  b.message);
	unlink(link);
	free(before);
}

Test(browser, a_tilde_in_the_export_path_is_the_home_directory)
{
	char home[] = "/tmp/mtcr-home-XXXXXX", path[4096];
	cr_assert_not_null(mkdtemp(home));
	setenv("HOME", home, 1);
	act(ACT_EXPORT);
	act(ACT_CLEAR);
	type("~/x.csv");
	act(ACT_ACCEPT);
	snprintf(path, sizeof path, "%s/x.csv", home);
	cr_expect(access(path, F_OK) == 0, "%s written: %s", path, b.message);
	unlink(path);
	rmdir(home);
}

Test(browser, y_copies_a_source_and_Y_a_citation)
{
	b.can_copy = true;
	act(ACT_COPY);
	cr_expect_str_eq(b.copy, "https://example.org/p1", "in the lists: the first source");
	cr_expect_str_eq(b.message, "copied the first source: https://example.org/p1");
	act(ACT_CITE);
	cr_expect_str_eq(b.copy, "MTCR Plenary 1, Rome, 1988-09. Sources: https://example.org/p1");
	b.can_copy = false;
	act(ACT_COPY);
	cr_expect(strstr(b.message, "cannot take a copy"), "a terminal without OSC 52: %s",
		  b.message);
	act(ACT_OPEN_SOURCE);
	cr_expect_str_eq(b.open_url, "https://example.org/p1");
}

Test(browser, in_the_record_view_y_copies_the_line_under_the_cursor_whole)
{
	b.can_copy = true;
	act(ACT_DOWN);
	act(ACT_OPEN);
	size_t i = 0;
	while (i < b.record.rec.n && strcmp(b.record.rec.lines[i].label ? b.record.rec.lines[i].label : "", "summary"))
		i++;
	cr_assert_lt(i, b.record.rec.n);
	b.record.at.cursor = i;
	act(ACT_COPY);
	cr_expect_str_eq(b.copy, meeting_field(&ds, 1, MC_SUMMARY), "the whole field, not a line");
	while (i < b.record.rec.n && !b.record.rec.lines[i].source)
		i++;
	cr_assert_lt(i, b.record.rec.n, "a source line");
	b.record.at.cursor = i;
	act(ACT_COPY);
	cr_expect_eq(strncmp(b.copy, "https://", 8), 0, "%s", b.copy);
	cr_expect_null(strchr(b.copy, ' '), "one address");
	act(ACT_OPEN_SOURCE);
	cr_expect_str_eq(b.open_url, b.copy, "o opens that one");
}

Test(browser, left_and_right_scroll_within_what_the_columns_need)
{
	act(ACT_SCROLL_RIGHT);
	cr_expect_str_eq(b.message, "nothing to scroll: every column of meetings fits");
	b.lists.hmax[TBL_MEETINGS] = 10;
	b.lists.hstep[TBL_MEETINGS] = 4;
	act(ACT_SCROLL_RIGHT);
	act(ACT_SCROLL_RIGHT);
	act(ACT_SCROLL_RIGHT);
	cr_expect_eq(b.lists.hscroll[TBL_MEETINGS], 10, "no further than needed");
	act(ACT_SCROLL_LEFT);
	cr_expect_eq(b.lists.hscroll[TBL_MEETINGS], 6);
	act(ACT_SCROLL_LEFT);
	act(ACT_SCROLL_LEFT);
	cr_expect_eq(b.lists.hscroll[TBL_MEETINGS], 0);
	act(ACT_ZOOM);
	cr_expect(b.lists.zoom);
	act(ACT_DETAIL);
	cr_expect(b.lists.detail_hidden);
	act(ACT_ZOOM);
	cr_expect_not(b.lists.zoom);
}

Test(browser, citations_name_dates_and_sources)
{
	b.can_copy = true;
	act(ACT_DOWN);
	act(ACT_CITE);
	cr_expect_str_eq(b.copy, "MTCR Plenary 2, Seoul, 2004-10-06 to 2004-10-08. Sources: "
				 "https://example.org/p2 https://example.org/p2b");
	act(ACT_MEMBERS);
	act(ACT_CITE);
	cr_expect_str_eq(b.copy, "MTCR partner: Italy (ITA), joined 1987-04-16. Sources: "
				 "https://example.org/ita");
	act(ACT_CONCERNS);
	act(ACT_CITE);
	cr_expect_str_eq(b.copy, "MTCR policy concern: Intangible technology transfer (controls), "
				 "raised at 2 meetings, 2004-10-06 to 2015-10-05 (p2, p3). "
				 "Sources: the meetings' own statements.");
}

Test(browser, every_screen_of_the_mode_table_has_its_parts)
{
	for (int m = 0; m < MODE_COUNT; m++) {
		const struct mode_ops *o = browser_mode_ops((enum browser_mode)m);
		cr_expect(o->name && o->act && o->status && o->wheel, "mode %d", m);
		cr_expect_eq(!o->save, !o->restore, "%s: the back stack saves what it restores",
			     o->name);
		cr_expect(!o->picture || o->title, "%s: an overlay titles itself", o->name);
	}
	cr_expect_eq(browser_mode_ops(MODE_COUNT), browser_mode_ops(MODE_LIST),
		     "out of range: the lists");
}
