#!/usr/bin/env bash
# Installs what rebuilding PHP.wasm needs (not needed to build or run Phasm itself: the
# built modules are committed). Debian bookworm: emscripten 3.1.6, binaryen 108, clang 14,
# plus native gcc/tclsh to generate the SQLite amalgamation.
set -euo pipefail
if [ ! -f /etc/apt/sources.list.d/debian-src.sources ]; then
  # Same mirror and suites as the binary sources, with deb-src so `apt-get source` works.
  sed 's/^Types: deb$/Types: deb-src/' /etc/apt/sources.list.d/debian.sources > /etc/apt/sources.list.d/debian-src.sources
fi
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq emscripten binaryen wabt tcl dpkg-dev xz-utils pkg-config >/dev/null
emcc --version | head -1
wasm-opt --version
