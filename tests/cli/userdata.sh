# A user's own copy of the record: --copy-data writes it (never overwriting), a complete copy
# in $XDG_DATA_HOME/mtcr-browser (or ~/.local/share/mtcr-browser) is read instead of the
# bundled one, --data still wins, and --check names the directory in use.
. "$top_srcdir/tests/lib.sh"
good="$top_srcdir/tests/data/good"
bundled="$top_srcdir/data"
files="meetings members concerns meeting_concerns meeting_members"
HOME="$TMP/home"; export HOME
unset XDG_DATA_HOME

run "$MTCR" --check
t "with no copy of one's own, the bundled record is read" has_fixed "; read from $bundled (bundled)" "$TMP/out"

# --copy-data: a new directory, its parents made, the five files as they are bundled.
run "$MTCR" --copy-data "$TMP/a/b/copy"
t "--copy-data DIR exits 0" [ "$rc" = 0 ]
t "--copy-data says where it copied" has_fixed "to $TMP/a/b/copy" "$TMP/out"
t "--copy-data tells how to read a copy kept elsewhere" has_fixed "mtcr --data $TMP/a/b/copy" "$TMP/out"
for f in $files; do
	t "--copy-data copies $f.csv as bundled" cmp -s "$bundled/$f.csv" "$TMP/a/b/copy/$f.csv"
done
t "--copy-data copies nothing else" [ "$(ls "$TMP/a/b/copy" | wc -l)" = 5 ]

# It never overwrites: one file there already and nothing at all is written.
echo "my edit" >>"$TMP/a/b/copy/members.csv"
cp "$TMP/a/b/copy/members.csv" "$TMP/members-edited"
run "$MTCR" --copy-data "$TMP/a/b/copy"
t "--copy-data into a copy exits 1" [ "$rc" = 1 ]
t "--copy-data names the file in the way" has_fixed "$TMP/a/b/copy/meetings.csv exists" "$TMP/err"
t "--copy-data leaves the edited file alone" cmp -s "$TMP/members-edited" "$TMP/a/b/copy/members.csv"
mkdir "$TMP/one-file" && echo x >"$TMP/one-file/meeting_members.csv"
run "$MTCR" --copy-data "$TMP/one-file"
t "one of the five files present: exit 1" [ "$rc" = 1 ]
t "one of the five files present: nothing is written" [ "$(ls "$TMP/one-file")" = meeting_members.csv ]
t "and the file is kept" [ "$(cat "$TMP/one-file/meeting_members.csv")" = x ]
: >"$TMP/plain-file"
run "$MTCR" --copy-data "$TMP/plain-file/sub"
t "--copy-data under a file exits 1" [ "$rc" = 1 ]
t "--copy-data under a file says why" has_fixed "$TMP/plain-file: cannot make the directory: not a directory" "$TMP/err"

# --copy-data --data DIR copies that directory.
run "$MTCR" --data "$good" --copy-data "$TMP/good-copy"
t "--copy-data with --data copies that directory" cmp -s "$good/meetings.csv" "$TMP/good-copy/meetings.csv"
run "$MTCR" --copy-data "$TMP/x" --check
t "--copy-data with --check is a usage error" [ "$rc" = 2 ]
run "$MTCR" --copy-data=
t "--copy-data with an empty name is a usage error" [ "$rc" = 2 ]

# The copy in ~/.local/share/mtcr-browser is read once it holds the five files.
run "$MTCR" --data "$good" --copy-data "$HOME/.local/share/mtcr-browser/"
t "--copy-data into the user's directory" [ "$rc" = 0 ]
t "--copy-data says mtcr reads it from now on" has_fixed "your copy: mtcr reads it from now on" "$TMP/out"
run "$MTCR" --check
t "~/.local/share/mtcr-browser is read when complete" has_fixed "data OK: 4 meetings (3 plenaries" "$TMP/out"
t "--check names it as the user's copy" has_fixed "; read from $HOME/.local/share/mtcr-browser (your copy)" "$TMP/out"
run "$MTCR" --export=meetings --columns=id
is "--export reads the user's copy too" "$(tr '\n' ' ' <"$TMP/out")" "id p1 p2 r1 p3 "
run "$MTCR" --check --data "$bundled"
t "--data wins over the user's copy" has_fixed "35 plenaries" "$TMP/out"
t "--check says the directory was given" has_fixed "; read from $bundled (given with --data)" "$TMP/out"

# A relative XDG_DATA_HOME is ignored (XDG Base Directory rules); an absolute one is used.
run env XDG_DATA_HOME=relative "$MTCR" --check
t "a relative XDG_DATA_HOME falls back to ~/.local/share" has_fixed "(your copy)" "$TMP/out"
mkdir -p "$TMP/xdg/mtcr-browser"
run env XDG_DATA_HOME="$TMP/xdg" "$MTCR" --check
t "XDG_DATA_HOME without a copy: the bundled record" has_fixed "(bundled)" "$TMP/out"
t "an empty user directory is not worth a warning" [ ! -s "$TMP/err" ]
cp "$bundled/meetings.csv" "$bundled/members.csv" "$TMP/xdg/mtcr-browser/"
run env XDG_DATA_HOME="$TMP/xdg" "$MTCR" --check
t "a partial copy is not read" has_fixed "35 plenaries" "$TMP/out"
t "a partial copy is named, with a missing file" has_fixed "mtcr: warning: $TMP/xdg/mtcr-browser holds 2 of the 5 data files (no concerns.csv)" "$TMP/err"
cp "$good"/*.csv "$TMP/xdg/mtcr-browser/"
run env XDG_DATA_HOME="$TMP/xdg" "$MTCR" --check
t "\$XDG_DATA_HOME/mtcr-browser is read when complete" has_fixed "; read from $TMP/xdg/mtcr-browser (your copy)" "$TMP/out"
finish
