#!/usr/bin/env bash
# The network bridge's proof (issue 4): N concurrent requests whose PHP waits on a slow upstream.
#   server/bench/slow-upstream.sh [REQUESTS=200] [DELAY_MS=2000]
# Runs it twice: with Asyncify suspension, then with it disabled (every wait parks a virtual thread).
set -euo pipefail
source "$(dirname "$0")/../../bin/java-env.sh"
cd "$PHASM_HOME"
mvn -B -q -ntp -pl server -am install -DskipTests >&2
mvn -B -q -ntp -pl server dependency:build-classpath -Dmdep.outputFile=target/test.classpath -Dmdep.includeScope=test >&2
cp="server/target/classes:server/target/test-classes:$(cat server/target/test.classpath)"
for disabled in false true; do
  java $PHASM_JVM_FLAGS -Xmx12g -Dphasm.asyncify.disabled=$disabled -cp "$cp" \
    io.phasm.server.bench.SlowUpstreamBenchmark "${1:-200}" "${2:-2000}" || true
done
