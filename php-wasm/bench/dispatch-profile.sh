#!/usr/bin/env bash
# Which cases of PHP's interpreter loops a workload takes (the data a profile-guided split of
# those loops needs; see php-wasm/README.md, "Where a fresh process's time goes"):
#   php-wasm/bench/dispatch-profile.sh SCRIPT [ARGS...] [:: SCRIPT [ARGS...]]...
# runs the scripts one after another in one JVM, as bin/php would (paths relative to the current
# directory, which is mounted as bin/php mounts it), then prints, for each large switch in the
# compiled methods of FUNCTIONS (wasm names; default: PCRE2's match loop, SQLite's VDBE and the
# PHP lexer), how often it ran and which of its cases were taken. HotSpot's own profile is read
# through JVMCI (enabled here only to read it: C2 stays the JIT compiler).
# With CASES=FILE, the taken cases are also merged (as a union) into FILE, the dispatch profile the
# build splits PHP's dispatches by (asyncify-list/lists/dispatch-cases.txt; asyncify-list/README.md).
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
source "$HERE/../../bin/java-env.sh"
"$PHASM_HOME/bin/php" -r 'echo "";' >/dev/null # builds Phasm if it is stale
FUNCTIONS=${FUNCTIONS:-php_pcre2_match sqlite3VdbeExec lex_scan}
JVMCI="jdk.internal.vm.ci"
exec java $PHASM_JVM_FLAGS -XX:+UnlockExperimentalVMOptions -XX:+EnableJVMCI --add-modules $JVMCI \
  --add-exports $JVMCI/jdk.vm.ci.runtime=ALL-UNNAMED --add-exports $JVMCI/jdk.vm.ci.meta=ALL-UNNAMED \
  -Dfunctions="$FUNCTIONS" -Dcases="${CASES:-}" \
  -cp "$PHASM_HOME/php-wasm/target/php-wasm-0.1.0-SNAPSHOT.jar:$PHASM_HOME/php-wasm/target/lib/*" \
  "$HERE/DispatchProfile.java" "$@"
