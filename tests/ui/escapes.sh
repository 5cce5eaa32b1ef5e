# Terminal escape sequences in the data (a title change, a clear screen, a cursor move) are
# drawn as text, never sent to the terminal.
. "$top_srcdir/tests/ui/tmux.sh"
data=$TMP/data
mkdir "$data"
cp "$GOOD"/*.csv "$data"/
esc=$(printf '\033') bel=$(printf '\007')
sed -i "s/,Rome,/,Ro${esc}]0;PWNED${bel}me,/" "$data/meetings.csv"
sed -i "s/A second line\./Clear${esc}[2J${esc}[5;5Hhere./" "$data/meetings.csv"
sed -i "s/,Cyprus,/,Cy${esc}[31mprus,/" "$data/members.csv"
run "$MTCR" --data="$data" --check
t "the edited data is valid" [ "$rc" = 0 ]

start_shell 120 35
title_before=$(tm display-message -p '#{pane_title}')
run_mtcr "--data='$data'"
see "Ro^[]0;PWNED^Gme" "an OSC title sequence is drawn escaped"
see "Cy^[[31mprus" "a colour sequence too"
t "the pane title did not change" [ "$(tm display-message -p '#{pane_title}')" = "$title_before" ]
keys j
see "Clear^[[2J^[[5;5Hhere." "a clear screen and a cursor move in the detail are escaped"
see " 1 Meetings 4 " "the screen was not cleared"
t "the title is still unchanged" [ "$(tm display-message -p '#{pane_title}')" = "$title_before" ]
keys q
see "EXIT=0" "quits"
finish
