# The prompts' line editor in a real terminal, exports refused onto the data being read,
# and names in a locale that is not UTF-8.
. "$top_srcdir/tests/ui/tmux.sh"
data=$TMP/data
cp -r "$GOOD" "$data"
start_shell 100 30
type_line "cd '$data'"
run_mtcr "--data=."
see " 1 Meetings 4" "started on the data in the current directory"

# Editing: Home/^A, End/^E, Left, Right, ^W, ^K, ^U, Delete.
text '&'
text 'seo'
see "&seo" "& opens empty when there is no filter"
keys Home
text 'x'
keys End
see "&xseo" "Home: typing at the start, End back to the end"
keys C-a Delete
see "1 Meetings 1/4 (filtered)" "Delete erases under the cursor, and the filter follows"
keys C-e Left Left BSpace
see "&eo" "Left moves, Backspace erases before the cursor"
keys C-w
see "&eo" "^W at the start of a word erases nothing before it"
keys End C-w
text 'rotterdam paris'
see "&rotterdam paris" "typed after ^W emptied the line"
keys C-w
gone "paris" "^W erases the word before the cursor"
keys Home Right Right Right C-k
see "1 Meetings 1/4 (filtered)" "^K erases to the end: rot is left"
keys C-u
text 'ro'
keys Enter
see "filter: ro" "the filter is kept"
text '&'
see "&ro" "& starts from the filter in force"
text 'seo'
see "1 Meetings 1/4 (filtered)" "typing replaces the selected pattern"
keys Up
see "&ro" "Up: the previous filter of the session"
keys Down
see "&seo" "Down: back to what was typed"
keys C-u Enter
see "filter cleared" "^U then Enter clears"

# An export onto a data file is refused, under any name.
keys 2 e
see "export to: members.csv" "e offers members.csv, which is the data being read here"
keys Enter
see "not written: members.csv is members.csv of the data being browsed" "refused, not even asked"
keys e C-u
text "$data/./members.csv"
keys Enter
see "is members.csv of the data being brows" "refused by another path to it"
keys e C-u
text '~/m.csv'
keys Enter
see "wrote 8 rows to $TMP/m.csv" "~/ is the home directory"
keys q
see "EXIT=0" "quits"
type_line "clear"
gone "EXIT=0" "the screen is cleared"
t "the data file is untouched" cmp "$data/members.csv" "$GOOD/members.csv"
t "--check still finds it good" "$MTCR" --check --data="$data"

# LANG=C: no byte escapes, accents dropped.
type_line "clear; LANG=C LC_ALL=C \"$MTCR\" --data='$GOOD'; echo EXIT=\$?"
see " 1 Meetings 4" "started in the C locale"
keys 2 G
see "Turkiye" "Turkiye, transliterated"
t "no byte escapes" sh -c "! grep -q '<C3>' '$TMP/screen'"
keys q
see "EXIT=0" "quits"
finish
