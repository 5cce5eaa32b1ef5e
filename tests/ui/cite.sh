# Citing from the browser: y sends the source under the cursor to the clipboard as OSC 52
# (read back from tmux's own buffer, which set-clipboard fills), Y a citation line, and o
# hands the source to $BROWSER, or says the address when there is none.
. "$top_srcdir/tests/ui/tmux.sh"
cat >"$TMP/browser" <<'SH'
#!/bin/sh
printf '%s\n' "$@" >>"$0.opened"
SH
chmod +x "$TMP/browser"

start_shell 100 30 "BROWSER='$TMP/browser'"
tm set-option -g set-clipboard on >/dev/null
run_mtcr "--data='$GOOD'"
see " 1 Meetings 4" "started"
keys y
see "copied the first source: https://example.org/p1" "y in the lists: the first source"
wait_buffer() {
	n=0
	while [ "$n" -lt 50 ]; do
		got=$(tm show-buffer 2>/dev/null)
		[ "$got" = "$1" ] && return 0
		sleep 0.1
		n=$((n + 1))
	done
	return 1
}
t "the terminal got it through OSC 52" wait_buffer "https://example.org/p1"
keys j Enter
see "Meeting: Plenary 2, Seoul" "the record view"
# Down to the second source line: screen row r shows record line r - 1 (the title is row 1).
snap
r=$(grep -n "https://example.org/p2b" "$TMP/screen" | head -n 1 | cut -d: -f1)
i=2
while [ "$i" -lt "${r:-1}" ] && [ "$i" -lt 40 ]; do keys j; i=$((i + 1)); done
see "line $((r - 1))/" "the cursor on the second source"
keys y
see "copied the source: https://example.org/p2b" "y on a source line copies that address"
t "whole, through OSC 52" wait_buffer "https://example.org/p2b"
keys o
see "opened https://example.org/p2b" "o opens it with \$BROWSER"
t "\$BROWSER got the address as its argument" sh -c "[ \"\$(cat '$TMP/browser.opened')\" = https://example.org/p2b ]"
keys Y
see "copied the citation: MTCR Plenary 2, Seoul, 2004-10-06 to 2004-10-08." "Y copies a citation"
t "the citation reached the clipboard" wait_buffer \
	"MTCR Plenary 2, Seoul, 2004-10-06 to 2004-10-08. Sources: https://example.org/p2 https://example.org/p2b"
keys q q
see "EXIT=0" "quits"
type_line "clear"
gone "EXIT=0" "the screen is cleared"

# No $BROWSER and no display: the address is said, not opened; a terminal without OSC 52
# is told so.
type_line "clear; BROWSER= TERM=vt100 \"$MTCR\" --data='$GOOD'; echo EXIT=\$?"
see " 1 Meetings 4" "started on a vt100"
keys o
see "no \$BROWSER set; the source is https://example.org/p1" "o without a browser says the address"
keys y
see "this terminal cannot take a copy (OSC 52); the first source: https://example.org/p1" \
	"y on a terminal without OSC 52 says so and shows the text"
keys q
see "EXIT=0" "quits the vt100 run"
finish
