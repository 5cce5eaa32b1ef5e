# The browser's help names the data directory in use and how it was chosen.
. "$top_srcdir/tests/ui/tmux.sh"
mkdir -p "$TMP/xdg/mtcr-browser"
cp "$GOOD"/*.csv "$TMP/xdg/mtcr-browser/"
start_shell 120 35 "XDG_DATA_HOME='$TMP/xdg'"
run_mtcr
see " 1 Meetings 4 " "the user's copy is read"
keys '?'
see "Data: $TMP/xdg/mtcr-browser (your copy)" "the help names the user's copy"
keys q q
see "EXIT=0" "q quits"
type_line "clear"
run_mtcr "--data='$GOOD'"
keys '?'
see "Data: $GOOD (given with --data)" "the help names the --data directory"
keys q q
see "EXIT=0" "q quits again"
finish
