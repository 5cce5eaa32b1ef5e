# Shared by the shell tests: TAP output, one line per check.
#   . "$top_srcdir/tests/lib.sh"; t "what it checks" command...; ...; finish
: "${top_srcdir:?run through make check}" "${MTCR:?run through make check}"
tap_n=0
tap_failed=0
TMP=$(mktemp -d "${TMPDIR:-/tmp}/mtcr-sh.XXXXXX")
trap 'rm -rf "$TMP"' EXIT

pass() { tap_n=$((tap_n + 1)); echo "ok $tap_n - $1"; }
fail() {
	tap_n=$((tap_n + 1)); tap_failed=$((tap_failed + 1)); echo "not ok $tap_n - $1"
	shift; [ $# -gt 0 ] && printf '%s\n' "$@" | sed 's/^/# /'
	return 0
}
# skip DESCRIPTION REASON: a check that cannot run here, reported as a TAP skip, not a pass.
skip() { tap_n=$((tap_n + 1)); echo "ok $tap_n - $1 # SKIP $2"; }
# t DESCRIPTION COMMAND...: passes when the command succeeds.
t() { d=$1; shift; if "$@"; then pass "$d"; else fail "$d"; fi; }

# is DESCRIPTION GOT WANT: passes when the two strings are equal; shows both when not.
is() { if [ "$2" = "$3" ]; then pass "$1"; else fail "$1" "got:  $2" "want: $3"; fi; }

# run COMMAND...: runs it, keeping stdout in $TMP/out, stderr in $TMP/err, status in $rc.
run() { rc=0; "$@" >"$TMP/out" 2>"$TMP/err" || rc=$?; }
has() { grep -q -- "$1" "$2"; }       # has PATTERN FILE
has_fixed() { grep -qF -- "$1" "$2"; } # has_fixed TEXT FILE

finish() { echo "1..$tap_n"; exit 0; }
