#!/usr/bin/env bash
# pg.sh starts a private PostgreSQL cluster on 127.0.0.1 for the tests and
# prints the connection URL; `pg.sh stop DIR` stops it and deletes DIR.
#   url=$(scripts/pg.sh start /tmp/pgtest)   # DIR must not exist yet
#   scripts/pg.sh stop /tmp/pgtest
# PostgreSQL refuses to run as root, so as root the cluster belongs to the
# "postgres" system user that Debian's package creates.
set -euo pipefail

bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
if [[ -z "$bindir" ]]; then
	echo "pg.sh: PostgreSQL is not installed (Debian package postgresql; run scripts/setup.sh --test)" >&2
	exit 1
fi

as_owner() {
	if [[ $(id -u) -eq 0 ]]; then
		runuser -u postgres -- "$@"
	else
		"$@"
	fi
}

cmd=${1:-}
dir=${2:-}
[[ -n "$dir" ]] || { echo "usage: pg.sh start|stop DIR" >&2; exit 2; }

case "$cmd" in
start)
	mkdir -p "$dir"
	[[ $(id -u) -eq 0 ]] && chown postgres:postgres "$dir"
	port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
	as_owner "$bindir/initdb" -D "$dir/data" -U pgtest --auth=trust -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1
	as_owner "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w \
		-o "-h 127.0.0.1 -p $port -k $dir -c fsync=off -c max_connections=50" start >/dev/null
	as_owner "$bindir/createdb" -h 127.0.0.1 -p "$port" -U pgtest policygraph
	echo "postgres://pgtest@127.0.0.1:$port/policygraph?sslmode=disable"
	;;
stop)
	if [[ -d "$dir/data" ]]; then
		as_owner "$bindir/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null 2>&1 || true
	fi
	rm -rf "$dir"
	;;
*)
	echo "usage: pg.sh start|stop DIR" >&2
	exit 2
	;;
esac
