# Round trip through another CSV implementation: Python's csv module reads every export of
# the bundled record (all three tables, all columns and chosen ones) and of a record whose
# fields hold every character that needs care, and gets back every field exactly.
. "$top_srcdir/tests/lib.sh"
good="$top_srcdir/tests/data/good"
LC_ALL=C.UTF-8; export LC_ALL

if ! command -v python3 >/dev/null; then
	# bootstrap installs python3: its absence is a broken setup, not a reason to pass.
	fail "python3 is needed for the round-trip tests (see bootstrap)"
	finish
fi

# roundtrip DATADIR TABLE [COLUMN,...]: exports, then compares with Python's reading of the
# data file itself. Prints what differs; returns 0 when nothing does.
roundtrip() {
	dir=$1 table=$2 cols=${3-}
	if [ -n "$cols" ]; then
		"$MTCR" --data "$dir" --export="$table" --columns="$cols" >"$TMP/export.csv" || return 1
	else
		"$MTCR" --data "$dir" --export="$table" >"$TMP/export.csv" || return 1
	fi
	python3 - "$dir/$table.csv" "$TMP/export.csv" "$cols" <<'EOF'
import csv, sys

def rows(path):
    with open(path, newline="", encoding="utf-8") as f:
        return list(csv.reader(f, strict=True))

data, out = rows(sys.argv[1]), rows(sys.argv[2])
if sys.argv[3]:
    header = data[0]
    cols = [header.index(c) for c in sys.argv[3].split(",")]
    data = [[r[c] for c in cols] for r in data]
raw = open(sys.argv[2], "rb").read()
problems = []
if raw.startswith(b"\xef\xbb\xbf"):
    problems.append("starts with a byte order mark")
if not raw.endswith(b"\n") or raw.endswith(b"\r\n"):
    problems.append("the last record does not end with LF")
if len(out) != len(data):
    problems.append("%d records, want %d" % (len(out), len(data)))
for i, (got, want) in enumerate(zip(out, data)):
    if got != want:
        problems.append("record %d: %r, want %r" % (i, got, want))
        break
# The same rows written by Python's own writer, quoting as little as it can, with LF line
# ends: byte for byte what mtcr writes, unless a field starts or ends with a blank (mtcr
# quotes those too) or holds a CR (mtcr quotes it, as RFC 4180 asks; Python's writer does
# not when the line end is LF, and its own reader then splits the record there).
import io
buf = io.StringIO(newline="")
csv.writer(buf, lineterminator="\n").writerows(data)
differs = any(f[:1] in (" ", "\t") or f[-1:] in (" ", "\t") or "\r" in f
              for r in data for f in r)
if not differs and buf.getvalue().encode("utf-8") != raw:
    problems.append("differs from Python's csv writer")
print("\n".join(problems))
sys.exit(1 if problems else 0)
EOF
}

# check DESCRIPTION DATADIR TABLE [COLUMN,...]
check() {
	d=$1; shift
	if out=$(roundtrip "$@" 2>&1); then pass "$d"; else fail "$d" "$out"; fi
}

for table in meetings members concerns; do
	check "the bundled $table come back field for field" "$top_srcdir/data" $table
done
check "chosen meeting columns come back" "$top_srcdir/data" meetings summary,id,notes,id
check "chosen member columns come back" "$top_srcdir/data" members sources,code
check "a single concern column comes back" "$top_srcdir/data" concerns description

# Every character that needs care: comma, quote, CR, LF, CR LF, blanks at either end, a tab,
# UTF-8, empty fields, a lone empty field.
special="$TMP/special"
mkdir "$special"
cp "$good"/*.csv "$special/"
printf 'id,name,category,description,extra\nitt,"Comma, inside",controls,"Say ""hi""",x\nunscr1540,"Line\nfeed"," lead","Lone\rCR","CR LF\r\nend"\nregional,Türkiye — 日本,"trail ",,"\t"\n' \
	>"$special/concerns.csv"
run "$MTCR" --check --data "$special"
t "the special fixture is valid data" [ "$rc" = 0 ]
check "every special character comes back" "$special" concerns
check "a lone empty field comes back as a record" "$special" concerns description
check "a lone CR comes back" "$special" concerns id,description
check "quoting matches Python's writer on the special fields it quotes alike" "$special" concerns name,id
check "blanks and tabs at the ends come back" "$special" concerns category,extra

finish
