# A slow load shows a progress line on the terminal and clears it when the load ends. The
# load is made slow with a FIFO for meetings.csv, which the test feeds when it has seen the
# line: no timing is measured.
. "$top_srcdir/tests/ui/tmux.sh"
data=$TMP/data
cp -r "$GOOD" "$data"
rm "$data/meetings.csv"
if ! mkfifo "$data/meetings.csv"; then
	fail "mkfifo works here"
	finish
fi
start_shell 100 30
type_line "clear; \"$MTCR\" --check --data='$data'; echo EXIT=\$?"
see "mtcr: loading meetings.csv: 0.0 MB" "a load that waits shows what it reads, on stderr"
cat "$GOOD/meetings.csv" >"$data/meetings.csv"
see "EXIT=0" "the load ends"
see "mtcr: data OK" "and --check reports"
gone "mtcr: loading" "the progress line is blanked"

rm "$data/meetings.csv" && mkfifo "$data/meetings.csv"
type_line "clear; \"$MTCR\" --data='$data' 2>/dev/null; echo EXIT=\$?"
see "mtcr: loading meetings.csv" "the browser shows it on the terminal when stderr goes elsewhere"
cat "$GOOD/meetings.csv" >"$data/meetings.csv"
see " 1 Meetings 4" "and draws its first screen when the load ends"
gone "mtcr: loading" "with no trace of the line"
keys q
see "EXIT=0" "quits"
run sh -c "\"$MTCR\" --check --data='$GOOD' 2>&1"
t "not a terminal: no progress line" sh -c "! grep -q loading '$TMP/out'"
finish
