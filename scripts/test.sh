#!/usr/bin/env bash
# test.sh is the README's test command (and what .ci/run runs): it installs
# what is missing, checks formatting and vet, runs every Go test (the store
# suite also against a private PostgreSQL it starts on 127.0.0.1), a short
# fuzz run, and the real-window screenshot check under Xvfb.
# Set QUICK=1 to skip the fuzz run and the screenshots.
set -euo pipefail
cd "$(dirname "$0")/.."
start=$(date +%s)
step() { printf '\n== %s (%ss)\n' "$1" $(($(date +%s) - start)); }

step "setup"
scripts/setup.sh --test

step "gofmt"
unformatted=$(gofmt -l $(git ls-files '*.go' 2>/dev/null || find . -name '*.go'))
if [[ -n "$unformatted" ]]; then
	echo "gofmt would change: $unformatted" >&2
	exit 1
fi

step "go vet"
go vet ./...

step "staticcheck"
if ! command -v staticcheck >/dev/null 2>&1 && [[ ! -x "$(go env GOPATH)/bin/staticcheck" ]]; then
	go install honnef.co/go/tools/cmd/staticcheck@v0.8.2
fi
PATH="$(go env GOPATH)/bin:$PATH" staticcheck ./...

step "PostgreSQL"
pgdir=$(mktemp -u /tmp/policygraph-pg.XXXXXX)
trap 'scripts/pg.sh stop "$pgdir"' EXIT
POLICYGRAPH_TEST_POSTGRES=$(scripts/pg.sh start "$pgdir")
export POLICYGRAPH_TEST_POSTGRES

step "go test"
go test -count=1 ./...

if [[ "${QUICK:-}" != "1" ]]; then
	step "fuzz (short)"
	scripts/fuzz.sh 15s

	step "screenshots under Xvfb"
	scripts/screenshots.sh --check
fi

step "all tests passed"
