# A search or filter whose regex would run for minutes (issue 19: four cities of 10^5 x and
# /(x+x+)+y took 303 s before ^C was read) stops on ^C or Esc, or by itself after 5 s, and
# says so; the view stays as it was and the browser keeps running.
. "$top_srcdir/tests/ui/tmux.sh"
"$top_srcdir/tests/hostile/gen.sh" slow-regex "$GOOD" "$TMP/slow"
start_shell 100 30

run_mtcr "--data='$TMP/slow'"
see "Meetings  row 1/4" "started"
keys j
see "Meetings  row 2/4" "on the second row"

# ^C is sent once the prompt shows the letters before the y, so it comes after the y in
# the input and arrives while the y's search scans (sent at once, it could be read before
# any scan had begun, and CI's loaded machines saw that race).
text '/(x+x+)+y'
wait_for '/(x+x+)+' 600
keys C-c
# (A wait of a minute for a loaded machine; the budget's own message would also say
# "search stopped", so the next check tells the two apart.)
see "search stopped" "^C stops a search that would take minutes" 600
t "it was ^C that stopped it, not the budget" sh -c "! grep -q 'took too long' '$TMP/screen'"
t "^C did not quit" sh -c "! grep -q EXIT= '$TMP/screen'"
keys Escape
see "Meetings  row 2/4" "Esc then closes the prompt; the cursor stayed"

# As for ^C above: Esc once the prompt shows the pattern before its y, so that it arrives
# while the y's filter scans (read with the y during the scan before, it stopped that one
# and dropped the y, and CI once saw no "filter stopped").
text '&(x+x+)+y'
wait_for '&(x+x+)+' 600
keys Escape
see "filter stopped" "Esc stops a filter that would take minutes" 600
t "it was Esc that stopped it, not the budget" sh -c "! grep -q 'took too long' '$TMP/screen'"
keys Escape
see "Meetings  row " "the filter prompt closes"
t "all four rows are back" grep -qF "Meetings 4" "$TMP/screen"
# (The cursor may have moved: each letter typed before the stop filtered on its own.)
keys g j
see "Meetings  row 2/4" "back on the second row"

# Left alone, the scan stops after its budget of 5 s.
text '/(x+x+)+y'
see "search stopped: the pattern took too long" "a search over its budget of 5 s says so" 300
keys Escape
see "Meetings  row 2/4" "and the cursor is where it was"

# A read-only file is replaced only when the user says so, and the question says why.
keys e
see "export to: meetings.csv" "e offers meetings.csv"
keys C-u
text "$TMP/ro.csv"
"$MTCR" --data="$GOOD" --export=concerns -o "$TMP/ro.csv" && chmod 444 "$TMP/ro.csv"
keys Enter
see "ro.csv is read-only. Overwrite it? (y/N)" "a read-only target is named as such"
text y
see "wrote 4 rows to" "y replaces it"
t "the read-only file now holds the meetings" grep -q "^id,kind," "$TMP/ro.csv"

# A FIFO that nobody reads is refused at once; the browser goes on (it hung before, deaf
# to q, Q and ^C).
mkfifo "$TMP/fifo"
keys e C-u
text "$TMP/fifo"
keys Enter
see "Overwrite it? (y/N)" "a FIFO target is asked about like a file"
text y
see "a FIFO that no process is reading" "a FIFO nobody reads is refused"

# A plain search still works afterwards.
text /2008-04
keys Enter
see "Meetings  row 3/4" "a plain search finds its row"
keys q
see "EXIT=0" "q quits"
finish
