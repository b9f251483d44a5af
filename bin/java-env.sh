# Sourced by the bin/ commands: selects JDK 25 (the project's target; it runs compiled PHP
# fastest) whatever the machine's default java is, and the JVM flags compiled PHP needs.
PHASM_HOME=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
if [ -z "${PHASM_JAVA_HOME:-}" ]; then
  for candidate in /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/java-25-openjdk-amd64 "${JAVA_HOME:-}"; do
    if [ -x "$candidate/bin/java" ] && "$candidate/bin/java" -version 2>&1 | grep -q '"25'; then
      PHASM_JAVA_HOME=$candidate; break
    fi
  done
fi
if [ -z "${PHASM_JAVA_HOME:-}" ]; then
  echo "Phasm needs JDK 25: install Temurin 25 at /usr/lib/jvm/temurin-25-jdk-amd64 or set PHASM_JAVA_HOME" >&2
  exit 1
fi
export JAVA_HOME=$PHASM_JAVA_HOME
export PATH=$JAVA_HOME/bin:$PATH
# Compiled wasm functions become very large JVM methods: without this flag HotSpot never JITs them.
# PHP requests run on virtual threads, whose maximum stack is -Xss: compiled wasm recursion is deep.
PHASM_JVM_FLAGS="-XX:-DontCompileHugeMethods -XX:+UseParallelGC -Xss256m"
# The top-tier JIT compiles the largest wasm functions late, from a fuller profile: on C2, compiled
# early, their code trapped and the recompile failed for good (file written by php-wasm's build:
# LateCompilation; absent before the first build, which the JVM ignores).
PHASM_JVM_FLAGS+=" -XX:CompileCommandFile=$PHASM_HOME/php-wasm/target/late-compilation.txt"

# The JIT compiler for compiled PHP: phasm_jit_flags DEFAULT prints the JVM flags for PHASM_JIT
# (graal or c2; DEFAULT when unset). HotSpot's own C1 gives up on PHP's largest functions
# (php_pcre2_match, lex_scan, ...), which then run in the JVM's bytecode interpreter until C2 takes
# them (late, above); Graal (from Maven Central, php-wasm/target/graal, plugged in through JVMCI)
# compiles them sooner, and a WordPress server on it serves more pages once warm (minutes in: 1.3-1.5x
# C2's req/s). C2 starts faster and warms up faster, and only it can use JDK 25's AOT cache
# (--upgrade-module-path turns CDS off), so short runs are quicker on it.
# On C2, the largest functions' memory accesses are inlined into them by classes the JVM must load
# from its boot class path (io.phasm.wasm.boot; the jar is built by php-wasm's build): regex- and
# SQL-heavy PHP 20-30 % faster once warm. Not on Graal, where the same made SQL ~35 % slower.
# Measured figures: php-wasm/README.md, "The JIT compiler" and "Memory access in the largest functions".
phasm_jit() {
  echo "${PHASM_JIT:-$1}"
}
phasm_jit_flags() {
  local jit=$(phasm_jit "$1") graal=$PHASM_HOME/php-wasm/target/graal
  case $jit in
    c2) echo "-Xbootclasspath/a:$PHASM_HOME/php-wasm/target/php-wasm-0.1.0-SNAPSHOT-boot.jar" ;;
    graal)
      local jar module_path=
      for jar in compiler collections word truffle-compiler; do
        [ -f "$graal/$jar.jar" ] || { echo "PHASM_JIT=graal: $graal/$jar.jar is missing (built by: mvn -pl php-wasm package)" >&2; return 1; }
        module_path=${module_path:+$module_path:}$graal/$jar.jar
      done
      echo "-XX:+UnlockExperimentalVMOptions -XX:+EnableJVMCI -XX:+UseJVMCICompiler --upgrade-module-path=$module_path" ;;
    *) echo "PHASM_JIT=$jit: expected graal or c2" >&2; return 1 ;;
  esac
}
