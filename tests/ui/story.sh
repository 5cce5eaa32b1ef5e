# The new user's first minute, on the bundled record with no flags: /seoul finds the 2004
# Plenary; Tab, /bulg shows Bulgaria joined in 2004 and where; ? tells every key.
. "$top_srcdir/tests/ui/tmux.sh"
start_shell 120 35
run_mtcr
see " 1 Meetings 44 " "opens on the bundled record"
text /seoul
keys Enter
see "Meeting: Plenary 19, Seoul, 2004-10-06" "/seoul finds the 2004 Plenary in Seoul"
see "Bulgaria took part as a new Partner" "and its summary can be read"
keys Tab
text /bulg
keys Enter
see "Member: BGR Bulgaria" "Tab, /bulg finds Bulgaria"
see "2004-06 (welcomed at Plenary 19, Seoul, 2004-10-06)" "which joined in 2004, welcomed at Seoul"
see "+ 19   2004-10-06" "the Seoul meeting is marked in Meetings"
keys '?'
see "every key of mtcr" "? opens the help"
keys q q
see "EXIT=0" "q closes the help, q quits"
finish
