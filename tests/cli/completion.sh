# The bash completion (completion/mtcr), sourced in bash and called as bash calls it: the
# words of the line in COMP_WORDS, split at '=' as bash's COMP_WORDBREAKS splits them.
. "$top_srcdir/tests/lib.sh"
script="$top_srcdir/completion/mtcr"
good="$top_srcdir/tests/data/good"
HOME="$TMP/home"; export HOME; unset XDG_DATA_HOME
if ! command -v bash >/dev/null; then
	fail "bash is needed to test the bash completion"
	finish
fi
# comp WORD...: what completes the last word, on one line, space-separated.
comp() {
	bash -c '. "$1"; shift; COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1)); COMP_LINE="$*"
		COMP_POINT=${#COMP_LINE}; _mtcr; printf "%s\n" "${COMPREPLY[@]}"' comp "$script" "$@" |
		paste -sd' ' -
}

t "sourcing it registers _mtcr for mtcr" sh -c "bash -c '. \"$script\"; complete -p mtcr' | grep -q '_mtcr'"
is "an option is completed" "$(comp "$MTCR" --ex)" "--export="
"$MTCR" --help | sed -n 's/^ *\(-[^ ].*\)/\1/p' | sed 's/  .*//' |
	grep -oE -- '--[a-zA-Z][a-zA-Z-]*' | sort -u >"$TMP/help-options"
comp "$MTCR" -- | tr ' ' '\n' | sed 's/=$//' | sort -u >"$TMP/offered"
while read -r opt; do
	t "option $opt of --help is offered" grep -qxF -- "$opt" "$TMP/offered"
done <"$TMP/help-options"

tables=$("$MTCR" --export=no-such-table 2>&1 | sed 's/.*choose //; s/,//g; s/ or / /')
is "--export= offers the tables mtcr names" "$(comp "$MTCR" --export =)" "$tables"
is "--export=me, split at =" "$(comp "$MTCR" --export = me)" "meetings members meeting_concerns"
is "--export=mee, not split" "$(comp "$MTCR" --export=mee)" "--export=meetings --export=meeting_concerns"
is "--export TABLE as two words" "$(comp "$MTCR" --export con)" "concerns"
is "--color= offers its values" "$(comp "$MTCR" --color =)" "auto always never"
is "--format= offers its values" "$(comp "$MTCR" --check --format =)" "text tsv"

# Ids come from the data in use: --data's, the user's copy, or the bundled record.
is "--meeting= ids of the --data directory" "$(comp "$MTCR" --data "$good" --meeting =)" "p1 p2 r1 p3"
is "--data=DIR form" "$(comp "$MTCR" --data = "$good" --export = members --meeting = p)" "p1 p2 p3"
is "-dDIR form" "$(comp "$MTCR" "-d$good" --concern =)" "itt unscr1540 regional"
is "--member= codes" "$(comp "$MTCR" --data "$good" --member = I)" "ITA"
is "--meeting= ids of the bundled record" "$(comp "$MTCR" --meeting = p3)" "p3 p30 p31 p32 p33 p34 p35"
mkdir -p "$HOME/.local/share"
"$MTCR" --data "$good" --copy-data "$HOME/.local/share/mtcr-browser" >/dev/null
is "--meeting= ids of the user's copy" "$(comp "$MTCR" --meeting =)" "p1 p2 r1 p3"
is "--concern= ids of the user's copy" "$(comp "$MTCR" --concern = u)" "unscr1540"

# Column names: --sort's are the pane's, as mtcr lists them; --columns' are the file's.
for tbl in meetings members concerns; do
	want=$("$MTCR" --export=$tbl --sort=no-such-column 2>&1 | sed 's/.*: //; s/,//g')
	is "--sort= offers the columns of $tbl that mtcr sorts by" "$(comp "$MTCR" --export=$tbl --sort =)" "$want"
done
is "--sort= needs the table" "$(comp "$MTCR" --sort =)" ""
is "--pane= offers the panes" "$(comp "$MTCR" --pane = m)" "meetings members"
is "--sort= of the browser's --pane" "$(comp "$MTCR" --pane = concerns --sort =)" "name category"
is "--columns= offers the file's columns" "$(comp "$MTCR" --export = concerns --columns =)" "id name category description"
is "--columns= of the links export" "$(comp "$MTCR" --export = meeting_concerns --columns =)" \
	"$("$MTCR" --export=meeting_concerns | head -n 1 | tr ',' ' ')"
is "--columns= completes the last name of a list" "$(comp "$MTCR" --export=members --columns = code,n)" "code,name code,notes"
is "--columns=LIST, not split" "$(comp "$MTCR" --export=members --columns=code,s)" "--columns=code,status --columns=code,sources"

mkdir "$TMP/dir-a" "$TMP/dir-b"; : >"$TMP/dir-file"
is "--data offers directories" "$(comp "$MTCR" --data "$TMP/dir")" "$TMP/dir-a $TMP/dir-b"
is "--copy-data offers directories" "$(comp "$MTCR" --copy-data = "$TMP/dir")" "$TMP/dir-a $TMP/dir-b"
is "nothing after a plain word (mtcr takes no operands)" "$(comp "$MTCR" foo)" ""
finish
