#!/usr/bin/env bash
# bench-layout.sh times PolicyGraph's layout and graphviz sfdp on the same
# generated report-like graphs (n nodes, 1.5n edges, from layout/synth) and
# prints both times and the ratio. Every time is the best of RUNS runs.
#
#   scripts/bench-layout.sh              # 1,000 and 10,000 nodes
#   SIZES="2000" RUNS=5 scripts/bench-layout.sh
#
# Columns: "ours" is Layout alone, in process, to convergence; "ours+io" is
# the whole program (generate, lay out, write positions), comparable to
# sfdp's process time; sfdp -Tplain is layout only, -Tpng includes drawing.
set -euo pipefail
cd "$(dirname "$0")/.."

sizes=${SIZES:-"1000 10000"}
runs=${RUNS:-3}

if ! command -v sfdp >/dev/null 2>&1; then
	echo "bench-layout: installing graphviz for sfdp" >&2
	sudo=""
	if [[ $(id -u) -ne 0 ]]; then
		sudo="sudo"
	fi
	$sudo apt-get update -qq
	DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends graphviz >/dev/null
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
go build -o "$work/layoutbench" ./scripts/layoutbench

# best_of RUNS CMD... runs CMD RUNS times and prints the shortest wall time
# in seconds.
best_of() {
	local n=$1 best="" start end t
	shift
	for ((r = 0; r < n; r++)); do
		start=$(date +%s.%N)
		"$@" >/dev/null
		end=$(date +%s.%N)
		t=$(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.3f", b - a }')
		if [[ -z $best ]] || awk -v t="$t" -v b="$best" 'BEGIN { exit !(t < b) }'; then
			best=$t
		fi
	done
	echo "$best"
}

printf '%-7s %-7s %-10s %-9s %-11s %-10s %-12s %s\n' nodes edges ours ours+io sfdp-plain sfdp-png "sfdp/ours" "iterations (coarsest..finest)"
for n in $sizes; do
	dot="$work/g$n.dot"
	"$work/layoutbench" dot -n "$n" -seed 1 -o "$dot"
	edges=$(grep -c -- ' -- ' "$dot")
	report=$("$work/layoutbench" time -n "$n" -seed 1 -runs "$runs")
	ours=${report%% s *}
	iters=$(sed -n 's/.*iterations \(\[[^]]*\]\) = \([0-9]*\).*/\1 = \2/p' <<<"$report")
	io=$(best_of "$runs" "$work/layoutbench" plain -n "$n" -seed 1 -o "$work/ours$n.txt")
	plain=$(best_of "$runs" sfdp -Tplain -o "$work/sfdp$n.txt" "$dot")
	png=$(best_of "$runs" sfdp -Tpng -o "$work/sfdp$n.png" "$dot")
	ratio=$(awk -v s="$plain" -v o="$ours" 'BEGIN { printf "%.1fx", s / o }')
	printf '%-7s %-7s %-10s %-9s %-11s %-10s %-12s %s\n' "$n" "$edges" "${ours}s" "${io}s" "${plain}s" "${png}s" "$ratio" "$iters"
done
