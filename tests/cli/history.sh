# meeting_concerns.csv's note and sources columns: loaded, checked, and exported as a
# concern's history with --export=meeting_concerns; a file without them still loads.
. "$top_srcdir/tests/lib.sh"
good="$top_srcdir/tests/data/good"
LC_ALL=C.UTF-8; export LC_ALL

# The good fixture with notes, and with meetings.csv out of date order (Rotterdam 2015
# before Seoul 2004), so that date order is not file order.
nd="$TMP/notes"
mkdir "$nd"
cp "$good"/*.csv "$nd/"
{
	head -n 1 "$good/meetings.csv"
	grep '^p3,' "$good/meetings.csv"
	grep -v '^p3,' "$good/meetings.csv" | sed 1d
} >"$nd/meetings.csv"
cat >"$nd/meeting_concerns.csv" <<'CSV'
meeting,concern,note,sources
p3,itt,"Later, a second look at ITT.",
p2,unscr1540,Welcomed the resolution.,
p2,itt,,https://example.org/itt-source
p2,regional,,
CSV

run "$MTCR" --check --data "$nd"
t "notes and sources load" [ "$rc" = 0 ]
t "--check counts the links with a note" has_fixed "4 concern links (2 with a note)" "$TMP/out"

run "$MTCR" --data "$nd" --export=meeting_concerns --concern=itt
t "--export=meeting_concerns --concern exits 0" [ "$rc" = 0 ]
is "a concern's history: its meetings by date, each with its note and sources" "$(cat "$TMP/out")" \
"meeting,start,city,concern,note,sources
p2,2004-10-06,Seoul,itt,,https://example.org/itt-source
p3,2015-10-05,Rotterdam,itt,\"Later, a second look at ITT.\","

run "$MTCR" --data "$nd" --export=meeting_concerns --columns=meeting,concern
is "every link, meetings by date, with --columns" "$(sed 1d "$TMP/out" | paste -sd' ' -)" \
	"p2,unscr1540 p2,itt p2,regional p3,itt"
run "$MTCR" --data "$nd" --export=meeting_concerns --meeting=p3 --columns=concern,note
is "--meeting keeps one meeting's links" "$(sed 1d "$TMP/out")" 'itt,"Later, a second look at ITT."'

run "$MTCR" --data "$nd" --export=meeting_concerns --concern=itt -o "$TMP/itt.csv"
t "-o writes the history to a file" [ "$rc" = 0 ] && [ "$(sed -n 2p "$TMP/itt.csv" | cut -d, -f1)" = p2 ]

# Without the two columns (a copy from before they existed) the file still loads.
run "$MTCR" --check --data "$good"
t "meeting_concerns.csv without note and sources still loads" [ "$rc" = 0 ]
run "$MTCR" --data "$good" --export=meeting_concerns --concern=itt --columns=meeting,note
is "links without notes export with empty notes" "$(sed 1d "$TMP/out" | paste -sd' ' -)" "p2, p3,"

# A sources field is an address, as in the other files.
printf 'meeting,concern,note,sources\np2,itt,A note.,see the FCO file\n' >"$nd/meeting_concerns.csv"
printf 'p3,unscr1540,,\np2,regional,,\np2,unscr1540,,\n' >>"$nd/meeting_concerns.csv"
run "$MTCR" --check --data "$nd"
t "sources without an address is refused" [ "$rc" = 1 ]
t "the problem names file and line" \
	has_fixed "$nd/meeting_concerns.csv:2: sources has no http(s) address" "$TMP/err"

# Usage errors: exit 2 and a message that says what the table takes.
run "$MTCR" --data "$good" --export=meeting_concerns --filter=x
t "--filter is refused for meeting_concerns" [ "$rc" = 2 ] && has_fixed "takes --concern, --meeting, --columns and -o; not --filter" "$TMP/err"
run "$MTCR" --data "$good" --export=meeting_concerns --concern=nope
t "an unknown concern is named" [ "$rc" = 2 ] && has_fixed "--concern=nope: no concern has that id" "$TMP/err"
run "$MTCR" --data "$good" --export=meeting_concerns --columns=meeting,bogus
t "an unknown column lists the columns" [ "$rc" = 2 ] && has_fixed "its columns are: meeting, start, city, concern, note, sources" "$TMP/err"

# The bundled record: how the regime's word on intangible transfers moved, 2004 to 2017.
run "$MTCR" --export=meeting_concerns --concern=itt --columns=meeting,start
is "the bundled history of itt is in date order" "$(sed 1d "$TMP/out" | cut -d, -f1 | paste -sd' ' -)" \
	"p19 p22 p25 p31"
finish
