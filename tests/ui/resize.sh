# Resizing: the layout follows at once, below the minimum a "too small" screen, and the
# selection survives both, and a burst of resizes.
. "$top_srcdir/tests/ui/tmux.sh"
start_shell 120 35
run_mtcr "--data='$GOOD'"
see " 1 Meetings 4 " "started wide"
keys j j Tab j
see "Members  row 2/8" "a selection to keep"

tm resize-window -x 30 -y 10
see "terminal too small" "below the minimum it says the terminal is too small"
see "(need 40 x 14)" "and what it needs"
tm resize-window -x 80 -y 24
see "Members  row 2/8" "the state comes back when it grows"
see " 3 Concerns 3" "stacked on a narrow terminal"
gone "too small" "the message is gone"
snap
t "panes are stacked in order" sh -c "grep -n ' 1 Meetings\| 2 Members\| 3 Concerns' '$TMP/screen' | cut -d: -f1 | sort -n -c"

for size in "200 60" "41 14" "1 1" "300 100" "40 14" "39 13" "150 40"; do
	tm resize-window -x "${size% *}" -y "${size#* }"
done
see "Members  row 2/8" "a burst of resizes, down to 1x1, leaves it working"
keys j
see "Members  row 3/8" "and keys still work"
keys q
see "EXIT=0" "quits cleanly after resizing"
finish
