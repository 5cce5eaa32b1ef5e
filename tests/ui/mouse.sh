# --mouse: a click focuses a pane and selects the row under it, the wheel scrolls. Mouse
# reports are typed into the pane as a terminal sends them (X10: ESC [ M button x y, each
# as 32 + value, x and y from 1).
. "$top_srcdir/tests/ui/tmux.sh"
start_shell 120 35
run_mtcr "--data='$GOOD' --mouse"
see " 1 Meetings 4 " "started with --mouse"
# Button 1 at column 50, line 5 (from 0): inside Members, its fourth row.
text "$(printf '\033[M S&')"
text "$(printf '\033[M#S&')"
see "Members  row 4/8" "a click focuses Members and selects the row under it"
# Wheel down (button 5: 64 + 1) over Members moves it three rows.
text "$(printf '\033[MaS&')"
see "Members  row 7/8" "the wheel scrolls"
text "$(printf '\033[M`S&')"
see "Members  row 4/8" "and back up"
keys q
see "EXIT=0" "quits"
finish
