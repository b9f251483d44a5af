#!/usr/bin/env bash
# Copies the fast phpt subset (run by the default tests) out of the pinned PHP source tarball
# into php-wasm/src/test/phpt/, with PHP's license. Run after changing the directory list.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
dest=$here/../src/test/phpt
dirs="tests/lang ext/json/tests ext/ctype/tests"
"$here/fetch-sources.sh" >/dev/null
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
tar -xJf "$here"/../target/sources/php8.2_*.orig.tar.xz -C "$tmp" --strip-components=1 \
  $(for d in $dirs; do echo "--wildcards" "*/$d/*"; done) '*/LICENSE'
find "$dest" -mindepth 1 -maxdepth 1 ! -name expected-pass.txt -exec rm -rf {} + 2>/dev/null || true
mkdir -p "$dest"
for d in $dirs; do mkdir -p "$dest/$d" && cp -r "$tmp/$d/." "$dest/$d/"; done
cp "$tmp/LICENSE" "$dest/LICENSE"
echo "imported $(find "$dest" -name '*.phpt' | wc -l) tests into $dest"
