# mtcr(1) cannot drift from the program: every option of `mtcr --help` is in OPTIONS (and
# every option there is in --help), every action of the action table (src/actions.h) is in
# KEYS under its group with its keys, and mandoc -Tlint finds nothing in either page.
. "$top_srcdir/tests/lib.sh"
page="$top_srcdir/man/mtcr.1"
print_actions="$top_builddir/tests/cli/print_actions"

if ! command -v mandoc >/dev/null; then
	# bootstrap installs mandoc: its absence is a broken setup, not a reason to pass.
	fail "mandoc is needed to check the man pages (see bootstrap)"
	finish
fi

for p in "$top_srcdir/man/mtcr.1" "$top_srcdir/man/mtcr-data.5"; do
	name=$(basename "$p")
	run mandoc -Tlint "$p"
	t "mandoc -Tlint $name exits 0" [ "$rc" = 0 ]
	is "mandoc -Tlint $name reports nothing" "$(cat "$TMP/out" "$TMP/err")" ""
	long=$(awk 'length > 79 { print FNR }' "$p" | paste -sd, -)
	is "$name: no source line over 79 bytes" "$long" ""
done

# The page as text, wide enough that no tag wraps, without overstriking.
bs=$(printf '\b')
mandoc -Tascii -Owidth=200 "$page" | sed "s/.$bs//g" >"$TMP/page"
section() { awk -v s="$1" '/^[A-Z]/ { on = ($0 == s); next } on' "$TMP/page"; }
section OPTIONS >"$TMP/options"
section KEYS >"$TMP/keys"
t "the page has an OPTIONS section" [ -s "$TMP/options" ]
t "the page has a KEYS section" [ -s "$TMP/keys" ]

# Options of --help: the first column of its lines that start with a dash.
"$MTCR" --help | sed -n 's/^ *\(-[^ ].*\)/\1/p' | sed 's/  .*//' |
	grep -oE -- '--?[a-zA-Z][a-zA-Z-]*' | sort -u >"$TMP/help-options"
t "--help lists options" [ "$(wc -l <"$TMP/help-options")" -gt 10 ]
# Tags of OPTIONS: lines indented by exactly seven columns.
grep -E '^       -' "$TMP/options" | grep -oE -- '(^|[ ,])--?[a-zA-Z][a-zA-Z-]*' |
	tr -d ' ,' | sort -u >"$TMP/page-options"
while read -r opt; do
	t "option $opt of --help is documented in OPTIONS" grep -qxF -- "$opt" "$TMP/page-options"
done <"$TMP/help-options"
while read -r opt; do
	t "option $opt of the page is in --help" grep -qxF -- "$opt" "$TMP/help-options"
done <"$TMP/page-options"

# Actions: each one's keys as a tag under the heading of its group.
in_group() {
	awk -v g="$1" -v k="$2" '
		/^   [^ ]/ { h = $0; sub(/^ +/, "", h); ingroup = (h == g); next }
		ingroup && index($0, "       " k) == 1 {
			rest = substr($0, 8 + length(k))
			if (rest == "" || rest ~ /^  /) found = 1
		}
		END { exit !found }' "$TMP/keys"
}
run "$print_actions"
t "the action table can be listed" [ "$rc" = 0 ]
cp "$TMP/out" "$TMP/actions"
n=0
tab=$(printf '\t')
while IFS=$tab read -r group keys name; do
	n=$((n + 1))
	t "action $name ($keys) is in KEYS under '$group'" in_group "$group" "$keys"
done <"$TMP/actions"
t "every action was checked" [ "$n" -gt 20 ]

finish
