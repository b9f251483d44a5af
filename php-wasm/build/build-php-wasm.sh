#!/usr/bin/env bash
# Rebuilds PHP.wasm from source, end to end (about 15 minutes on 2 cores, see README.md):
#   php-wasm/build/build-php-wasm.sh
# toolchain -> pinned Debian sources (checksummed) -> libraries -> PHP + Phasm SAPI (base module)
# -> Asyncify instrumentation from asyncify-list/ -> php-wasm/dist/ (committed) + BUILD-INFO.md.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
dist=$root/php-wasm/dist
WORK=${WORK:-$here/../target/build}
t0=$SECONDS
command -v emcc >/dev/null && command -v wasm-opt >/dev/null || "$here/install-toolchain.sh"
"$here/fetch-sources.sh"
"$here/build-libs.sh"
"$here/build-php.sh"
mkdir -p "$dist"
cp "$WORK/php-base.wasm" "$dist/php-base.wasm"
"$root/asyncify-list/bin/instrument" "$dist/php-base.wasm" "$dist/php.wasm"
{
  echo "# PHP.wasm build record"
  echo
  echo "Written by php-wasm/build/build-php-wasm.sh; do not edit."
  echo
  echo "- Built: $(date -u +%Y-%m-%dT%H:%M:%SZ) in $((SECONDS - t0)) s"
  echo "- Toolchain: emscripten $(emcc --version | head -1 | grep -o '[0-9]*\.[0-9]*\.[0-9]*' | head -1), $(wasm-opt --version), $(clang-14 --version | head -1)"
  echo "- PHP: $(grep -o 'PHP_VERSION "[^"]*"' "$WORK/php-src/main/php_version.h" | cut -d'"' -f2), 64-bit zend_long"
  echo
  echo "## Inputs (sha256, from sources.lock)"
  echo '```'
  cat "$here/sources.lock"
  echo '```'
  echo
  echo "## Outputs (sha256)"
  echo '```'
  (cd "$dist" && sha256sum php-base.wasm php.wasm)
  echo '```'
  echo
  echo "## Extensions compiled in"
  echo
  grep -o 'phpext_[a-z0-9_]*_ptr' "$WORK/php-src/main/internal_functions.c" | sed 's/phpext_//; s/_ptr//' | sort -u | paste -sd' ' -
} > "$dist/BUILD-INFO.md"
echo "done in $((SECONDS - t0)) s: $dist"
