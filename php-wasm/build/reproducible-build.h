/*
 * Force-included into every PHP.wasm compile (build-php.sh): PHP embeds __DATE__ and __TIME__
 * (php -v, phpinfo), which would make every build's output differ. Pinned, the same sources
 * give the same bytes. The date is the pinned PHP release's (8.2.32, NEWS: 02 Jul 2026).
 */
#pragma clang diagnostic ignored "-Wbuiltin-macro-redefined"
#undef __DATE__
#undef __TIME__
#define __DATE__ "Jul  2 2026"
#define __TIME__ "00:00:00"
