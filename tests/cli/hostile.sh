# Hostile input (issue 19), each case made by tests/hostile/gen.sh: mtcr ends promptly with a
# FILE:LINE message and exit 1, never hangs (a timeout here is a failure), and nothing it
# prints to stderr acts on the terminal or runs on for megabytes. Time and memory are
# measured by bench/hostile, not here.
. "$top_srcdir/tests/lib.sh"
gen="$top_srcdir/tests/hostile/gen.sh"
good="$top_srcdir/tests/data/good"
esc=$(printf '\033') bel=$(printf '\007') csi=$(printf '\302\233')

# quiet NAME: stderr holds no escape, BEL or C1 CSI, and no line over 400 bytes.
quiet() {
	t "$1: no escape on stderr" sh -c "! grep -q '$esc\\|$bel\\|$csi' '$TMP/err'"
	t "$1: short lines on stderr" awk 'length > 400 { bad = 1 } END { exit bad }' "$TMP/err"
}

# check CASE STATUS TEXT: mtcr --check on the case exits STATUS and says TEXT.
check() {
	"$gen" "$1" "$good" "$TMP/$1"
	run timeout 30 "$MTCR" --check --data "$TMP/$1"
	is "$1: exit status" "$rc" "$2"
	cat "$TMP/out" "$TMP/err" >"$TMP/all"
	t "$1: says: $3" has_fixed "$3" "$TMP/all"
	quiet "$1"
	rm -rf "$TMP/$1"
}

m=meetings.csv
check dup-columns 1 "$m:1: column 'a' appears more than once in the header"
is "dup-columns: said once" "$(grep -c "appears more than once" "$TMP/err")" 1
check wide-header 1 "$m:1: the header has 1000014 columns: data files are limited to 256"
check too-wide 1 "$m:1: the header has 314 columns: data files are limited to 256"
check long-links 0 "data OK"
check dev-zero 1 "$m: cannot read: a device, not a regular file"
check fifo 1 "$m: cannot read: a FIFO (named pipe), not a regular file"
check directory 1 "$m: cannot read: a directory, not a regular file"
check huge-file 1 "$m: cannot read: 2048 MiB: data files are limited to 1 GiB"
check huge-field 1 "$m:2: a row of more than 16 MiB: the reading stops here"
check long-field 1 "$m:2: a field of more than 1 MiB (the limit; see mtcr-data(5)) in column 'summary'"
check long-row 1 "$m:3: a row of more than 16 MiB: the reading stops here"
check escapes-kind 1 "$m:2: kind '^[]0;pwned^G^[]52;c;cHduZWQ=^G^[[2J<U+009B>2J' is not one of"
check cr-lines 1 "$m:6: kind 'nonsense' is not one of"
check mixed-lines 1 "$m:6: kind 'nonsense' is not one of"

