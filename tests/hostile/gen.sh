#!/bin/sh
# gen.sh CASE GOOD DIR: writes into DIR a copy of the data set GOOD with one hostile change
# (issue 19's findings), too large to keep as a fixture. tests/cli/hostile.sh checks what mtcr
# does with each; bench/hostile measures its time and memory. `gen.sh list` names the cases.
set -eu
cases='dup-columns wide-header long-links dev-zero fifo directory huge-file huge-field long-field long-row too-wide
escapes-kind escapes-header cr-lines mixed-lines slow-regex'
[ "${1-}" = list ] && { echo $cases; exit 0; }
c=$1 good=$2 d=$3
rm -rf "$d" && mkdir -p "$d" && cp "$good"/*.csv "$d/"
m="$d/meetings.csv"
case $c in
dup-columns) # 250 columns named a (8000 took 65 s and 4.6 GB: a message per pair)
	awk 'NR == 1 { s = $0; for (i = 0; i < 240; i++) s = s ",a"; print s; next }
	     { s = $0; for (i = 0; i < 240; i++) s = s ","; print s }' "$good/meetings.csv" >"$m" ;;
wide-header) # 10^6 distinct extra columns: was over a minute
	awk 'NR == 1 { printf "%s", $0; for (i = 0; i < 1000000; i++) printf ",x%d", i; print ""; next }
	     { printf "%s", $0; for (i = 0; i < 1000000; i++) printf ","; print "" }' \
		"$good/meetings.csv" >"$m" ;;
long-links) # 10^6 concerns, all raised by one meeting: was 380 s (a scan per link)
	awk 'BEGIN { print "id,name,category,description"
		     for (i = 0; i < 1000000; i++) print "c" i ",Concern " i ",controls," }' >"$d/concerns.csv"
	awk 'BEGIN { print "meeting,concern"; for (i = 0; i < 1000000; i++) print "p2,c" i }' \
		>"$d/meeting_concerns.csv" ;;
dev-zero) ln -sf /dev/zero "$m" ;; # was: 150 MB/s until the OOM killer
fifo) rm "$m" && mkfifo "$m" ;;    # was: a hang with no message
directory) rm "$m" && mkdir "$m" ;;
huge-file) truncate -s 2G "$m" ;;  # sparse: over the 1 GiB limit without the disk space
huge-field) # a 50 MB value: was echoed whole on stderr
	{ head -n 1 "$good/meetings.csv"
	  printf 'p1,'; head -c 50000000 /dev/zero | tr '\0' x; printf ',1,1988-09,,Rome,ITA,,ITA,,,s,n,https://example.org/p1\n'
	  tail -n +3 "$good/meetings.csv"; } >"$m" ;;
too-wide) # 300 columns, over the limit of 256
	awk 'NR == 1 { s = $0; for (i = 0; i < 300; i++) s = s ",x" i; print s; next }
	     { s = $0; for (i = 0; i < 300; i++) s = s ","; print s }' "$good/meetings.csv" >"$m" ;;
long-field) # a 2 MB value, over the 1 MiB limit of a field
	{ head -n 1 "$good/meetings.csv"
	  printf 'p1,plenary,1,1988-09,,Rome,ITA,,ITA,,,'; head -c 2000000 /dev/zero | tr '\0' x; printf ',n,https://example.org/p1\n'
	  tail -n +3 "$good/meetings.csv"; } >"$m" ;;
long-row) # a quoted field of 70 MB that never ends: the reader stops at 16 MiB
	{ head -n 2 "$good/meetings.csv"; printf 'p99,"'; head -c 70000000 /dev/zero | tr '\0' x; } >"$m" ;;
escapes-kind) # OSC 0 title, OSC 52 clipboard, clear screen and U+009B CSI in a kind value
	awk -F, 'NR == 2 { OFS = ","; $2 = "\033]0;pwned\007\033]52;c;cHduZWQ=\007\033[2J\302\2332J"; print; next } { print }' \
		"$good/meetings.csv" >"$m" ;;
escapes-header) # the same in an extra header column, named by --columns=bogus
	awk 'NR == 1 { print $0 ",\033]0;pwned\007\033[2J\302\2332J"; next } { print $0 "," }' \
		"$good/meetings.csv" >"$m" ;;
cr-lines) tr '\n' '\r' <"$good/meetings.csv" | sed 's/,plenary,3,/,nonsense,3,/' >"$m" ;;
mixed-lines) # LF, CRLF and CR ends: every line counted once
	awk 'NR % 3 == 0 { printf "%s\r\n", $0; next } NR % 3 == 1 { printf "%s\r", $0; next } { print }' \
		"$good/meetings.csv" | sed 's/,plenary,3,/,nonsense,3,/' >"$m" ;;
slow-regex) # four cities of 10^5 x: /(x+x+)+y backtracks for ever on each
	awk 'BEGIN { for (i = 0; i < 100000; i++) x = x "x" }
	     { gsub(/,(Rome|Seoul|Paris|Rotterdam),/, "," x ","); print }' "$good/meetings.csv" >"$m" ;;
*) echo "gen.sh: no case $c (gen.sh list)" >&2; exit 2 ;;
esac
