# The research loop of issue 15, as a researcher drives it on the bundled record: find
# every meeting that mentions Khan (in its summary, not a shown column), open one, follow
# one of its concerns, come back to the filtered list and export it; which Plenaries
# Bulgaria took part in; the back stack through record, concern and timeline; the browser
# started in a state from the command line; F over all panes.
. "$top_srcdir/tests/ui/tmux.sh"
dest=$TMP/dest
mkdir "$dest"
start_shell 120 40
type_line "cd '$dest'"

# Story 1: Khan.
run_mtcr
see " 1 Meetings " "the browser opens on the bundled record"
text '&khan'
keys Enter
see "Meetings 2/" "&khan keeps the meetings whose record mentions Khan"
see "match in: opened_by" "Ottawa 2001 matched in who opened it (Pagtakhan), and says so"
keys j
see "match in: summary" "Seoul 2004 matched in its summary"
see "Meeting: Plenary 19, Seoul, 2004-10-06  (match in summary)" "the detail area says so too"
keys Enter
see "Meeting: Plenary 19, Seoul, 2004-10-06  (Enter on a linked item" "Enter opens it"
# n steps through the filter's matches in the record: the summary, then the concern
keys n n
keys Enter
see "Concerns  row" "Enter on a concern follows it to the Concerns pane"
see "Concern: A.Q. Khan network" "the detail shows the concern"
keys q
see "Meeting: Plenary 19, Seoul, 2004-10-06  (Enter on a linked item" "q comes back to the record"
# / searches the record's own lines, as in less
keys /
text 'Brokering'
keys Enter Enter
see "Concern: Brokering" "/Brokering (a capital: exact case) found the concern in the record, and Enter followed it"
keys q
see "Meeting: Plenary 19, Seoul, 2004-10-06  (Enter on a linked item" "q comes back to the record again"
keys q
see "Meetings  row 2/2  filter: khan" "and q again to the filtered list, as it was"
keys e
see "export to: meetings.csv" "e offers to export the list"
keys Enter
see "wrote 2 rows to meetings.csv" "the two meetings are written"
t "the file holds Ottawa and Seoul" grep -q '^p19,' "$dest/meetings.csv"
keys q
see "EXIT=0" "q with nowhere to go back quits"
run "$MTCR" --export=meetings --filter=khan -o "$TMP/cli.csv"
t "--export --filter=khan writes the same bytes" cmp "$dest/meetings.csv" "$TMP/cli.csv"

# Story 2: which Plenaries did Bulgaria take part in?
run_mtcr
see " 1 Meetings " "the browser opens again"
keys Tab
text '/bulg'
keys Enter
see "Member: BGR Bulgaria" "Tab, /bulg finds Bulgaria"
keys l
bgr=$("$MTCR" --export=meetings --member=BGR | tail -n +2 | wc -l)
see "(only linked to BGR)" "l shows only the meetings linked to Bulgaria"
see "Meetings $bgr/" "the $bgr Plenaries it took part in, from Seoul 2004 on"
keys Enter
see "Plenaries taken part in ($bgr)" "its record lists them"
keys q
keys 1
see "Meetings $bgr/" "moving to Meetings keeps the $bgr (the links stay with Members)"
keys e
see "export to: meetings.csv" "e there offers to export them"
keys C-u
text 'bgr.csv'
keys Enter
see "wrote $bgr rows to bgr.csv" "the $bgr Plenaries are written"
"$MTCR" --export=meetings --member=BGR -o "$TMP/bgr-cli.csv"
t "the same bytes as --export=meetings --member=BGR" cmp "$dest/bgr.csv" "$TMP/bgr-cli.csv"
keys Q
see "EXIT=0" "Q quits at once"

# Story 3: the back stack through record, concern and timeline.
run_mtcr "--data='$GOOD'"
see "Meetings  row 1/4" "the fixture opens"
keys j Enter
see "Meeting: Plenary 2, Seoul, 2004-10-06  (Enter" "a record"
keys n Enter
see "Concerns  row 2/3" "a concern followed (UNSCR 1540, the first Seoul raised)"
keys t
see "2004: 7 Partners" "the timeline, on the selected meeting's year"
keys q
see "Concerns  row 2/3" "back 1: the Concerns pane"
keys BSpace
see "Meeting: Plenary 2, Seoul, 2004-10-06  (Enter" "back 2: the record"
text '<'
see "Meetings  row 2/4" "back 3: the lists where they were"
keys q
see "EXIT=0" "and q quits"

# The command line opens the browser in a state; F searches every pane.
run_mtcr "--data='$GOOD' --member=BGR --pane=meetings --sort=start:desc"
see "Meetings 2/4 (only linked to BGR)" "--member --pane: the meetings Bulgaria took part in"
see "Members  row 4/8" "with Bulgaria selected"
keys F
text 'seoul'
keys Enter
see "Found in all panes: seoul" "F lists the matches of every pane"
see "Meetings (1)" "by pane"
keys Enter
see "Meetings  row" "Enter jumps to the row"
keys q
see "Found in all panes: seoul" "q comes back to the list"
keys Q
see "EXIT=0" "Q quits"
type_line "\"$MTCR\" --filter=seoul --pane=nowhere; echo EXIT=\$?"
see "EXIT=2" "an unknown pane is a usage error"
finish
