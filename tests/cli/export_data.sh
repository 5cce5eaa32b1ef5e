# --export -o never replaces a file of the data being read: not by its name, not by another
# path to it, not through a link or a hard link. The data stays as it was.
. "$top_srcdir/tests/lib.sh"
data="$TMP/data"
cp -r "$top_srcdir/tests/data/good" "$data"
cp "$data/members.csv" "$TMP/before.csv"

refused() { # refused DESCRIPTION OUTPUT: the export to OUTPUT fails and leaves the data alone
	run "$MTCR" --data="$data" --export=members --filter=Italy -o "$2"
	t "$1: exits 1" [ "$rc" = 1 ]
	t "$1: says why" has_fixed "not written: it is members.csv of the data being read" "$TMP/err"
	t "$1: the message starts mtcr:" has '^mtcr: ' "$TMP/err"
	t "$1: the data file is untouched" cmp -s "$data/members.csv" "$TMP/before.csv"
}
refused "the data file by its name" "$data/members.csv"
refused "by another path" "$data/../data/./members.csv"
ln -s "$data/members.csv" "$TMP/link.csv"
refused "through a symbolic link" "$TMP/link.csv"
ln "$data/members.csv" "$TMP/hard.csv"
refused "through a hard link" "$TMP/hard.csv"
(cd "$data" && "$MTCR" --data=. --export=meetings -o meetings.csv >"$TMP/out" 2>"$TMP/err") && rc=0 || rc=$?
t "--data=. and a relative name: refused too" [ "$rc" = 1 ]
t "the data still checks" "$MTCR" --check --data="$data"

run "$MTCR" --data="$data" --export=members --filter=Italy -o "$TMP/elsewhere.csv"
t "another file is written as before" [ "$rc" = 0 ]
finish
