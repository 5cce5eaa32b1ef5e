# Shared by the tests in tests/ui: a shell in a private tmux server at a fixed size, mtcr run
# from it, keys sent with send-keys and the screen read with capture-pane. Every wait polls
# the screen until the text shows or a timeout passes; nothing waits a fixed time.
#   . "$top_srcdir/tests/ui/tmux.sh"; start_shell 120 35; run_mtcr --data=DIR; ...; finish
. "$top_srcdir/tests/lib.sh"
SOCK=mtcr$$
tm() { tmux -L "$SOCK" "$@"; }
trap 'tm kill-server >/dev/null 2>&1; rm -f "${TMUX_TMPDIR:-/tmp}/tmux-$(id -u)/$SOCK"; rm -rf "$TMP"' EXIT
GOOD=$top_srcdir/tests/data/good

if ! command -v tmux >/dev/null 2>&1; then
	fail "tmux is installed (./bootstrap installs it)"
	finish
fi
UI_TERM=
for t in tmux-256color screen-256color screen; do
	if infocmp "$t" >/dev/null 2>&1; then UI_TERM=$t; break; fi
done
[ -n "$UI_TERM" ] || { fail "a terminfo entry for tmux or screen exists"; finish; }

# start_shell COLS ROWS [VAR=VALUE...]: a plain POSIX shell with a known prompt and locale.
start_shell() {
	cols=$1 rows=$2; shift 2
	tm -f /dev/null new-session -d -x "$cols" -y "$rows" \
		"env -i PATH='$PATH' HOME='$TMP' LANG=C.UTF-8 LC_ALL=C.UTF-8 TERM=$UI_TERM PS1='$ ' \
		${ASAN_OPTIONS:+ASAN_OPTIONS='$ASAN_OPTIONS'} ${UBSAN_OPTIONS:+UBSAN_OPTIONS='$UBSAN_OPTIONS'} \
		$* /bin/sh"
	tm set-option -g status off >/dev/null
	wait_for '$' || fail "the shell starts" "$(cat "$TMP/screen")"
}

# type_line TEXT: types TEXT at the shell and presses Enter.
type_line() { tm send-keys -l -- "$1"; tm send-keys Enter; }

# run_mtcr ARGS...: runs mtcr from the shell, which prints EXIT=<status> when it ends.
run_mtcr() { type_line "clear; \"$MTCR\" $*; echo EXIT=\$?"; }

keys() { tm send-keys "$@"; }       # named keys: Enter Escape Tab BTab C-c NPage ...
text() { tm send-keys -l -- "$1"; } # literal text

snap() { tm capture-pane -p >"$TMP/screen" 2>/dev/null; }

# wait_for TEXT [TENTHS]: polls the screen until TEXT (fixed string) shows; default 10 s.
wait_for() {
	n=0
	while [ "$n" -lt "${2:-100}" ]; do
		snap
		grep -qF -- "$1" "$TMP/screen" && return 0
		sleep 0.1
		n=$((n + 1))
	done
	return 1
}

# wait_gone TEXT: polls until TEXT is no longer on the screen.
wait_gone() {
	n=0
	while [ "$n" -lt 100 ]; do
		snap
		grep -qF -- "$1" "$TMP/screen" || return 0
		sleep 0.1
		n=$((n + 1))
	done
	return 1
}

# see TEXT DESCRIPTION [TENTHS]: a check that passes when TEXT shows within TENTHS tenths
# of a second (default 10 s); a failure prints the screen.
see() { if wait_for "$1" "${3:-100}"; then pass "$2"; else fail "$2" "expected: $1" "$(cat "$TMP/screen")"; fi; }
gone() { if wait_gone "$1"; then pass "$2"; else fail "$2" "still there: $1" "$(cat "$TMP/screen")"; fi; }

# True when the pane shows the normal screen (the program left the alternate screen).
normal_screen() { [ "$(tm display-message -p '#{alternate_on}')" = 0 ]; }

# The shell answers, echoing what is typed: the terminal is back in a sane mode.
shell_is_sane() {
	type_line "echo sane-\$((40 + 2))"
	wait_for "sane-42"
}

# The pid of the program the shell is running, or nothing (from /proc: no procps needed).
child_pid() {
	shell=$(tm display-message -p '#{pane_pid}')
	for st in /proc/[0-9]*/status; do
		if awk -v p="$shell" '$1 == "PPid:" && $2 == p { found = 1 } END { exit !found }' "$st" 2>/dev/null; then
			st=${st%/status}
			echo "${st#/proc/}"
			return 0
		fi
	done
}
