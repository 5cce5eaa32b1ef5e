# The browser end to end in tmux (fixture tests/data/good): open, move, switch panes,
# search and n, filter and clear, link mode, the record view and a jump, the help, Esc and q.
. "$top_srcdir/tests/ui/tmux.sh"
start_shell 120 35
run_mtcr "--data='$GOOD'"

see " 1 Meetings 4 " "opens on the three panes"
see "2 Members 8 (2 linked to p1)" "the first meeting's links are marked"
see "Meetings  row 1/4" "the status line names the pane and the row"
see "?:help" "and tells where the help is"

keys j
see "Meetings  row 2/4" "j moves down"
see "2 Members 8 (7 linked to p2)" "the links follow the cursor"
keys Down Down
see "Meetings  row 4/4" "Down moves down"
keys g
see "Meetings  row 1/4" "g goes to the first row"
keys End
see "Meetings  row 4/4" "End goes to the last row"
keys Home
see "Meetings  row 1/4" "Home goes to the first row"

keys Tab
see "Members  row 1/8" "Tab focuses Members"
see "1 Meetings 4 (3 linked to ITA)" "and Members now drives the links"
keys BTab
see "Meetings  row 1/4" "Shift-Tab goes back"
keys 3
see "Concerns  row 1/3" "3 focuses Concerns"
keys 1

text /se
see "Meeting: Plenary 2, Seoul" "search moves the cursor as you type"
see "/se" "the prompt shows what is typed"
keys Escape
see "Meetings  row 1/4" "Esc puts the cursor back"
text /ro
keys Enter
see "search: ro 1/2" "Enter keeps the search, with the match count"
keys n
see "search: ro 2/2" "n goes to the next match"
keys n
see "search wrapped to the top" "n wraps with a note"
keys N
see "search wrapped to the bottom" "N wraps the other way"

text '&ro'
see "1 Meetings 2/4 (filtered)" "& narrows the pane as you type"
keys Enter
see "filter: ro" "the status line shows the filter"
text '&'
see "&ro" "& starts from the filter in force"
keys BSpace Enter
see "filter cleared" "an empty filter clears it"
see " 1 Meetings 4 " "every row is back"

keys g j l
see "2 Members 7/8 (only linked to p2)" "l shows only related rows"
see "3 Concerns 3/3 (only linked" "in both other panes"
keys l
see "2 Members 8 (7 linked to p2)" "l again goes back to marks"

keys Enter
see "Meeting: Plenary 2, Seoul, 2004-10-06" "Enter opens the record view"
see "Partners at the time (7)" "it lists the linked records"
see "+ BGR Bulgaria" "new members marked"
keys G Enter
see "Members  row 7/8" "Enter on a linked item jumps to it in its pane"
see "Member: TUR T" "the detail shows it"

keys 1 Enter
see "Meeting: Plenary 2" "back in the record view"
keys BSpace
see "Meetings  row 2/4" "Backspace goes back"
keys Enter
see "Meeting: Plenary 2" "the record view again"
keys q
see "Meetings  row 2/4" "q in the record view goes back, it does not quit"

keys '?'
see "Help: every key of mtcr" "? opens the help"
see "Shift-Tab" "which lists the keys"
keys NPage
see "Prompts" "PgDn scrolls it"
keys q
see "Meetings  row 2/4" "q closes the help"
keys F1
see "Help: every key of mtcr" "F1 opens the help too"
keys Escape
see "Meetings  row 2/4" "Esc closes it"

keys BSpace
see "Meeting: Plenary 2, Seoul" "Backspace in the lists goes back along the jumps: the record view"
keys BSpace
see "Meetings  row 2/4" "and from it to the list it was opened from"
keys BSpace
see "nothing to go back to; q quits" "with nowhere further back, Backspace says so"
# Esc then j, not Alt-j: a key that follows Esc at once is an Alt combination, so these
# two must come apart in time (the one place a pause is what is tested, not a wait).
keys Escape
sleep 0.2
keys j
see "Meetings  row 3/4" "Esc in the lists does not quit"
keys x
see "x does nothing here; ? lists the keys" "a key that means nothing says where the keys are"
keys 3 Right
see "Council Resolution 1540" "Right scrolls a list to show a value that was cut"
gone "UN Security Council Resoluti…" "and the cut one is gone"
keys Left
see "UN Security Council Resoluti…" "Left scrolls back"
keys 1 O
see "zoom: the focused pane fills the screen" "O zooms the focused pane"
gone "2 Members" "the other panes give it their room"
keys Right
see "nothing to scroll: every column of meetings fits" "Right scrolls only a list that needs it"
keys O
see "2 Members" "O again shows all panes"
keys Insert
see "Insert does nothing here" "keys are named as people write them"
keys F2
see "F2 does nothing here" "function keys too"
keys M-x
see "Alt-x does nothing here" "Alt-x is not taken for x"
if [ "$UI_TERM" = tmux-256color ]; then # its entry names the modified arrows (kRIT5)
	keys C-Right
	see "Ctrl-Right does nothing here" "modified keys too"
else
	skip "modified keys are named" "$UI_TERM has no kRIT5"
fi

keys q
see "EXIT=0" "q quits with status 0"
t "the alternate screen is gone" normal_screen
t "the shell is usable again" shell_is_sane
finish
