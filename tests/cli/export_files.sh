# mtcr --export -o FILE and standard output: the file appears whole or not at all; any
# failure says `mtcr: FILE: reason`, exits 1, keeps the file that was there and leaves no
# temporary behind. Writes to standard output are checked too; a closed pipe ends quietly.
. "$top_srcdir/tests/lib.sh"
good="$top_srcdir/tests/data/good"
all="$TMP/all.csv"
"$MTCR" --export=meetings >"$all"

# no_temporary DIR: nothing of ours is left in DIR.
no_temporary() { [ -z "$(find "$1" -name '.mtcr-export-*')" ]; }

# ---- success ----
out="$TMP/meetings.csv"
run "$MTCR" --export=meetings -o "$out"
t "-o FILE exits 0" [ "$rc" = 0 ]
t "-o FILE writes nothing on stdout" [ ! -s "$TMP/out" ]
t "-o FILE writes nothing on stderr" [ ! -s "$TMP/err" ]
t "-o FILE holds what standard output gets" cmp -s "$out" "$all"
t "-o FILE leaves no temporary" no_temporary "$TMP"

echo old >"$out"
chmod 640 "$out"
run "$MTCR" --export=meetings --output="$out"
t "--output=FILE replaces an existing file" cmp -s "$out" "$all"
is "the replaced file keeps its mode" "$(stat -c %a "$out")" 640

( cd "$TMP" && "$MTCR" --export=concerns -o here.csv )
t "a bare file name is written in the current directory" cmp -s "$TMP/here.csv" "$top_srcdir/data/concerns.csv"

echo old >"$TMP/real.csv"
ln -s real.csv "$TMP/link.csv"
run "$MTCR" --export=meetings -o "$TMP/link.csv"
t "a symbolic link is followed: the file it names gets the export" cmp -s "$TMP/real.csv" "$all"
t "a symbolic link stays a link" [ -L "$TMP/link.csv" ]

# ---- failures: exit 1, the message, the old file kept, no temporary ----
run "$MTCR" --export=meetings -o "$TMP/missing/out.csv"
t "a missing directory exits 1" [ "$rc" = 1 ]
t "a missing directory is named" has_fixed "mtcr: $TMP/missing/out.csv: cannot create a file in $TMP/missing: No such file or directory" "$TMP/err"
t "a missing directory creates nothing" [ ! -e "$TMP/missing" ]

mkdir "$TMP/adir"
run "$MTCR" --export=meetings -o "$TMP/adir"
t "a directory as target exits 1" [ "$rc" = 1 ]
t "a directory as target says so" has_fixed "mtcr: $TMP/adir: Is a directory" "$TMP/err"
t "a directory as target stays a directory" [ -d "$TMP/adir" ]
t "a directory as target stays empty" [ -z "$(ls -A "$TMP/adir")" ]
t "a directory as target leaves no temporary" no_temporary "$TMP"

ln -s nowhere.csv "$TMP/dangling.csv"
run "$MTCR" --export=meetings -o "$TMP/dangling.csv"
t "a dangling link exits 1 and says so" has_fixed "mtcr: $TMP/dangling.csv: symbolic link to a missing file" "$TMP/err"
t "a dangling link stays a link" [ -L "$TMP/dangling.csv" ]
t "a dangling link: nothing created where it points" [ ! -e "$TMP/nowhere.csv" ]

# A write that fails halfway: a file size limit (ulimit -f, in blocks of 512 or 1024 bytes)
# far below the 35 kB of meetings stops it as a full disk would.
printf 'precious\n' >"$TMP/keep.csv"
rc=0
( ulimit -f 4 && exec "$MTCR" --export=meetings -o "$TMP/keep.csv" ) >"$TMP/out" 2>"$TMP/err" || rc=$?
t "a write that fails halfway exits 1" [ "$rc" = 1 ]
t "a write that fails halfway says why" has_fixed "mtcr: $TMP/keep.csv: File too large" "$TMP/err"
is "a write that fails halfway keeps the old file" "$(cat "$TMP/keep.csv")" precious
t "a write that fails halfway leaves no temporary" no_temporary "$TMP"

