#!/usr/bin/env bash
# fuzz.sh runs every Go fuzz target of the module (each func FuzzX in a
# _test.go file) for DURATION (default 15s, any `go test -fuzztime` value)
# and prints, per target, the executions run and the new inputs found.
# A failing input is kept by go test under the package's testdata/fuzz/
# (commit it: it becomes a regression test) and makes the script fail.
#
# Usage: scripts/fuzz.sh [DURATION] [PACKAGE-DIR...]
#   scripts/fuzz.sh               every target, 15 s each (the CI short run)
#   scripts/fuzz.sh 30m extract   the targets of ./extract, 30 minutes each
set -euo pipefail
cd "$(dirname "$0")/.."
fuzztime=${1:-15s}
shift || true
dirs=("$@")
if [[ ${#dirs[@]} -eq 0 ]]; then
	mapfile -t dirs < <(grep -rl --include='*_test.go' '^func Fuzz' . | xargs -n1 dirname | sed 's|^\./||' | sort -u)
fi
logs=$(mktemp -d /tmp/policygraph-fuzz.XXXXXX)
status=0
summary=()
for dir in "${dirs[@]}"; do
	for target in $(grep -ho '^func Fuzz[A-Za-z0-9_]*' "$dir"/*_test.go | sed 's/^func //' | sort); do
		log="$logs/${dir//\//_}-$target.log"
		echo "== $dir $target ($fuzztime)"
		if go test -run '^$' -fuzz "^${target}\$" -fuzztime "$fuzztime" "./$dir" >"$log" 2>&1; then
			result=ok
		else
			result=FAILED
			status=1
			tail -n 30 "$log"
		fi
		last=$(grep -o 'elapsed: [^,]*, execs: [0-9]*[^,]*, new interesting: [0-9]* (total: [0-9]*)' "$log" | tail -n 1)
		summary+=("$(printf '%-8s %-10s %-16s %s' "$result" "$dir" "$target" "$last")")
	done
done
echo
printf '%s\n' "${summary[@]}"
echo "logs: $logs"
exit $status
