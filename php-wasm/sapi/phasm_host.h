/*
 * Imports from the "phasm" module: the Java host's side of the web SAPI.
 * Each one is implemented by io.phasm.wasm.imports.PhasmImports (one Java method per import).
 */
#ifndef PHASM_HOST_H
#define PHASM_HOST_H

#include <stddef.h>

#define PHASM_IMPORT(name) __attribute__((import_module("phasm"), import_name(#name)))

/* Response body bytes; returns the number accepted (less than len: the client went away). */
PHASM_IMPORT(write_output) int phasm_write_output(const char *buf, size_t len);
/* PHP flushed its output: the host may push what it has to the client now. */
PHASM_IMPORT(flush) void phasm_flush(void);
/* Status and header lines ("Name: value" separated by '\n'), once, before the first body byte. */
PHASM_IMPORT(send_headers) void phasm_send_headers(int status, const char *lines, size_t len);
/* Reads up to len bytes of the request body; returns 0 at its end. */
PHASM_IMPORT(read_body) int phasm_read_body(char *buf, size_t len);
/* A message from PHP's error log (error_log ini unset) with its syslog level. */
PHASM_IMPORT(log_message) void phasm_log_message(const char *msg, size_t len, int syslog_level);

/* A script the request had to compile: OPcache (on) did not hold it, or held it out of date. */
PHASM_IMPORT(script_compiled) void phasm_script_compiled(const char *path, size_t len);

/* Sleeps for the given nanoseconds; the host suspends the instance instead of blocking a thread. */
PHASM_IMPORT(sleep) void phasm_sleep(long long nanoseconds);

/* flock(2): whole-file advisory lock held by the open file description; 0 or -errno. May wait. */
PHASM_IMPORT(flock) int phasm_flock(int fd, int operation);

#endif
