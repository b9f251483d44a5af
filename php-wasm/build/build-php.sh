#!/usr/bin/env bash
# Configures and compiles PHP 8.2 for wasm32-emscripten against the libraries of build-libs.sh,
# then links Phasm's SAPI into the base (non-instrumented) module $WORK/php-base.wasm.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
SOURCES=${SOURCES:-$here/../target/sources}
WORK=${WORK:-$here/../target/build}
PREFIX=${PREFIX:-$WORK/prefix}
JOBS=${JOBS:-$(nproc)}
SAPI=$here/../sapi
PATCHES=$here/../patches
export NODE_PATH=/usr/share/nodejs
# 64-bit zend_long: wasm32 lacks the __LP64__ predefines Zend keys off, so ask for it explicitly.
export CFLAGS="-O2 -DZEND_ENABLE_ZVAL_LONG64=1 -include $here/reproducible-build.h"
export CPPFLAGS="-I$PREFIX/include"
export LDFLAGS="-L$PREFIX/lib"
export EM_PKG_CONFIG_PATH=$PREFIX/lib/pkgconfig

src=$WORK/php-src
log() { echo "== $*"; }

# A change to the patches or flags invalidates the configured tree (PHP's Makefile tracks no header deps).
patches_sum=$( (cat "$PATCHES"/*.patch "$here/reproducible-build.h"; echo "$CFLAGS") | sha256sum | cut -d' ' -f1)
if [ "$(cat "$WORK/.done-php-configure" 2>/dev/null)" != "$patches_sum" ]; then
  rm -f "$WORK/.done-php-configure" "$WORK/.done-php-make"
fi
if [ ! -f "$WORK/.done-php-configure" ]; then
  log "php: unpacking and patching"
  rm -rf "$src" && mkdir -p "$src" && tar -xf "$SOURCES"/php8.2_*.orig.tar.xz -C "$src" --strip-components=1
  for p in "$PATCHES"/*.patch; do patch -d "$src" -p1 --quiet < "$p"; done
  log "php: configure"
  t0=$SECONDS
  (cd "$src" && emconfigure ./configure --host=wasm32-unknown-emscripten --build=x86_64-pc-linux-gnu \
    --prefix=/usr --with-config-file-path=/etc/php --disable-all \
    --enable-cli --enable-embed=static --disable-cgi --disable-phpdbg \
    --disable-fiber-asm --disable-zend-signals --without-pcre-jit --disable-opcache \
    --enable-ctype --enable-filter --enable-tokenizer --enable-session --enable-fileinfo --enable-phar \
    --enable-mbstring --disable-mbregex --enable-sockets --enable-bcmath --enable-calendar --enable-exif \
    --enable-posix --with-iconv \
    --enable-pdo --with-pdo-sqlite --with-sqlite3 --with-zlib --with-zip --with-openssl \
    --with-libxml --enable-dom --enable-xml --enable-simplexml --enable-xmlreader --enable-xmlwriter \
    --enable-mysqlnd --with-mysqli=mysqlnd --with-pdo-mysql=mysqlnd \
    SQLITE_CFLAGS="-I$PREFIX/include" SQLITE_LIBS="$PREFIX/lib/libsqlite3.a" \
    ZLIB_CFLAGS="-I$PREFIX/include" ZLIB_LIBS="$PREFIX/lib/libz.a" \
    OPENSSL_CFLAGS="-I$PREFIX/include" OPENSSL_LIBS="$PREFIX/lib/libssl.a $PREFIX/lib/libcrypto.a" \
    LIBXML_CFLAGS="-I$PREFIX/include/libxml2" LIBXML_LIBS="$PREFIX/lib/libxml2.a $PREFIX/lib/libz.a" \
    LIBZIP_CFLAGS="-I$PREFIX/include" LIBZIP_LIBS="$PREFIX/lib/libzip.a $PREFIX/lib/libcrypto.a $PREFIX/lib/libz.a" \
    ) > "$WORK/php-configure.log" 2>&1 || { tail -40 "$WORK/php-configure.log"; exit 1; }
  log "php: configure $((SECONDS - t0)) s"
  echo "$patches_sum" > "$WORK/.done-php-configure"
fi

if [ ! -f "$WORK/.done-php-make" ]; then
  log "php: compile"
  t0=$SECONDS
  # libphp.a holds everything but a SAPI's main(); PHP's own executable link is not used.
  (cd "$src" && emmake make -j"$JOBS" libphp.la sapi/cli/php_cli_server.lo sapi/cli/php_http_parser.lo \
      sapi/cli/ps_title.lo sapi/cli/php_cli_process_title.lo) > "$WORK/php-make.log" 2>&1 \
    || { grep -E "error|Error" "$WORK/php-make.log" | head -30; tail -20 "$WORK/php-make.log"; exit 1; }
  log "php: compile $((SECONDS - t0)) s"
  touch "$WORK/.done-php-make"
fi

log "php: SAPI and link"
t0=$SECONDS
# The compile flags PHP's Makefile uses, so the SAPI sees the same configuration.
flags=$(cd "$src" && make -s -f Makefile -f "$here/print-flags.mk" print-flags)
obj=$WORK/sapi-obj && mkdir -p "$obj"
emcc $flags $CFLAGS -I"$src/sapi/cli" -c "$SAPI/phasm_sapi.c" -o "$obj/phasm_sapi.o"
emcc $flags $CFLAGS -c "$SAPI/libc_gaps.c" -o "$obj/libc_gaps.o"
# PHP's own CLI front end, main() renamed so it becomes the phasm_cli export's body.
emcc $flags $CFLAGS -I"$src/sapi/cli" -Dmain=php_cli_main -c "$src/sapi/cli/php_cli.c" -o "$obj/php_cli.o"
# OPcache, compiled here rather than by PHP's configure: configure only builds it shared (a .so,
# which wasm cannot load) and, cross-compiling, cannot detect anonymous shared mmap, which
# emscripten's libc does provide. The web SAPI registers it (phasm_sapi.c); JIT and huge pages
# stay off (no native code on wasm). The sources ext/opcache/config.m4 lists, less the SysV and
# POSIX shm back-ends (emscripten has neither; they compile to nothing).
opcache_objs=()
for c in ZendAccelerator zend_accelerator_blacklist zend_accelerator_debug zend_accelerator_hash \
    zend_accelerator_module zend_persist zend_persist_calc zend_file_cache zend_shared_alloc \
    zend_accelerator_util_funcs shared_alloc_mmap; do
  emcc $flags $CFLAGS -DZEND_ENABLE_STATIC_TSRMLS_CACHE=1 -DHAVE_SHM_MMAP_ANON=1 -Wno-implicit-fallthrough \
    -c "$src/ext/opcache/$c.c" -o "$obj/opcache_$c.o"
  opcache_objs+=("$obj/opcache_$c.o")
done

exports=_phasm_startup,_phasm_handle_request,_phasm_precompile,_phasm_cli,_malloc,_free
emcc -O2 -o "$WORK/php-base.js" \
  "$obj/phasm_sapi.o" "$obj/libc_gaps.o" "$obj/php_cli.o" "${opcache_objs[@]}" \
  "$src"/sapi/cli/php_cli_server.o "$src"/sapi/cli/php_http_parser.o \
  "$src"/sapi/cli/ps_title.o "$src"/sapi/cli/php_cli_process_title.o \
  "$src/libs/libphp.a" \
  "$PREFIX/lib/libzip.a" "$PREFIX/lib/libxml2.a" "$PREFIX/lib/libssl.a" "$PREFIX/lib/libcrypto.a" \
  "$PREFIX/lib/libsqlite3.a" "$PREFIX/lib/libz.a" \
  -sALLOW_MEMORY_GROWTH=1 -sINITIAL_MEMORY=64MB -sMAXIMUM_MEMORY=2GB -sTOTAL_STACK=5MB \
  -sSUPPORT_LONGJMP=emscripten -sDISABLE_EXCEPTION_CATCHING=1 -sWASM_BIGINT=1 \
  -sERROR_ON_UNDEFINED_SYMBOLS=0 -sEXPORTED_FUNCTIONS=$exports -sENVIRONMENT=node -Wl,--wrap=flock \
  --profiling-funcs > "$WORK/php-link.log" 2>&1 || { tail -40 "$WORK/php-link.log"; exit 1; }
log "php: link $((SECONDS - t0)) s -> $WORK/php-base.wasm ($(stat -c %s "$WORK/php-base.wasm") bytes)"
