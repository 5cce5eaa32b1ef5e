# Configuring a built tree again with another --prefix and installing gives a program that
# reads its data from the new prefix: the installation paths are rebuilt when the Makefile
# changes. Built from a copy of the distributed sources, without optimisation to be quick.
. "$top_srcdir/tests/lib.sh"
unset MAKEFLAGS MFLAGS
XDG_DATA_HOME="$TMP/xdg"; export XDG_DATA_HOME
run $MAKE -C "$top_builddir" distdir distdir="$TMP/src"
t "the sources are copied (make distdir)" [ "$rc" = 0 ]
cd "$TMP/src" || exit 1
build() { # build PREFIX: configure, build and install into PREFIX
	./configure --prefix="$1" --disable-dependency-tracking CFLAGS=-O0 >"$TMP/log" 2>&1 &&
		$MAKE install >>"$TMP/log" 2>&1
}
build "$TMP/one"; rc=$?
t "configure and install with a first prefix" [ "$rc" = 0 ]
build "$TMP/two"; rc=$?
t "configure again with a second prefix and install" [ "$rc" = 0 ]
[ "$rc" = 0 ] || sed 's/^/# /' "$TMP/log" | tail -n 20
rm -rf "$TMP/one"
cd /
run "$TMP/two/bin/mtcr" --check
t "the second install checks its data from /" [ "$rc" = 0 ]
t "it reads the data from the second prefix" has_fixed "$TMP/two/share/mtcr-browser" "$TMP/out"
[ "$rc" = 0 ] || sed 's/^/# /' "$TMP/err"
finish
