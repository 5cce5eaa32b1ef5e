# make install with DESTDIR puts the program, both man pages and the data in place, and the
# installed program reads the installed data.
. "$top_srcdir/tests/lib.sh"
dest="$TMP/dest"
run $MAKE -C "$top_builddir" install DESTDIR="$dest"
t "make install DESTDIR=... succeeds" [ "$rc" = 0 ]
bin=$(find "$dest" -type f -name mtcr -perm -u+x | head -n 1)
t "the program is installed" [ -n "$bin" ]
t "mtcr.1 is installed" [ -n "$(find "$dest" -name mtcr.1)" ]
t "mtcr-data.5 is installed" [ -n "$(find "$dest" -name mtcr-data.5)" ]
t "the bash completion is installed where bash-completion looks" \
	[ -n "$(find "$dest" -path '*/share/bash-completion/completions/mtcr' -type f)" ]
datadir=$(dirname "$(find "$dest" -name meetings.csv | head -n 1)")
for f in meetings members concerns meeting_concerns meeting_members; do
	t "data/$f.csv is installed" [ -f "$datadir/$f.csv" ]
done
t "the data is installed under the package's data directory" sh -c "echo '$datadir' | grep -q 'share/mtcr-browser\$'"
cd /
run "$bin" --check --data "$datadir"
t "the installed program checks the installed data from /" [ "$rc" = 0 ]
finish
