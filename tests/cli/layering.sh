# The model knows nothing about the terminal: only the TUI's files include curses.
. "$top_srcdir/tests/lib.sh"
cd "$top_srcdir/src" || exit 1
for f in *.c *.h; do
	case $f in
	tui*|pane_*|draw*|keymap*|ui_*) continue ;;
	esac
	if grep -q '#include.*curses' "$f"; then fail "$f does not include curses"; else pass "$f does not include curses"; fi
done
finish
