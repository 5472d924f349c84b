#!/usr/bin/env bash
# scale.sh is the scale run: it synthesises report-like documents from the
# corpus (paragraphs of the 7 reports recombined, the place and its towns
# renamed, policies and enterprises kept, seeded), extracts them with the
# real extractor, imports them into a new bolt store on disk and into a
# private PostgreSQL (started here on 127.0.0.1, stopped afterwards) and
# prints a table per backend and document count:
#
#   import    wall time to import every document (100 per Import call,
#             graphmodel commits ~18 per transaction); cpu: CPU time of
#             the process meanwhile (both cores: GC runs beside the writer)
#   size      bolt file, or pg_total_relation_size of Cayley's tables
#   index     first query after the import: building the in-memory index
#   p50 p99 max   Neighbors depth 2 without a cap (like `policygraph
#             neighbors --depth 2`), wall clock, over QUERIES random entities
#             (a random type, then a random entity of it; seeded)
#   cpu p50/p99   the same queries in CPU time of the querying thread,
#             which other programs on the machine do not inflate
#   cap p99   the same queries with the explorer's cap of 30 per expansion
#   nodes     mean nodes per answer; load: 1-minute load average
#
#   scripts/scale.sh                          # 100 and 1,000 documents on both
#   DOCS=100 PG_DOCS=100 scripts/scale.sh     # a quicker run
#   BACKENDS=bolt scripts/scale.sh            # no PostgreSQL
# Other knobs: CORPUS (default ../shared/corpus), SEED, QUERIES, WORK (the
# directory for the bolt stores, default a temporary one under /tmp).
set -euo pipefail
cd "$(dirname "$0")/.."

docs=${DOCS:-100,1000}
pg_docs=${PG_DOCS:-$docs}
backends=${BACKENDS:-bolt,postgres}
corpus=${CORPUS:-../shared/corpus}
seed=${SEED:-1}
queries=${QUERIES:-1000}

tmp=$(mktemp -d /tmp/policygraph-scale.XXXXXX)
work=${WORK:-$tmp}
pgdir=$(mktemp -u /tmp/policygraph-scale-pg.XXXXXX) # beside $tmp: the postgres user cannot enter it
cleanup() {
	if [[ -d "$pgdir" ]]; then
		scripts/pg.sh stop "$pgdir"
	fi
	rm -rf "$tmp"
}
trap cleanup EXIT

pg_url=""
if [[ ",$backends," == *",postgres,"* ]]; then
	if ! ls -d /usr/lib/postgresql/*/bin >/dev/null 2>&1; then
		echo "scale: installing PostgreSQL (Debian package postgresql)" >&2
		sudo=""
		if [[ $(id -u) -ne 0 ]]; then
			sudo="sudo"
		fi
		$sudo apt-get update -qq
		DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends postgresql >/dev/null
	fi
	pg_url=$(scripts/pg.sh start "$pgdir")
fi

go build -o "$tmp/scale" ./scripts/scale
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs); before: $(uptime)"
echo "bolt stores in $work ($(df -h --output=fstype,source "$work" | tail -n 1 | xargs))"
"$tmp/scale" -corpus "$corpus" -seed "$seed" -queries "$queries" -docs "$docs" -pg-docs "$pg_docs" \
	-backends "$backends" -pg "$pg_url" -work "$work"
echo "after: $(uptime)"
