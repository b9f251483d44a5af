#!/usr/bin/env bash
# Builds the C libraries PHP.wasm links against, as static wasm32 libraries, into $PREFIX.
# Input: the verified tarballs in $SOURCES. Each library is rebuilt when its stamp is missing or
# was written for another recipe (the library's function below, and CFLAGS).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
SOURCES=${SOURCES:-$here/../target/sources}
WORK=${WORK:-$here/../target/build}
PREFIX=${PREFIX:-$WORK/prefix}
JOBS=${JOBS:-$(nproc)}
export NODE_PATH=/usr/share/nodejs   # emcc needs Debian's acorn; the machine's node is not Debian's
export CFLAGS="-O2"
mkdir -p "$WORK" "$PREFIX/lib" "$PREFIX/include"

step() { local name=$1; shift; local stamp=$WORK/.done-$name recipe
  recipe=$({ declare -f "$1"; echo "$CFLAGS"; } | sha256sum | cut -d' ' -f1)
  [ "$(cat "$stamp" 2>/dev/null)" = "$recipe" ] && { echo "== $name: up to date"; return; }
  local t0=$SECONDS; echo "== $name: building"; ( "$@" ) > "$WORK/$name.log" 2>&1 \
    || { echo "$name failed, last lines of $WORK/$name.log:" >&2; tail -30 "$WORK/$name.log" >&2; exit 1; }
  echo "$recipe" > "$stamp"; echo "== $name: $((SECONDS - t0)) s"; }

unpack() { rm -rf "$WORK/$2" && mkdir -p "$WORK/$2" && tar -xf "$SOURCES"/$1 -C "$WORK/$2" --strip-components=1; }

zlib() { unpack 'zlib_*.orig.tar.*' zlib && cd "$WORK/zlib" \
  && emconfigure ./configure --static --prefix="$PREFIX" && emmake make -j"$JOBS" libz.a && emmake make install; }

sqlite() { # the amalgamation is generated natively (needs tclsh), then compiled once with emcc
  unpack 'sqlite3_*.orig.tar.xz' sqlite && cd "$WORK/sqlite" && ./configure --disable-tcl >/dev/null && make sqlite3.c \
  `# HAVE_USLEEP: the busy handler retries a locked database after 1, 2, 5 ... ms, not whole seconds` \
  && emcc $CFLAGS -c sqlite3.c -o sqlite3.o -DSQLITE_THREADSAFE=0 -DSQLITE_OMIT_LOAD_EXTENSION=1 -DHAVE_USLEEP=1 \
       -DSQLITE_ENABLE_COLUMN_METADATA=1 -DSQLITE_ENABLE_FTS5=1 -DSQLITE_ENABLE_JSON1=1 \
  && emar rcs "$PREFIX/lib/libsqlite3.a" sqlite3.o && cp sqlite3.h sqlite3ext.h "$PREFIX/include/"; }

openssl() { unpack 'openssl_*.orig.tar.gz' openssl && cd "$WORK/openssl" \
  && emconfigure ./Configure linux-generic32 no-asm no-threads no-shared no-dso no-engine no-afalgeng \
       no-ui-console no-tests no-async no-secure-memory -DOPENSSL_NO_SECURE_MEMORY \
       --prefix="$PREFIX" --libdir=lib --openssldir=/etc/ssl \
  && sed -i 's/^CROSS_COMPILE=.*/CROSS_COMPILE=/' Makefile \
  && emmake make -j"$JOBS" build_libs && emmake make install_dev; }

libxml2() { unpack 'libxml2_*.orig.tar.xz' libxml2 && cd "$WORK/libxml2" \
  && tar -xOf "$SOURCES"/php8.2_*.orig.tar.xz --wildcards "*/build/config.sub" > config.sub `# libxml2 config.sub predates wasm32` \
  && emconfigure ./configure --host=wasm32-unknown-emscripten --prefix="$PREFIX" --disable-shared --enable-static \
       --without-python --without-http --without-ftp --without-threads --without-lzma --without-icu \
       --with-zlib="$PREFIX" \
  && emmake make -j"$JOBS" libxml2.la && emmake make install-libLTLIBRARIES install-data; }

libzip() { unpack 'libzip_*.orig.tar.xz' libzip && mkdir -p "$WORK/libzip/build" && cd "$WORK/libzip/build" \
  && emcmake cmake .. -DCMAKE_BUILD_TYPE=Release -DCMAKE_INSTALL_PREFIX="$PREFIX" -DBUILD_SHARED_LIBS=OFF \
       -DENABLE_BZIP2=OFF -DENABLE_LZMA=OFF -DENABLE_ZSTD=OFF -DENABLE_GNUTLS=OFF -DENABLE_MBEDTLS=OFF \
       -DENABLE_COMMONCRYPTO=OFF -DENABLE_WINDOWS_CRYPTO=OFF -DENABLE_OPENSSL=ON \
       -DOPENSSL_ROOT_DIR="$PREFIX" -DOPENSSL_INCLUDE_DIR="$PREFIX/include" \
       -DOPENSSL_CRYPTO_LIBRARY="$PREFIX/lib/libcrypto.a" -DOPENSSL_SSL_LIBRARY="$PREFIX/lib/libssl.a" \
       -DZLIB_INCLUDE_DIR="$PREFIX/include" -DZLIB_LIBRARY="$PREFIX/lib/libz.a" \
       -DBUILD_TOOLS=OFF -DBUILD_REGRESS=OFF -DBUILD_EXAMPLES=OFF -DBUILD_DOC=OFF \
       `# CMake's check_type_size misreads wasm objects (reports 9): give musl/wasm32's sizes` \
       -DHAVE_SIZEOF_OFF_T=TRUE -DSIZEOF_OFF_T=8 -DHAVE_SIZEOF_SIZE_T=TRUE -DSIZEOF_SIZE_T=4 \
  && emmake make -j"$JOBS" zip && emmake make install; }

step zlib zlib
step sqlite sqlite
step openssl openssl
step libxml2 libxml2
step libzip libzip
