# No usable terminal: a clear message and exit 2, nothing drawn. Colour follows --color and
# NO_COLOR, and without colour bold and reverse still show the focus.
. "$top_srcdir/tests/ui/tmux.sh"

run "$MTCR" --data="$GOOD"
t "without a terminal it exits 2" [ "$rc" = 2 ]
t "and points to --export" has_fixed "--export" "$TMP/err"
t "and draws nothing" [ ! -s "$TMP/out" ]

start_shell 100 30
for term in "" dumb no-such-terminal; do
	type_line "clear; TERM=$term \"$MTCR\" --data='$GOOD' 2>&1; echo EXIT=\$?"
	see "EXIT=2" "TERM='$term' exits 2"
	case $term in
	"") see "TERM is not set" "TERM unset is named" ;;
	dumb) see "TERM is dumb" "TERM=dumb is named" ;;
	*) see "unknown terminal type TERM=no-such-terminal" "an unknown TERM is named" ;;
	esac
	t "TERM='$term' leaves the normal screen" normal_screen
done

# Counts lines with a foreground colour (39 is the default colour, not one).
colours() { tm capture-pane -p -e | grep -c '\[3[0-7]m\|;3[0-7]m\|\[38;5;'; }
run_mtcr "--data='$GOOD'"
see "Meetings  row 1/4" "started with colour"
t "colour by default on a colour terminal" [ "$(colours)" -gt 0 ]
keys q
see "EXIT=0" "quit"
type_line "clear; NO_COLOR=1 \"$MTCR\" --data='$GOOD'; echo EXIT=\$?"
see "Meetings  row 1/4" "started with NO_COLOR"
t "NO_COLOR turns colour off" [ "$(colours)" = 0 ]
t "but the focus is still in reverse video" sh -c "tm() { tmux -L '$SOCK' \"\$@\"; }; tm capture-pane -p -e | head -n 1 | grep -q '\[[0-9;]*7m'"
keys q
see "EXIT=0" "quit"
run_mtcr "--data='$GOOD' --color=never"
see "Meetings  row 1/4" "started with --color=never"
t "--color=never has no colour" [ "$(colours)" = 0 ]
keys q
finish
