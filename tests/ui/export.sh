# e and ^S write the focused pane's view as shown, the same bytes as --export gives for
# the same filter and sort; an existing file is only replaced when the user says so.
. "$top_srcdir/tests/ui/tmux.sh"
dest=$TMP/dest
mkdir "$dest"
start_shell 120 35
type_line "cd '$dest'"
run_mtcr "--data='$GOOD'"
see " 1 Meetings 4 " "started"
text '&ro'
keys Enter s S
see "sort: number" "filtered and sorted"
keys e
see "export to: meetings.csv" "e offers <pane>.csv"
keys Enter
see "wrote 2 rows to meetings.csv" "the status line says what was written"
keys C-s
see "export to: meetings.csv" "^S exports too"
keys Enter
see "meetings.csv exists. Overwrite it? (y/N)" "an existing file is not replaced without asking"
text n
see "not written: meetings.csv is left as it was" "n keeps the file"
keys 2 e BSpace BSpace BSpace
text 'x.csv'
keys Enter
see "wrote 8 rows to members.x.csv" "the name can be edited"
keys q
see "EXIT=0" "quits"
run "$MTCR" --data="$GOOD" --export=meetings --filter=ro --sort=number:desc -o "$TMP/cli.csv"
t "--export writes the same view" [ "$rc" = 0 ]
t "the browser and --export give the same bytes" cmp "$dest/meetings.csv" "$TMP/cli.csv"
t "members were exported in full" [ "$(wc -l <"$dest/members.x.csv")" -ge 9 ]
finish
