# Every bad-data fixture through `mtcr --check`: a clear FILE:LINE: message and exit 1 (or a
# clean pass for what is accepted), never a crash; a missing or unreadable file; the cap on
# the number of problems printed, with a count of the rest; each problem once.
. "$top_srcdir/tests/lib.sh"
good="$top_srcdir/tests/data/good"

with_file() { # with_file NAME FIXTURE: a copy of the good fixture with one file replaced
	rm -rf "$TMP/d" && mkdir "$TMP/d" && cp "$good"/*.csv "$TMP/d/" && cp "$2" "$TMP/d/$1.csv"
}

for f in "$top_srcdir"/tests/data/bad/*.csv; do
	n=$(basename "$f" .csv) table=${n%%-*}
	with_file "$table" "$f"
	run "$MTCR" --check --data "$TMP/d"
	case $n in
	*extra-column|*bom-crlf)
		t "$n: accepted" [ "$rc" = 0 ] ;;
	*)
		t "$n: exit 1" [ "$rc" = 1 ]
		t "$n: names $table.csv and a line" has "^mtcr: $TMP/d/$table.csv:[0-9]*: \|^mtcr: $TMP/d/$table.csv: " "$TMP/err"
		t "$n: every line is a problem or the count" sh -c "! grep -v '^mtcr: ' '$TMP/err'"
		t "$n: each problem once" [ "$(sort "$TMP/err" | uniq -d | wc -l)" = 0 ] ;;
	esac
done

rm -rf "$TMP/d" && mkdir "$TMP/d" && cp "$good"/*.csv "$TMP/d/" && rm "$TMP/d/concerns.csv"
run "$MTCR" --check --data "$TMP/d"
t "a missing file: exit 1" [ "$rc" = 1 ]
t "a missing file is named" has_fixed "$TMP/d/concerns.csv: cannot open: No such file or directory" "$TMP/err"

rm "$TMP/d/meetings.csv" && mkdir "$TMP/d/meetings.csv"
run "$MTCR" --check --data "$TMP/d"
t "an unreadable file (a directory): exit 1" [ "$rc" = 1 ]
t "an unreadable file says why" has_fixed "$TMP/d/meetings.csv: read error: Is a directory" "$TMP/err"

# Many bad rows: --check lists every problem; other runs the first 50, then how many more.
with_file meetings "$good/meetings.csv"
awk 'NR > 1 { for (i = 0; i < 100; i++) { sub(/^[^,]*/, "x" i "y" NR); print } next } { print }' \
	"$good/meetings.csv" | sed 's/,plenary,/,nonsense,/; s/,rpoc,/,nonsense,/' >"$TMP/many.csv"
cp "$TMP/many.csv" "$TMP/d/meetings.csv"
run "$MTCR" --check --data "$TMP/d"
t "many problems: exit 1" [ "$rc" = 1 ]
total=$(tail -n 1 "$TMP/err" | sed -n 's/.*: \([0-9]*\) problems in the data$/\1/p')
is "many problems: --check prints every one" "$(grep -c ': [^:]*\.csv:[0-9]*: ' "$TMP/err")" "$total"
t "many problems: more than 50" [ "${total:-0}" -gt 50 ]
t "many problems: --check counts none as left out" sh -c "! grep -q 'more problems' '$TMP/err'"
t "many problems: the total in the last line" sh -c "tail -n 1 '$TMP/err' | grep -q ': [0-9][0-9][0-9] problems in the data'"
run "$MTCR" --export=meetings --data "$TMP/d"
t "many problems, not --check: 50 printed" [ "$(grep -c "kind 'nonsense'" "$TMP/err")" = 50 ]
t "many problems, not --check: the rest counted" \
	has '^mtcr: \.\.\. and [0-9]* more problems (mtcr --check lists them all)$' "$TMP/err"
finish
