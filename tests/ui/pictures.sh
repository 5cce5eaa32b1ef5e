# The pictures in the browser, end to end in tmux (fixture tests/data/good: p1 Rome 1988,
# p2 Seoul 2004, r1 Paris 2008, p3 Rotterdam 2015): t and c open them, the cursor moves
# along the years and the map's rows, the status line names what is under it, Enter jumps
# to the meeting in the Meetings pane, q and Esc close them; and in an ASCII locale, or
# with --ascii, no block character reaches the screen.
. "$top_srcdir/tests/ui/tmux.sh"
start_shell 100 30
run_mtcr "--data='$GOOD'"
see "Meetings  row 1/4" "the browser opens"

keys t
see "1988: 2 Partners; Plenary 1, Rome, 1988-09" "t opens on the selected meeting's year"
keys q G t
see "Timeline: h l move along the years" "t opens the timeline"
see "MTCR Partners and Plenaries, 1987" "with the picture under its title"
see "2015: 7 Partners; Plenary 3, Rotterdam, 2015-10-05" "on the year of the meeting selected"
keys Left
see "2014: 7 Partners; no meeting" "Left moves to the previous year"
keys Enter
see "nothing to go to: no meeting in 2014" "Enter on a year without a meeting says so"
keys h h h h h h h h h h
see "2004: 7 Partners, new BGR; Plenary 2, Seoul, 2004-10-06" \
	"h moves back to 2004, and the status line names its Plenary"
keys l
see "2005: 7 Partners; no meeting" "l moves to the next year, it does not toggle the link"
keys h Enter
see "Meetings  row 2/4" "Enter jumps to the year's Plenary in the Meetings pane"
see "Meeting: Plenary 2, Seoul" "and the detail shows it"
gone "Timeline:" "the picture is closed"

keys c
see "Concern map: h l j k move" "c opens the concern map"
see "Intangible technology transfer, 2004: Plenary 2, Seoul" \
	"on the selected meeting's year and the selected concern"
keys j
see "UN Security Council Resolution 1540, 2004: Plenary 2, Seoul" \
	"j moves to the next concern, over the category heading"
keys Right Right Right Right Right Right Right Right Right Right Right
see "UN Security Council Resolution 1540, 2015: not raised" \
	"Right moves along the years; the cell says the Plenary did not raise it"
keys j j G
see "Regional proliferation, 2015" "j stops on the last concern, G goes to the last year"
keys g
see "Regional proliferation, 1987: no Plenary that year" "g goes to the first year"
keys k k End
see "Intangible technology transfer, 2015: Plenary 3" "k goes back up, End to the last year"
keys Enter
see "Meetings  row 4/4" "Enter jumps to the Plenary that raised the concern"
see "Meeting: Plenary 3, Rotterdam" "the detail shows it"

keys t
see "Timeline:" "t again"
keys q
gone "Timeline:" "q closes the timeline"
see "Meetings  row 4/4" "back in the lists, where they were"
keys c
see "Concern map:" "c again"
keys Escape
gone "Concern map:" "Esc closes the concern map"
keys q
see "Intangible technology transfer, 2015: Plenary 3" "q in the lists goes back along the jumps"
keys Q
see "EXIT=0" "Q quits at once"

# The same screen as bytes: nothing outside printable ASCII.
ascii_screen() { snap && ! LC_ALL=C grep -q '[^ -~]' "$TMP/screen"; }
type_line "clear; LANG=C LC_ALL=C \"$MTCR\" --data='$GOOD'; echo EXIT=\$?"
see "Meetings  row 1/4" "the browser opens in the C locale"
keys G t
see "2015: 7 Partners; Plenary 3" "the timeline opens"
t "a timeline in the C locale has no block characters" ascii_screen
see " -   -   - " "years without a Plenary show -"
keys c
see "Concern map:" "the map opens"
t "a map in the C locale has no block characters" ascii_screen
see "#" "a raised concern shows #"
keys Q
see "EXIT=0" "Q quits"

run_mtcr "--ascii --data='$GOOD'"
see "Meetings  row 1/4" "--ascii opens the browser"
keys G t
see "2015: 7 Partners; Plenary 3" "the timeline opens"
t "--ascii draws the timeline without block characters in a UTF-8 locale" ascii_screen
keys Q
see "EXIT=0" "Q quits"
finish
