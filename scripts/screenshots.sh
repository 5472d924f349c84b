#!/usr/bin/env bash
# screenshots.sh starts the real policygraph binary under Xvfb on a fresh
# store (so it imports the bundled report as on a first run), drives it
# with xdotool like an analyst would, and takes a screenshot of each view
# with ImageMagick's import. It fails when the window does not appear, the
# report is not loaded, or a screenshot (or the graph canvas in it) is
# blank.
#
#   scripts/screenshots.sh          write docs/screenshots/*.png
#   scripts/screenshots.sh --check  only check, writing to a temporary dir
#
# Needs: Xvfb, xdotool, ImageMagick (/usr/bin/import, /usr/bin/convert)
# and what a cgo Fyne build needs (see scripts/setup.sh); installs the
# first three with apt-get when missing.
set -euo pipefail
cd "$(dirname "$0")/.."

out=docs/screenshots
if [[ "${1:-}" == "--check" ]]; then
	out=$(mktemp -d /tmp/policygraph-shots.XXXXXX)
fi
mkdir -p "$out"

if ! command -v Xvfb >/dev/null || ! command -v xdotool >/dev/null || [[ ! -x /usr/bin/import ]]; then
	apt-get update -qq && apt-get install -y -qq xvfb xdotool imagemagick >/dev/null
fi

work=$(mktemp -d /tmp/policygraph-ui.XXXXXX)
xpid="" apid=""
cleanup() {
	if [[ -n "$apid" ]]; then
		kill "$apid" 2>/dev/null || true
		wait "$apid" 2>/dev/null || true
	fi
	if [[ -n "$xpid" ]]; then
		kill "$xpid" 2>/dev/null || true
		wait "$xpid" 2>/dev/null || true
	fi
	rm -rf "$work"
}
trap cleanup EXIT
fail() {
	echo "screenshots: $*" >&2
	[[ -f "$work/app.log" ]] && tail -n 20 "$work/app.log" >&2
	exit 1
}

go build -o "$work/policygraph" .

for n in $(seq 91 140); do
	if [[ ! -e /tmp/.X11-unix/X$n && ! -e /tmp/.X$n-lock ]]; then
		display=":$n"
		break
	fi
done
[[ -n "${display:-}" ]] || fail "no free X display number"
Xvfb "$display" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
xpid=$!
export DISPLAY=$display
for _ in $(seq 50); do xdotool getmouselocation >/dev/null 2>&1 && break; sleep 0.2; done

XDG_CONFIG_HOME="$work/config" "$work/policygraph" --store "$work/store" >"$work/app.log" 2>&1 &
apid=$!

win=""
for _ in $(seq 100); do
	win=$(xdotool search --name PolicyGraph 2>/dev/null | head -n 1 || true)
	[[ -n "$win" ]] && break
	kill -0 "$apid" 2>/dev/null || fail "the program exited"
	sleep 0.3
done
[[ -n "$win" ]] || fail "no window appeared"

# The title names the loaded documents once the first-run import is done.
for _ in $(seq 200); do
	xdotool getwindowname "$win" | grep -q "东昌府区" && break
	sleep 0.3
done
xdotool getwindowname "$win" | grep -q "东昌府区" || fail "the bundled report was not loaded: title $(xdotool getwindowname "$win")"

# colours prints how many distinct colours an image (or a crop) has.
colours() { /usr/bin/convert "$1" ${2:+-crop "$2"} -format %k info:; }

# shot NAME [CANVAS]: screenshot; with CANVAS, the graph area must hold a
# drawing too, not only the panels around it.
shot() {
	sleep "${wait:-2.5}"
	local f="$out/$1.png"
	/usr/bin/import -window root "$f"
	local n
	n=$(colours "$f")
	((n > 64)) || fail "$f looks blank ($n colours)"
	if [[ -n "${2:-}" ]]; then
		n=$(colours "$f" 690x620+270+120)
		((n > 16)) || fail "$f: the graph canvas looks blank ($n colours)"
	fi
	echo "screenshot $f ($n colours)"
}

click() { xdotool mousemove "$1" "$2" click 1; }

# Window coordinates at 1280x800: menu bar, toolbar, then the panels.
wait=4 shot 01-overview canvas          # opens on the district with its towns and programmes
cp "$out/01-overview.png" "$out/explorer.png" # the README's picture
xdotool key ctrl+Return                 # next page of the district's neighbours: indicators
wait=4 shot 02-expanded canvas
click 130 93 && xdotool type --delay 60 tyz && sleep 1
click 100 367                           # first hit: 堂邑镇, focused with its evidence
wait=4 shot 03-search-pinyin canvas
xdotool key ctrl+0                      # fit to view
xdotool mousemove 271 47                # hover the fit button: its tooltip
shot 04-fit canvas
xdotool key ctrl+shift+l                # ring layout: programmes inside, towns on the rim
wait=4 shot 05-rings canvas
click 335 93                            # 矩阵
sleep 1 && click 527 437                # a cell: its evidence in the details panel
shot 06-matrix
xdotool mousemove 1100 327              # hover the evidence's source line: the full title
shot 07-source-tooltip
click 1100 327                          # open the report at that sentence
shot 08-document
click 383 93                            # 指标
shot 09-indicators
click 287 93 && xdotool key ctrl+t      # back to the graph, dark theme
shot 10-dark canvas
xdotool key ctrl+t ctrl+o               # light again, the import dialog
shot 11-import
xdotool key Escape

kill -0 "$apid" 2>/dev/null || fail "the program died while being driven"
echo "screenshots in $out"
