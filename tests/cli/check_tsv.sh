# mtcr --check --format=tsv: a header, then file, line, column and message per problem.
. "$top_srcdir/tests/lib.sh"
good="$top_srcdir/tests/data/good"
bad="$top_srcdir/tests/data/bad"
tab=$(printf '\t')

run "$MTCR" --check --format=tsv --data "$good"
t "no problem: exit 0" [ "$rc" = 0 ]
is "no problem: the header alone" "$(cat "$TMP/out")" "file${tab}line${tab}column${tab}message"
run "$MTCR" --check --format=text --data "$good"
t "--format=text is the summary line" has_fixed "mtcr: data OK: 4 meetings" "$TMP/out"

mkdir "$TMP/broken"
cp "$good"/*.csv "$TMP/broken/"
cp "$bad/meetings-values.csv" "$TMP/broken/meetings.csv"
cp "$bad/meeting_concerns-dangling.csv" "$TMP/broken/meeting_concerns.csv"
printf 'code,name,status,joined,region,notes,sources\nITA,Italy,partner,1987,,,https://e.org\nFRA,France,part\tner,1987,,,https://e.org\n' \
	>"$TMP/broken/members.csv"
run "$MTCR" --check --format=tsv --data "$TMP/broken"
t "problems: exit 1" [ "$rc" = 1 ]
t "problems: four fields on every line" awk -F'\t' 'NF != 4 { exit 1 }' "$TMP/out"
t "a row per problem under the header" [ "$(sed 1d "$TMP/out" | wc -l)" -gt 5 ]
t "file, line, column, message" has_fixed "$TMP/broken/meetings.csv${tab}3${tab}kind${tab}kind 'meeting' is not one of: plenary, rpoc" "$TMP/out"
t "the column of a date" has_fixed "${tab}start${tab}start '2004-13-01' is not a valid date" "$TMP/out"
t "the column of a link" has_fixed "meeting_concerns.csv${tab}3${tab}meeting${tab}meeting 'p9'" "$TMP/out"
t "a tab in a value is quoted as the screen shows it (^I)" has_fixed "members.csv${tab}3${tab}status${tab}status 'part^Iner' is not one of" "$TMP/out"
t "the lines of stdout are the same problems as the text form" [ "$(sed 1d "$TMP/out" | wc -l)" = \
	"$("$MTCR" --check --data "$TMP/broken" 2>&1 | grep -c "^mtcr: $TMP/broken/")" ]

run "$MTCR" --check --format=tsv --data /nonexistent-mtcr-data
t "a missing directory: exit 1" [ "$rc" = 1 ]
t "a missing directory is a row with an empty line and column" \
	has_fixed "/nonexistent-mtcr-data${tab}${tab}${tab}cannot read the data directory: No such file or directory" "$TMP/out"
t "and only that row under the header" [ "$(wc -l <"$TMP/out")" = 2 ]
cp -r "$good" "$TMP/nometa"; rm "$TMP/nometa/members.csv"
run "$MTCR" --check --format=tsv --data "$TMP/nometa"
t "a problem with a whole file has an empty line and column" \
	has_fixed "$TMP/nometa/members.csv${tab}${tab}${tab}cannot open: No such file or directory" "$TMP/out"

run "$MTCR" --check --format=json
t "an unknown format is a usage error" [ "$rc" = 2 ]
t "an unknown format is named" has_fixed "--format takes text or tsv, not: json" "$TMP/err"
run "$MTCR" --format=tsv
t "--format without --check is a usage error" [ "$rc" = 2 ]
finish