# Small fixtures of tests/data/bad whose messages must say what is wrong, not something else.
fixture() { # fixture NAME TEXT [ABSENT]: meetings-NAME.csv says TEXT (and not ABSENT)
	rm -rf "$TMP/f" && mkdir "$TMP/f" && cp "$good"/*.csv "$TMP/f/"
	cp "$top_srcdir/tests/data/bad/meetings-$1.csv" "$TMP/f/$m"
	run "$MTCR" --check --data "$TMP/f"
	t "$1: says: $2" has_fixed "$2" "$TMP/err"
	[ -z "${3-}" ] || t "$1: does not say: $3" sh -c "! grep -qF -- '$3' '$TMP/err'"
	quiet "$1"
}
fixture bad-start "$m:2: start '1988-13' is not a valid date" "start is empty"
fixture double-bom "missing required column 'id' (the header has: <U+FEFF>id, kind,"
fixture bom-inside "$m:2: kind 'plen<U+FEFF>ary' is not one of"
fixture random-bytes "$m:1: invalid UTF-8 in the header, column 1" "column '?'"

# An extra header column with escapes, named back by --columns=bogus.
"$gen" escapes-header "$good" "$TMP/eh"
run timeout 30 "$MTCR" --export=meetings --columns=bogus --data "$TMP/eh"
is "escapes-header: --columns=bogus is a usage error" "$rc" 2
t "escapes-header: the column is named escaped" has_fixed "^[]0;pwned^G^[[2J<U+009B>2J" "$TMP/err"
quiet escapes-header

# --filter with a pattern that would scan for minutes: ^C (SIGINT) ends it at once.
"$gen" slow-regex "$good" "$TMP/slow"
env --default-signal=INT "$MTCR" --data "$TMP/slow" --export=meetings --filter='(x+x+)+y' \
	>/dev/null 2>&1 &
pid=$!
sleep 0.5
start=$(date +%s)
kill -INT "$pid"
rc=0; wait "$pid" || rc=$?
is "a slow --filter ends on SIGINT" "$rc" 130
t "a slow --filter ends within 2 s of SIGINT" [ $(($(date +%s) - start)) -le 2 ]
# no mtcr on the slow data left (the regex runs in a child, which must die with mtcr);
# [-] so that the pattern does not match this shell's own command line
no_child() { sleep 0.2; ! pgrep -f -- "[-]-data $TMP/slow" >/dev/null; }
t "a slow --filter leaves no regex child running" no_child

# Left alone, a slow --filter stops at its budget (MTCR_FILTER_BUDGET seconds; 10 unless
# set), says why and what to do, exits 1 and writes nothing: the old file stays as it was.
mkdir "$TMP/o" && echo keep >"$TMP/o/x.csv"
start=$(date +%s)
run env MTCR_FILTER_BUDGET=1 timeout 20 "$MTCR" --data "$TMP/slow" --export=meetings \
	--filter='(x+x+)+y' -o "$TMP/o/x.csv"
is "a slow --filter past its budget: exit status" "$rc" 1
t "a slow --filter past its budget ends within 5 s" [ $(($(date +%s) - start)) -le 5 ]
t "a slow --filter past its budget: says so, naming the pattern" \
	has_fixed "mtcr: --filter=(x+x+)+y: stopped after 1 s and wrote nothing" "$TMP/err"
t "a slow --filter past its budget: says what to do" \
	has_fixed "Try a simpler one (plain text, or no nested repeat such as (x+)+), or MTCR_FILTER_BUDGET=0 for no limit" "$TMP/err"
is "a slow --filter past its budget: the old file stays" "$(cat "$TMP/o/x.csv")" keep
is "a slow --filter past its budget: no temporary file" "$(ls -A "$TMP/o")" x.csv
quiet "filter budget"
run env MTCR_FILTER_BUDGET=0.5 timeout 20 "$MTCR" --data "$TMP/slow" --export=meetings \
	--filter='(x+x+)+y'
is "a slow --filter past its budget, to stdout: exit status" "$rc" 1
is "a slow --filter past its budget, to stdout: nothing written" "$(wc -c <"$TMP/out")" 0
t "a slow --filter past its budget leaves no regex child running" no_child
# a regex that is quick gives the same rows under a budget as without one
run env MTCR_FILTER_BUDGET=5 "$MTCR" --data "$TMP/slow" --export=meetings --filter='se.ul|x{3}y?'
cp "$TMP/out" "$TMP/budgeted"
is "a quick regex under a budget: exit status" "$rc" 0
run env MTCR_FILTER_BUDGET=0 "$MTCR" --data "$TMP/slow" --export=meetings --filter='se.ul|x{3}y?'
t "a quick regex under a budget: the rows of an unlimited run" cmp -s "$TMP/out" "$TMP/budgeted"
is "a quick regex: its rows" "$(grep -c . "$TMP/out")" 6
run env MTCR_FILTER_BUDGET=soon "$MTCR" --export=meetings --filter=x
is "MTCR_FILTER_BUDGET=soon: a usage error" "$rc" 2
t "MTCR_FILTER_BUDGET=soon: says what it takes" \
	has_fixed "mtcr: MTCR_FILTER_BUDGET takes a number of seconds (0 for no limit), not: soon" "$TMP/err"

# A value over 60 columns is cut with an ellipsis in a message.
"$gen" escapes-kind "$good" "$TMP/lk"
awk -F, -v OFS=, 'NR == 2 { $2 = sprintf("%0300d", 0) } { print }' "$good/$m" >"$TMP/lk/$m"
run "$MTCR" --check --data "$TMP/lk"
t "a long value is cut in a message" has "kind '0\{59\}\(…\|~\)' is not one of" "$TMP/err"
finish
