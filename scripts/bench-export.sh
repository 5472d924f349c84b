#!/usr/bin/env bash
# bench-export.sh times `policygraph export --in graph.graphml -o out.png`
# on a generated 10,000-node, 15,000-edge report-like graph (the layout
# package's generator, labels of Chinese characters) next to Graphviz
# `sfdp -Tpng` on the same graph written as DOT, and prints both times and
# the ratio. Each figure is the best of 3 runs.
#
# Both sides draw node labels and no edge labels. PolicyGraph also removes
# label overlaps; sfdp with its defaults does not, so the plain sfdp run is
# the conservative comparison. SFDP_PRISM=1 adds an sfdp run with
# -Goverlap=prism (its own overlap removal), which takes much longer.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v sfdp >/dev/null 2>&1; then
	echo "bench-export: installing graphviz"
	sudo=""
	[[ $(id -u) -ne 0 ]] && sudo=sudo
	$sudo apt-get install -y graphviz >/dev/null
fi

dir=$(mktemp -d /tmp/bench-export.XXXXXX)
trap 'rm -rf "$dir"' EXIT

echo "== generating the graph"
go test ./export -run '^TestWriteBenchGraph$' -count=1 -benchgraph "$dir" >/dev/null
ls -l "$dir"/graph.graphml "$dir"/graph.dot

# best RUNS... prints the shortest wall time in seconds of three runs of a command.
best() {
	local b=""
	for _ in 1 2 3; do
		local s e t
		s=$(date +%s.%N)
		"$@" >/dev/null 2>&1
		e=$(date +%s.%N)
		t=$(awk -v s="$s" -v e="$e" 'BEGIN { print e - s }')
		if [[ -z "$b" ]] || awk -v t="$t" -v b="$b" 'BEGIN { exit !(t < b) }'; then b=$t; fi
	done
	printf '%.2f' "$b"
}

echo "== go test -bench (export package: read, layout, draw, encode, write)"
go test ./export -run '^$' -bench '^BenchmarkExportPNG10k$' -benchtime 3x -count 3 | tee "$dir/bench.txt"
ns=$(awk '/^BenchmarkExportPNG10k/ {print $3}' "$dir/bench.txt" | sort -n | head -1)
bench=$(awk -v ns="$ns" 'BEGIN { print ns / 1e9 }')

ours=""
if go build -o "$dir/policygraph" . 2>"$dir/build.log"; then
	echo "== policygraph export --in (built binary)"
	ours=$(best "$dir/policygraph" export --in "$dir/graph.graphml" -o "$dir/ours.png")
	file "$dir/ours.png"
else
	echo "bench-export: could not build the binary (see scripts/setup.sh); using the go test figure"
fi

echo "== sfdp -Tpng"
sfdp_t=$(best sfdp -Tpng "$dir/graph.dot" -o "$dir/sfdp.png")
file "$dir/sfdp.png"

printf '\nexport --in, go test -bench:  %.2f s\n' "$bench"
if [[ -n "$ours" ]]; then
	printf 'export --in, binary:          %s s\n' "$ours"
else
	ours=$bench
fi
printf 'sfdp -Tpng:                   %s s\n' "$sfdp_t"
printf 'ratio sfdp / ours:            %.1fx\n' "$(awk -v a="$sfdp_t" -v b="$ours" 'BEGIN { print a / b }')"

if [[ "${SFDP_PRISM:-}" == "1" ]]; then
	prism=$(best sfdp -Goverlap=prism -Tpng "$dir/graph.dot" -o "$dir/prism.png")
	printf 'sfdp -Goverlap=prism -Tpng:   %s s (ratio %.1fx)\n' "$prism" "$(awk -v a="$prism" -v b="$ours" 'BEGIN { print a / b }')"
fi
