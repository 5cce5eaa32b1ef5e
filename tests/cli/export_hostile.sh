# Export targets that could hang or cost the user a file (issue 19): a FIFO nobody reads is
# refused at once, a write blocked on a FIFO ends on a signal, an interrupted export leaves
# the old file, a read-only file needs --force, --safe-cells defuses formulas, and
. "$top_srcdir/tests/lib.sh"
good="$top_srcdir/tests/data/good"
cd "$TMP" || exit 1

# A record large enough that writing it takes a while: 200 000 more meetings.
mkdir big && cp "$good"/*.csv big/
awk 'BEGIN { for (i = 0; i < 200000; i++)
	printf "m%d,rpoc,,2008-04-10,,Paris,FRA,,,,,A meeting of the kind that fills a record.,,https://example.org/m%d\n", i, i }' \
	>>big/meetings.csv

# wait_for TEST...: polls (up to 20 s) until the test holds.
wait_for() { i=0; while ! "$@" && [ $i -lt 2000 ]; do sleep 0.01; i=$((i + 1)); done; "$@"; }

mkfifo fifo
run timeout 10 "$MTCR" --data big --export=meetings -o fifo
is "a FIFO that nobody reads: exit 1 at once" "$rc" 1
t "a FIFO that nobody reads: says so" has_fixed "mtcr: fifo: a FIFO that no process is reading" "$TMP/err"

# A reader that stops reading after a byte: the write blocks until SIGTERM ends it.
sh -c 'head -c 1 >got; exec sleep 60' <fifo &
reader=$!
"$MTCR" --data big --export=meetings -o fifo 2>err-fifo &
pid=$!
wait_for test -s got # the export has begun, and its megabytes fill the pipe
sleep 0.2
kill -TERM "$pid"
rc=0; wait "$pid" || rc=$?
kill "$reader" 2>/dev/null
is "a blocked write to a FIFO ends on SIGTERM" "$rc" 143
t "a blocked write says it was interrupted" has_fixed "mtcr: fifo: interrupted" err-fifo

# SIGINT while the temporary file is being written: the old file stays, exit 130.
echo old >target.csv
env --default-signal=INT "$MTCR" --data big --export=meetings -o target.csv 2>err-int &
pid=$!
if wait_for sh -c 'ls -a | grep -q "^\.mtcr-export-"'; then
	kill -INT "$pid"
	rc=0; wait "$pid" || rc=$?
	is "SIGINT during an export: exit 130" "$rc" 130
	is "SIGINT during an export: the old file is left" "$(cat target.csv)" old
	t "SIGINT during an export: no temporary file left" sh -c '! ls -a | grep -q "^\.mtcr-export-"'
	t "SIGINT during an export: says so" has_fixed "mtcr: target.csv: interrupted; the file is left as it was" err-int
else
	wait "$pid"
	fail "SIGINT during an export: the temporary file was never seen"
fi

# A read-only file: refused, then replaced with --force.
"$MTCR" --data "$good" --export=concerns -o ro.csv && chmod 444 ro.csv && cp ro.csv ro.before
run "$MTCR" --data "$good" --export=members -o ro.csv
is "a read-only target: exit 1" "$rc" 1
t "a read-only target: says --force" has_fixed "mtcr: ro.csv: the file is read-only; --force replaces it" "$TMP/err"
t "a read-only target: left as it was" cmp -s ro.csv ro.before
run "$MTCR" --data "$good" --export=members -f -o ro.csv
is "--force replaces a read-only target" "$rc:$(head -c 4 ro.csv)" "0:code"

# --safe-cells: a ' before = + - @ at the start of a value (header included).
rm -rf inj && mkdir inj && cp "$good"/*.csv inj/
awk -F, -v OFS=, 'NR == 1 { print $0 ",@x"; next }
	NR == 2 { $2 = "=1+2"; print $0, "+1"; next } { print $0, "-2" }' "$good/members.csv" >inj/members.csv
run "$MTCR" --data inj --export=members --columns=name,@x
is "formula injection: by default written as it is" "$(sed -n 2p "$TMP/out")" "=1+2,+1"
run "$MTCR" --data inj --export=members --columns=name,@x --safe-cells
is "--safe-cells: the header cell" "$(sed -n 1p "$TMP/out")" "name,'@x"
is "--safe-cells: = and + get a '" "$(sed -n 2p "$TMP/out")" "'=1+2,'+1"
is "--safe-cells: - gets a '" "$(sed -n 3p "$TMP/out")" "France,'-2"

# /dev/stdout with standard output closed.
run sh -c "'$MTCR' --data '$good' --export=meetings -o /dev/stdout >&-"
is "-o /dev/stdout, closed: exit 1" "$rc" 1
t "-o /dev/stdout, closed: says so" has_fixed "mtcr: /dev/stdout: file descriptor 1 is not open" "$TMP/err"

# A path of 1500 bytes still gets its reason.
long=$(printf 'd%.0s' $(seq 1 1500))
run "$MTCR" --data "$good" --export=meetings -o "$long/x.csv"
t "a very long path: cut, and the reason kept" has '\(…\|~\): File name too long$' "$TMP/err"
finish
