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
