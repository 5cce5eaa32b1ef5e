# A researcher of a concern reads its history: in the Concerns pane, /intangible and Enter
# open the concern's record, which lists the Plenaries that raised it by date, each with
# what it said; Enter on one of them jumps to that meeting. At 80x24, the smallest screen
# (G goes to the last line, Dublin's note; k to Dublin itself).
. "$top_srcdir/tests/ui/tmux.sh"
start_shell 80 24
run_mtcr
see " 1 Meetings 44" "opens on the bundled record"
keys 3
text /intangible
keys Enter
see "Concern: Intangible technology transfer" "/intangible finds the concern"
keys Enter
see "History: raised at (4)" "Enter opens its history"
see "Plenary 19, Seoul, 2004-10-06" "which starts with Seoul 2004"
see "Partners gave more attention to intangible technology transfer." "Dublin 2017's note is shown"
order=$(grep -n 'Plenary [0-9]*,' "$TMP/screen" | sed 's/:.*Plenary \([0-9]*\),.*/ \1/' | awk '{print $2}' | paste -sd' ' -)
is "its meetings come in date order" "$order" "19 22 25 31"
see "07THEHAGUE1958" "a link resting on another document shows its source"
keys G k
keys Enter
see "Meeting: Plenary 31, Dublin" "Enter on the last meeting jumps to it"
keys q q q
see "EXIT=0" "q goes back, then quits"
finish
