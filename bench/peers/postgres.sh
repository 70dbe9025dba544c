# Sourced by run_all.sh: a private PostgreSQL 15 cluster on a unix socket in a temp directory.
#   pg_start DIR      initdb + start (as the postgres user when run as root; initdb refuses root)
#   pg_db DIR NAME    creates database NAME, prints its libpq conninfo
#   pg_stop DIR
PG_BIN=${PG_BIN:-/usr/lib/postgresql/15/bin}

pg_as() {
  if [[ $(id -u) -eq 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi
}

pg_start() {
  local dir=$1
  mkdir -p "$dir"
  [[ $(id -u) -eq 0 ]] && chown postgres: "$dir"
  pg_as "$PG_BIN/initdb" -D "$dir/data" --auth=trust -E UTF8 --locale=C.UTF-8 -U postgres >"$dir/initdb.log"
  pg_as "$PG_BIN/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w \
    -o "-k $dir -c listen_addresses='' -c max_wal_size=4GB" start >/dev/null
}

pg_db() {
  local dir=$1 name=$2
  pg_as "$PG_BIN/createdb" -h "$dir" -U postgres "$name"
  echo "host=$dir user=postgres dbname=$name"
}

pg_stop() {
  pg_as "$PG_BIN/pg_ctl" -D "$1/data" -m fast stop >/dev/null || true
}
