# The layers hold by construction, read from the include graph of src/:
#   cli    main.c and cli*: options, printing, exit statuses, signals; may include anything
#   tui    tui*, pane_*, draw*, keymap*: the terminal; the only files that include curses
#   model  every other file: load, check, query, sort, export, the browser's state; it knows
#          nothing about the terminal nor the command line
# A model file includes no tui or cli header, a tui file no cli header. Signal policy
# (dispositions, the mask, raising) belongs to the cli and the tui: a model file calls no
# signal function (an export's is the caller's struct export_guard). The files that drive
# and draw the screens read the dataset through its accessors (dataset.h), never a field
# of struct dataset: its fields are in dataset_struct.h, which they do not include, and
# which no header but dataset_internal.h passes on.
. "$top_srcdir/tests/lib.sh"
cd "$top_srcdir/src" || exit 1
layer() {
	case $1 in
	main.c|cli*) echo cli ;;
	tui*|pane_*|draw*|keymap*) echo tui ;;
	*) echo model ;;
	esac
}
for f in *.c *.h; do
	mine=$(layer "$f")
	if [ "$mine" != tui ] && grep -q '^[[:space:]]*#[[:space:]]*include.*curses' "$f"; then
		fail "$f ($mine) does not include curses"
	else
		pass "$f ($mine) does not include curses"
	fi
	[ "$mine" = cli ] && continue
	if [ "$mine" = model ]; then
		calls=$(grep -noE '\<(sigaction|sigprocmask|pthread_sigmask|signal|raise)\(' "$f" | tr '\n' ' ')
		if [ -n "$calls" ]; then
			fail "$f (model) changes no signal disposition or mask; it calls: $calls"
		else
			pass "$f (model) changes no signal disposition or mask"
		fi
	fi
	case $f in
	pane_*|browser*|tui*|draw.*|concern_map_draw.c|chart_view.*)
		reads=$(grep -noE '(^|[^[:alnum:]_])ds->[[:alnum:]_]+' "$f" | tr -d ' ' | tr '\n' ' ')
		if [ -n "$reads" ]; then
			fail "$f reads no field of struct dataset; it reads: $reads"
		else
			pass "$f reads no field of struct dataset"
		fi
		if grep -qE '^[[:space:]]*#[[:space:]]*include[[:space:]]*"dataset_(struct|internal)\.h"' "$f"; then
			fail "$f sees struct dataset only as opaque: it includes its fields"
		else
			pass "$f sees struct dataset only as opaque"
		fi
		;;
	esac
	# A header that gave struct dataset's fields would give them to every screen under it.
	case $f in
	*.h)
		if [ "$f" != dataset_internal.h ] &&
			grep -qE '^[[:space:]]*#[[:space:]]*include[[:space:]]*"dataset_struct\.h"' "$f"; then
			fail "$f passes struct dataset's fields on to no one"
		else
			pass "$f passes struct dataset's fields on to no one"
		fi
		;;
	esac
	bad=''
	for h in $(sed -n 's/^[[:space:]]*#[[:space:]]*include[[:space:]]*"\([^"]*\)".*/\1/p' "$f"); do
		h=${h##*/}
		case $mine/$(layer "$h") in
		model/tui|model/cli|tui/cli) bad="$bad $h" ;;
		esac
	done
	if [ -n "$bad" ]; then
		fail "$f ($mine) includes no header of a layer above it; it includes:$bad"
	else
		pass "$f ($mine) includes no header of a layer above it"
	fi
done
finish
