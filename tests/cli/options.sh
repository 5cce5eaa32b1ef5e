# Command-line conventions: --help, --version, usage errors exit 2.
. "$top_srcdir/tests/lib.sh"

run "$MTCR" --help
t "--help exits 0" [ "$rc" = 0 ]
t "--help starts with Usage" has '^Usage: mtcr' "$TMP/out"
t "--help documents --check and --data" sh -c "grep -q -- '--check' '$TMP/out' && grep -q -- '--data=DIR' '$TMP/out'"
t "--help tells where to report bugs" has '^Report bugs to' "$TMP/out"

run "$MTCR" --version
t "--version exits 0" [ "$rc" = 0 ]
t "--version names program, package and version" has '^mtcr (mtcr-browser) [0-9]' "$TMP/out"
t "--version states the licence" has 'GPLv3+' "$TMP/out"

run "$MTCR" --no-such-option
t "an unknown option exits 2" [ "$rc" = 2 ]
t "an unknown option says so on stderr" has "unrecognized option '--no-such-option'" "$TMP/err"
t "getopt's message starts mtcr:, whatever path ran it" has "^mtcr: unrecognized option" "$TMP/err"
run "$MTCR" -x
t "an unknown short option too" has "^mtcr: invalid option -- 'x'" "$TMP/err"
t "an unknown option points to --help" has "Try 'mtcr --help'" "$TMP/err"
t "an unknown option prints nothing on stdout" [ ! -s "$TMP/out" ]

run "$MTCR" stray-argument
t "a stray argument exits 2" [ "$rc" = 2 ]
t "a stray argument is named" has 'unexpected argument: stray-argument' "$TMP/err"

run "$MTCR" --data
t "--data without a directory exits 2" [ "$rc" = 2 ]

finish
