#!/usr/bin/env bash
# Downloads the pinned Debian source packages PHP.wasm is built from and checks them
# against sources.lock (sha256 of every downloaded file). `--update-lock` rewrites the lock
# instead of checking it: do that only when deliberately changing a version.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
out=${1:-$here/../target/sources}
update=${UPDATE_LOCK:-0}
[ "${1:-}" = "--update-lock" ] && { update=1; out=$here/../target/sources; }
mkdir -p "$out" && cd "$out"

# package=version pins: the bookworm point-release versions (newer security uploads 404 on the mirror).
PACKAGES="php8.2=8.2.32-1~deb12u1 zlib=1:1.2.13.dfsg-1 sqlite3=3.40.1-2+deb12u2 openssl=3.0.20-1~deb12u2 libxml2=2.9.14+dfsg-1.3~deb12u6 libzip=1.7.3-1"
for p in $PACKAGES; do
  apt-get source --download-only -qq "$p" >/dev/null
done
# Only the upstream tarballs are used (Debian's patches are not applied); the lock covers all files.
sha256sum *.dsc *.orig.tar.* | sort -k2 > sources.sha256
if [ "$update" = 1 ]; then
  cp sources.sha256 "$here/sources.lock"; echo "sources.lock updated"
else
  diff -u "$here/sources.lock" sources.sha256 || { echo "source checksums differ from sources.lock" >&2; exit 1; }
  echo "sources verified against sources.lock"
fi
