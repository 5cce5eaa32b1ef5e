# mtcr --timeline and --concern-map: the bundled record at 80 columns against golden files,
# the width and ASCII rules, and errors.
. "$top_srcdir/tests/lib.sh"
golden="$top_srcdir/tests/golden"
good="$top_srcdir/tests/data/good"
LC_ALL=C.UTF-8; export LC_ALL
unset COLUMNS

same() { cmp -s "$1" "$2" || { diff -u "$1" "$2" | head -40 | sed 's/^/# /'; return 1; }; }
ascii_only() { ! LC_ALL=C grep -q '[^ -~]' "$1"; }
no_escape() { ! grep -q "$(printf '\033')" "$1"; }
widest() { LC_ALL=C.UTF-8 wc -L <"$1"; }

run "$MTCR" --timeline --width=80
t "--timeline exits 0" [ "$rc" = 0 ]
t "--timeline prints nothing on stderr" [ ! -s "$TMP/err" ]
t "--timeline at 80 columns matches tests/golden/timeline.txt" \
	same "$golden/timeline.txt" "$TMP/out"
t "--timeline is plain text, no escape sequences" no_escape "$TMP/out"
t "--timeline fits 80 columns" [ "$(widest "$TMP/out")" -le 80 ]
t "--timeline marks 2010, 2018 and 2020 as years without a Plenary" \
	has '^No\.  21  22  23  24  ·   25  26  27  28  29  30  31  ·   32  ·   33' "$TMP/out"

run "$MTCR" --timeline --ascii --width=80
t "--timeline --ascii matches tests/golden/timeline-ascii.txt" \
	same "$golden/timeline-ascii.txt" "$TMP/out"
t "--timeline --ascii is ASCII only" ascii_only "$TMP/out"

run env LC_ALL=C "$MTCR" --timeline --width=80
t "--timeline without a UTF-8 locale draws in ASCII" same "$golden/timeline-ascii.txt" "$TMP/out"

run "$MTCR" --concern-map --width=80
t "--concern-map exits 0" [ "$rc" = 0 ]
t "--concern-map at 80 columns matches tests/golden/concern-map.txt" \
	same "$golden/concern-map.txt" "$TMP/out"
t "--concern-map is plain text, no escape sequences" no_escape "$TMP/out"
t "--concern-map fits 80 columns" [ "$(widest "$TMP/out")" -le 80 ]

run "$MTCR" --concern-map --ascii --width=80
t "--concern-map --ascii is ASCII only" ascii_only "$TMP/out"
t "--concern-map --ascii marks with #" has '^  UAVs and cruise missiles  *[.#]*#' "$TMP/out"

# The width: --width, else $COLUMNS when it is a number, else 80.
run env COLUMNS=80 "$MTCR" --timeline
t "COLUMNS=80 draws what --width=80 draws" same "$golden/timeline.txt" "$TMP/out"
run env COLUMNS=wide "$MTCR" --timeline
t "a COLUMNS that is not a number is ignored: 80 columns" same "$golden/timeline.txt" "$TMP/out"
run env COLUMNS=160 "$MTCR" --timeline
t "COLUMNS=160 fits every year in one band" [ "$(grep -c "^    [0-9]*–" "$TMP/out")" = 1 ]
t "COLUMNS=160 stays within 160 columns" [ "$(widest "$TMP/out")" -le 160 ]
run env COLUMNS=160 "$MTCR" --timeline --width=40
t "--width overrides COLUMNS" [ "$(widest "$TMP/out")" -le 40 ]
t "--width=40 draws more bands" [ "$(grep -c "^    [0-9]*–" "$TMP/out")" -gt 2 ]

run "$MTCR" --concern-map --data "$good" --width=80
t "--concern-map reads --data" has '^  Intangible technology transfer' "$TMP/out"
t "--concern-map ends at the data's last meeting" \
	has '^Concerns raised at MTCR Plenaries, 1987–2015$' "$TMP/out"

# Errors.
if [ -w /dev/full ]; then
	rc=0; "$MTCR" --timeline --width=80 >/dev/full 2>"$TMP/err" || rc=$?
	t "a failed write to stdout exits 1" [ "$rc" = 1 ]
	t "a failed write to stdout says why" \
		has 'mtcr: standard output: No space left on device' "$TMP/err"
else
	skip "a failed write to stdout exits 1" "no /dev/full here"
	skip "a failed write to stdout says why" "no /dev/full here"
fi
# A pipe whose reader is already gone (deterministic, unlike head), SIGPIPE ignored: the
# EPIPE error ends mtcr quietly with status 1, as it ends --export.
closed_pipe() {
	python3 - "$MTCR" "$1" <<'EOF'
import os, signal, subprocess, sys
signal.signal(signal.SIGPIPE, signal.SIG_IGN)
r, w = os.pipe()
os.close(r)
p = subprocess.run([sys.argv[1], sys.argv[2]], stdout=w, stderr=subprocess.PIPE,
                   restore_signals=False)
print(p.returncode, repr(p.stderr.decode()))
EOF
}
is "--timeline into a closed pipe exits 1, silently" "$(closed_pipe --timeline)" "1 ''"
is "--concern-map into a closed pipe exits 1, silently" "$(closed_pipe --concern-map)" "1 ''"
run "$MTCR" --timeline --width=5
t "--width below 20 is a usage error" [ "$rc" = 2 ]
t "--width below 20 says what it takes" \
	has 'width takes a number of columns from 20 to 1000, not: 5' "$TMP/err"
run "$MTCR" --timeline --width=80x
t "--width that is not a number is a usage error" [ "$rc" = 2 ]
run "$MTCR" --timeline --concern-map
t "--timeline with --concern-map is a usage error" [ "$rc" = 2 ]
run "$MTCR" --ascii
t "--ascii alone is for the browser, which needs a terminal" [ "$rc" = 2 ]
lacks() { ! grep -q -- "$1" "$2"; }
t "--ascii alone is not refused as an option" lacks 'ascii' "$TMP/err"
t "--ascii alone says the browser needs a terminal" has 'not a terminal' "$TMP/err"
run "$MTCR" --ascii --check
t "--ascii with --check is a usage error" [ "$rc" = 2 ]
t "--ascii with --check says where it goes" has 'ascii goes with the browser' "$TMP/err"
run "$MTCR" --ascii --export=meetings
t "--ascii with --export is a usage error" [ "$rc" = 2 ]
run "$MTCR" --width=80
t "--width without a picture is a usage error" [ "$rc" = 2 ]
t "--width without a picture says what it goes with" \
	has 'width goes with --timeline or --concern-map' "$TMP/err"
run "$MTCR" --timeline --check
t "--timeline with --check is a usage error" [ "$rc" = 2 ]
run "$MTCR" --concern-map --export=meetings
t "--concern-map with --export is a usage error" [ "$rc" = 2 ]
run "$MTCR" --timeline --data /nonexistent-mtcr-data
t "--timeline on missing data exits 1" [ "$rc" = 1 ]
t "--timeline on missing data prints no picture" [ ! -s "$TMP/out" ]
run "$MTCR" --help
for opt in --timeline --concern-map --ascii --width=N; do
	t "--help documents $opt" has "^  *$opt " "$TMP/out"
done

finish