# A read-only directory. Root ignores permissions, so run as nobody where possible.
mkdir "$TMP/ro"
printf 'old\n' >"$TMP/ro/out.csv"
chmod 666 "$TMP/ro/out.csv"
chmod 555 "$TMP/ro"
chmod 755 "$TMP"
as_user=""
if [ "$(id -u)" = 0 ]; then
	if setpriv --reuid=65534 --regid=65534 --clear-groups true 2>/dev/null; then
		as_user="setpriv --reuid=65534 --regid=65534 --clear-groups"
	else
		as_user=none
	fi
fi
if [ "$as_user" = none ]; then
	skip "a read-only directory keeps its file" "running as root without setpriv"
elif ! $as_user test -x "$MTCR" || ! $as_user test -r "$top_srcdir/data/meetings.csv"; then
	skip "a read-only directory keeps its file" "the build tree is not readable by nobody"
else
	run $as_user "$MTCR" --export=meetings -o "$TMP/ro/out.csv"
	t "a read-only directory exits 1" [ "$rc" = 1 ]
	t "a read-only directory says so, though the file is writable" has_fixed "mtcr: $TMP/ro/out.csv: cannot create a file in $TMP/ro: Permission denied" "$TMP/err"
	is "a read-only directory keeps its file" "$(cat "$TMP/ro/out.csv")" old
fi
chmod 755 "$TMP/ro"

# A full device: a node of our own, never the system's /dev/full, which a broken export
# running as root could replace.
if mknod "$TMP/full" c 1 7 2>/dev/null && : 2>/dev/null >"$TMP/full"; then
	ln -s full "$TMP/full.csv"
	run "$MTCR" --export=meetings -o "$TMP/full.csv"
	t "a full device exits 1" [ "$rc" = 1 ]
	t "a full device says so" has_fixed "mtcr: $TMP/full.csv: No space left on device" "$TMP/err"
	t "a full device stays a device" [ -c "$TMP/full" ]
else
	skip "a full device given as the output file" "cannot make a device node here (needs root)"
fi

# ---- standard output ----
run sh -c '"$MTCR" --export=meetings >/dev/full'
t "standard output on a full device exits 1" [ "$rc" = 1 ]
t "standard output on a full device says so" has_fixed "mtcr: standard output: No space left on device" "$TMP/err"
run sh -c '"$MTCR" --export=meetings >&-'
t "a closed standard output exits 1" [ "$rc" = 1 ]
t "a closed standard output says so" has "^mtcr: standard output: " "$TMP/err"

"$MTCR" --export=meetings 2>"$TMP/err" | head -n 1 >"$TMP/out"
is "a reader that stops early gets the header" "$(cat "$TMP/out")" "$(head -n 1 "$all")"
t "a reader that stops early: nothing on stderr" [ ! -s "$TMP/err" ]

# A pipe whose reader is already gone: deterministic, unlike head. SIGPIPE ends mtcr quietly,
# as it does cat; with SIGPIPE ignored, the EPIPE error ends it quietly with status 1.
pipe_status() {
	python3 - "$MTCR" "$1" <<'EOF'
import os, signal, subprocess, sys
mtcr, mode = sys.argv[1], sys.argv[2]
if mode == "ignored":
    signal.signal(signal.SIGPIPE, signal.SIG_IGN)
r, w = os.pipe()
os.close(r)
p = subprocess.run([mtcr, "--export=meetings"], stdout=w, stderr=subprocess.PIPE,
                   restore_signals=(mode == "default"))
print(p.returncode, repr(p.stderr.decode()))
EOF
}
is "a closed pipe ends mtcr by SIGPIPE, silently" "$(pipe_status default)" "-13 ''"
is "a closed pipe with SIGPIPE ignored exits 1, silently" "$(pipe_status ignored)" "1 ''"

finish
