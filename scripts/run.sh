#!/usr/bin/env bash
# run.sh sets up what is missing, builds PolicyGraph and opens it on the
# default store (the bundled report is imported on first run). Extra
# arguments go to the program, e.g. `scripts/run.sh --store /tmp/store`.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
echo "building policygraph (the first build compiles OpenGL bindings: about 3 minutes)"
go build -o policygraph .
exec ./policygraph "$@"
