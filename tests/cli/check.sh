# mtcr --check on the bundled record, on a good fixture and on broken data.
. "$top_srcdir/tests/lib.sh"
good="$top_srcdir/tests/data/good"
bad="$top_srcdir/tests/data/bad"

run "$MTCR" --check
t "--check on the bundled data exits 0" [ "$rc" = 0 ]
t "--check prints one summary line" [ "$(wc -l <"$TMP/out")" = 1 ]
t "--check says OK with the counts" has '^mtcr: data OK: [0-9]* meetings (35 plenaries' "$TMP/out"
t "--check on the bundled data prints no problem" [ ! -s "$TMP/err" ]

run "$MTCR" --check --data "$good"
t "--check --data DIR reads DIR" has_fixed 'data OK: 4 meetings (3 plenaries, 1 other), 8 members (7 partners), 3 concerns, 4 concern links (0 with a note), 1 member links' "$TMP/out"

# A directory with several broken files: every problem, in file and line order, exit 1.
mkdir "$TMP/broken"
cp "$good"/*.csv "$TMP/broken/"
cp "$bad/meetings-values.csv" "$TMP/broken/meetings.csv"
cp "$bad/meeting_concerns-dangling.csv" "$TMP/broken/meeting_concerns.csv"
run "$MTCR" --check --data "$TMP/broken"
t "--check with problems exits 1" [ "$rc" = 1 ]
t "--check with problems prints nothing on stdout" [ ! -s "$TMP/out" ]
t "a problem names file, line and column value" has_fixed "mtcr: $TMP/broken/meetings.csv:3: kind 'meeting' is not one of: plenary, rpoc" "$TMP/err"
t "problems in a later file are reported too" has_fixed "meeting_concerns.csv:3: meeting 'p9'" "$TMP/err"
t "the last line counts the problems" sh -c "tail -n 1 '$TMP/err' | grep -q 'problems in the data'"
files=$(grep -o '[a-z_]*\.csv:[0-9]*' "$TMP/err" | sed 's/meetings.csv/1 /;s/meeting_concerns.csv/4 /;s/://')
t "problems come in file and line order" [ "$files" = "$(printf '%s\n' "$files" | sort -k1,1n -k2,2n)" ]

run "$MTCR" --check --data /nonexistent-mtcr-data
t "a missing directory exits 1" [ "$rc" = 1 ]
is "a missing directory is one message about the directory" "$(cat "$TMP/err")" \
	"mtcr: /nonexistent-mtcr-data: cannot read the data directory: No such file or directory"

run "$MTCR" --check --data "$TMP/broken" 
t "no ANSI escape or control byte in messages" sh -c "! grep -q \"\$(printf '\\033')\" '$TMP/err'"

finish
