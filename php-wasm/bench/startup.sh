#!/usr/bin/env bash
# Start-up benchmark of the php-wasm runtime: php-wasm/bench/startup.sh
# (builds the test classes first; prints module load, instance creation, first output, memory).
set -euo pipefail
source "$(dirname "$0")/../../bin/java-env.sh"
cd "$PHASM_HOME"
mvn -B -q -ntp -pl php-wasm test-compile dependency:build-classpath -Dmdep.outputFile=target/test.classpath >&2
exec java $PHASM_JVM_FLAGS -Xss16m -cp "php-wasm/target/classes:php-wasm/target/test-classes:$(cat php-wasm/target/test.classpath)" \
  io.phasm.wasm.bench.StartupBenchmark
