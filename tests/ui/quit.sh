# However mtcr ends, the terminal comes back as it was: Q, ^C, SIGTERM, SIGHUP; and ^Z
# suspends to the shell, fg resumes on the same screen.
. "$top_srcdir/tests/ui/tmux.sh"
start_shell 100 30

run_mtcr "--data='$GOOD'"
see "Meetings  row 1/4" "started"
keys Q
see "EXIT=0" "Q quits at once"
t "Q leaves the alternate screen" normal_screen

run_mtcr "--data='$GOOD'"
see "Meetings  row 1/4" "started again"
text /rom
see "/rom" "at a prompt"
keys C-c
see "EXIT=0" "^C quits, even at a prompt"
t "^C leaves the alternate screen" normal_screen
t "^C leaves a sane terminal" shell_is_sane

# The status is asked for afterwards: a shell may drop the rest of a command line when a
# program in it dies of SIGINT.
for sig in TERM HUP INT; do
	type_line "clear; \"$MTCR\" --data='$GOOD'"
	see "Meetings  row 1/4" "started for SIG$sig"
	pid=$(child_pid)
	t "found the pid for SIG$sig" [ -n "$pid" ]
	[ -n "$pid" ] && kill -s "$sig" "$pid"
	wait_for '$ '
	type_line 'echo EXIT=$?'
	case $sig in TERM) code=143 ;; HUP) code=129 ;; INT) code=130 ;; esac
	see "EXIT=$code" "SIG$sig ends it as the signal would"
	t "SIG$sig leaves the alternate screen" normal_screen
	t "SIG$sig leaves a sane terminal" shell_is_sane
done

type_line "clear; \"$MTCR\" --data='$GOOD'"
see "Meetings  row 1/4" "started for ^Z"
keys j
see "Meetings  row 2/4" "moved before suspending"
keys C-z
see "Stopped" "^Z suspends to the shell"
t "the suspended program left the alternate screen" normal_screen
type_line fg
see "Meetings  row 2/4" "fg comes back to the same place"
keys j
see "Meetings  row 3/4" "and keys work again"
keys q
type_line 'echo EXIT=$?'
see "EXIT=0" "then q quits normally"
t "the terminal is sane after all that" shell_is_sane
finish
