/*
 * Phasm's SAPI: PHP driven by a Java host through a handful of exports and the "phasm" imports.
 *
 * Web requests follow PHP-FPM's model: the host passes the request as CGI/FastCGI-style
 * parameters (the same set nginx sends to FPM); they become $_SERVER, and the request body,
 * output and headers travel through host imports. PHP starts once (phasm_startup); the host
 * may snapshot the instance afterwards and run one request per copy.
 *
 * The command line goes through PHP's own CLI (sapi/cli/php_cli.c, compiled with its main()
 * renamed to php_cli_main), so argument handling, -r, -d, stdin and exit codes are exactly PHP's.
 */
#include "php.h"
#include "php_main.h"
#include "php_variables.h"
#include "SAPI.h"
#include "ext/standard/info.h"
#include "ext/standard/php_standard.h"
#include "zend_exceptions.h"
#include "zend_ini.h"
#include "zend_smart_str.h"
#include "zend_extensions.h"

#include <emscripten/emscripten.h>

#include "phasm_host.h"

int php_cli_main(int argc, char **argv);

/* Parameters of the current request: "NAME\0VALUE\0" pairs owned by the host (malloc'ed). */
static const char *request_params;
static size_t request_params_len;

static const char *param(const char *name)
{
	const char *p = request_params, *end = request_params + request_params_len;
	while (p < end) {
		const char *value = p + strlen(p) + 1;
		if (value >= end) {
			return NULL;
		}
		if (strcmp(p, name) == 0) {
			return value;
		}
		p = value + strlen(value) + 1;
	}
	return NULL;
}

static size_t phasm_ub_write(const char *str, size_t len)
{
	size_t written = (size_t) phasm_write_output(str, len);
	if (written < len) {
		php_handle_aborted_connection();
	}
	return written;
}

static void phasm_sapi_flush(void *server_context)
{
	(void) server_context;
	phasm_flush();
}

static int phasm_send_headers_handler(sapi_headers_struct *headers)
{
	smart_str lines = {0};
	zend_llist_position pos;
	for (sapi_header_struct *h = zend_llist_get_first_ex(&headers->headers, &pos); h;
	     h = zend_llist_get_next_ex(&headers->headers, &pos)) {
		smart_str_appendl(&lines, h->header, h->header_len);
		smart_str_appendc(&lines, '\n');
	}
	smart_str_0(&lines);
	phasm_send_headers(headers->http_response_code ? headers->http_response_code : 200,
		lines.s ? ZSTR_VAL(lines.s) : "", lines.s ? ZSTR_LEN(lines.s) : 0);
	smart_str_free(&lines);
	return SAPI_HEADER_SENT_SUCCESSFULLY;
}

static size_t phasm_read_post(char *buf, size_t count)
{
	size_t total = 0;
	while (total < count) {
		int n = phasm_read_body(buf + total, count - total);
		if (n <= 0) {
			break;
		}
		total += (size_t) n;
	}
	return total;
}

static char *phasm_read_cookies(void)
{
	return (char *) param("HTTP_COOKIE");
}

static char *phasm_getenv(const char *name, size_t name_len)
{
	(void) name_len;
	return (char *) param(name);
}

static void phasm_register_variables(zval *track_vars)
{
	const char *p = request_params, *end = request_params + request_params_len;
	while (p < end) {
		const char *value = p + strlen(p) + 1;
		if (value >= end) {
			break;
		}
		size_t value_len = strlen(value);
		size_t new_len;
		char *copy = estrndup(value, value_len);
		if (sapi_module.input_filter(PARSE_SERVER, (char *) p, &copy, value_len, &new_len)) {
			php_register_variable_safe((char *) p, copy, new_len, track_vars);
		}
		efree(copy);
		p = value + value_len + 1;
	}
	/* PHP_SELF as FPM derives it: the script's URL path plus PATH_INFO. */
	const char *script_name = param("SCRIPT_NAME");
	if (script_name) {
		const char *path_info = param("PATH_INFO");
		zend_string *self_str = zend_strpprintf(0, "%s%s", script_name, path_info ? path_info : "");
		php_register_variable_safe("PHP_SELF", ZSTR_VAL(self_str), ZSTR_LEN(self_str), track_vars);
		zend_string_release(self_str);
	}
}

static void phasm_sapi_log_message(const char *message, int syslog_level)
{
	phasm_log_message(message, strlen(message), syslog_level);
}

/*
 * OPcache (compiled in by build-php.sh) is a Zend extension, which PHP loads from a .so named
 * in php.ini; wasm loads no .so, so this module registers it instead. Module start-up runs
 * before zend_startup_extensions(), which then starts OPcache like a loaded one. Only the web
 * SAPI loads it (the php command runs without OPcache, like native CLI by default).
 */
extern zend_extension zend_extension_entry;

/* OPcache started with its shared memory (opcache.enable=1): set at start-up, read by every request. */
static bool opcache_in_use;

static zend_op_array *(*compile_file_uncached)(zend_file_handle *file_handle, int type);

/*
 * OPcache wraps the compiler it finds at its start-up, this one, and calls it only for scripts
 * it does not hold (or holds out of date): each script compiled here is reported to the host,
 * whose warm-up compiles it into the snapshot (phasm_precompile) for the instances after.
 */
static zend_op_array *compile_file_reporting(zend_file_handle *file_handle, int type)
{
	zend_op_array *op_array = compile_file_uncached(file_handle, type);
	if (opcache_in_use && op_array && op_array->filename) {
		phasm_script_compiled(ZSTR_VAL(op_array->filename), ZSTR_LEN(op_array->filename));
	}
	return op_array;
}

static PHP_MINIT_FUNCTION(phasm_opcache_loader)
{
	compile_file_uncached = zend_compile_file;
	zend_compile_file = compile_file_reporting;
	zend_register_extension(&zend_extension_entry, NULL);
	return SUCCESS;
}

static zend_module_entry phasm_opcache_loader_module = {
	STANDARD_MODULE_HEADER,
	"Phasm OPcache loader",
	NULL,
	PHP_MINIT(phasm_opcache_loader),
	NULL, NULL, NULL, NULL,
	PHP_VERSION,
	STANDARD_MODULE_PROPERTIES
};

/*
 * OPcache guards its shared memory with fcntl locks on an unlinked file it opens at start-up.
 * Under Phasm that memory is never shared: each instance has its own copy-on-write copy of the
 * snapshot, so the locks guard nothing between instances, and a descriptor kept from start-up
 * would point at nothing in the next instance's process. So the start-up's lock file is closed
 * before the snapshot, and every request opens a lock file of its own in its own process.
 */
extern int lock_file;
void zend_shared_alloc_create_lock(char *lockfile_path);

static void opcache_lock_open(void)
{
	if (opcache_in_use) {
		zend_shared_alloc_create_lock(INI_STR("opcache.lockfile_path"));
	}
}

static void opcache_lock_close(void)
{
	if (opcache_in_use) {
		close(lock_file);
		lock_file = -1;
	}
}

static int phasm_sapi_startup(sapi_module_struct *module)
{
	if (php_module_startup(module, &phasm_opcache_loader_module) == FAILURE) {
		return FAILURE;
	}
	opcache_in_use = lock_file != -1;
	opcache_lock_close();
	return SUCCESS;
}

static sapi_module_struct phasm_sapi_module = {
	"fpm-fcgi",                 /* name: what php_sapi_name() says; FPM's, so apps take their FPM paths */
	"Phasm (PHP-FPM compatible)",

	phasm_sapi_startup,
	php_module_shutdown_wrapper,

	NULL,                       /* activate */
	NULL,                       /* deactivate */

	phasm_ub_write,
	phasm_sapi_flush,
	NULL,                       /* get uid */
	phasm_getenv,

	php_error,

	NULL,                       /* header handler */
	phasm_send_headers_handler,
	NULL,                       /* send header (one at a time): unused, send_headers does all */

	phasm_read_post,
	phasm_read_cookies,

	phasm_register_variables,
	phasm_sapi_log_message,
	NULL,                       /* get request time */
	NULL,                       /* terminate process */

	STANDARD_SAPI_MODULE_PROPERTIES
};

/*
 * Starts PHP for web requests. ini is php.ini text applied on top of the built-in defaults
 * (may be NULL). Returns 0 on success.
 */
EMSCRIPTEN_KEEPALIVE int phasm_startup(const char *ini)
{
	static const char defaults[] =
		"html_errors=0\n"
		"display_errors=0\n"
		"log_errors=1\n"
		"implicit_flush=0\n"
		"output_buffering=4096\n"
		"max_execution_time=30\n"
		/* A changed script is seen at the next request (OPcache checks its timestamp every time). */
		"opcache.revalidate_freq=0\n";
	sapi_startup(&phasm_sapi_module);
	size_t ini_len = ini ? strlen(ini) : 0;
	char *entries = malloc(sizeof(defaults) + ini_len + 2);
	memcpy(entries, defaults, sizeof(defaults) - 1);
	memcpy(entries + sizeof(defaults) - 1, ini ? ini : "", ini_len);
	entries[sizeof(defaults) - 1 + ini_len] = '\n';
	entries[sizeof(defaults) + ini_len] = '\0';
	phasm_sapi_module.ini_entries = entries;
	phasm_sapi_module.phpinfo_as_text = 0;
	if (phasm_sapi_module.startup(&phasm_sapi_module) == FAILURE) {
		return -1;
	}
	return 0;
}

/*
 * Ends what request_open set up; started: whether PHP's request start-up succeeded, so that
 * PHP's request shutdown is due.
 */
static void request_end(bool started)
{
	/*
	 * Freed before the shutdown, as FPM does: the shutdown resets the request heap that holds it.
	 * (php_fopen_primary_script frees it itself when the script cannot be opened.)
	 */
	if (SG(request_info).path_translated) {
		efree(SG(request_info).path_translated);
		SG(request_info).path_translated = NULL;
	}
	if (started) {
		php_request_shutdown(NULL);
	}
	opcache_lock_close();
	SG(server_context) = NULL;
	request_params = NULL;
	request_params_len = 0;
}

/*
 * Opens a request: its parameters ("NAME\0VALUE\0" pairs, NULL for none) become the request
 * info, OPcache gets its lock file and PHP starts the request. Returns false, with nothing left
 * open, if PHP could not start it. Every request_open that returned true takes a request_end(true).
 */
static bool request_open(const char *params, size_t params_len)
{
	request_params = params;
	request_params_len = params_len;
	const char *content_length = param("CONTENT_LENGTH");
	SG(request_info).request_method = param("REQUEST_METHOD");
	SG(request_info).query_string = (char *) param("QUERY_STRING");
	SG(request_info).request_uri = (char *) param("REQUEST_URI");
	SG(request_info).content_type = param("CONTENT_TYPE");
	SG(request_info).content_length = content_length ? ZEND_ATOL(content_length) : 0;
	const char *script = param("SCRIPT_FILENAME");
	SG(request_info).path_translated = script ? estrdup(script) : NULL; /* PHP may free it (above) */
	SG(request_info).proto_num = 1001;
	SG(sapi_headers).http_response_code = 200;
	SG(server_context) = (void *) 1; /* non-NULL: PHP treats a NULL context as "no request" */
	opcache_lock_open();
	if (php_request_startup() == SUCCESS) {
		return true;
	}
	request_end(false);
	return false;
}

/*
 * Runs one request. params: "NAME\0VALUE\0" pairs (CGI/FastCGI parameters, at least
 * REQUEST_METHOD, REQUEST_URI, SCRIPT_FILENAME). Returns PHP's exit status (0, 255 after
 * a fatal error, the exit() code), or -1 if the request could not start.
 */
EMSCRIPTEN_KEEPALIVE int phasm_handle_request(const char *params, size_t params_len)
{
	if (!request_open(params, params_len)) {
		return -1;
	}
	/* php_request_startup() keeps the previous request's status: each request starts from 0. */
	EG(exit_status) = 0;
	zend_file_handle file_handle;
	zend_stream_init_filename(&file_handle, SG(request_info).path_translated);
	if (php_fopen_primary_script(&file_handle) == FAILURE) {
		/* FPM's answer when the script cannot be opened */
		SG(sapi_headers).http_response_code = 404;
		PUTS("File not found.\n");
	} else {
		php_execute_script(&file_handle);
	}
	zend_destroy_file_handle(&file_handle);
	int status = EG(exit_status);
	request_end(true);
	return status;
}

static bool call_with_path(zval *function, const char *path)
{
	zval arg, result;
	ZVAL_STRING(&arg, path);
	ZVAL_UNDEF(&result);
	bool is_true = call_user_function(CG(function_table), NULL, function, &result, 1, &arg) == SUCCESS
		&& Z_TYPE(result) == IS_TRUE;
	zval_ptr_dtor(&result);
	zval_ptr_dtor(&arg);
	return is_true;
}

/*
 * Compiles scripts into OPcache without running them (opcache_compile_file), in a request of
 * their own, so that the host can snapshot PHP with them cached. paths: "PATH\0" each; cached
 * gets a byte per path, 1 if OPcache holds that script afterwards (not for a parse error, a
 * missing file, one changed in the last opcache.file_update_protection seconds, a full cache).
 * Returns how many it holds; -1 if OPcache is not in use or the request could not start. Why a
 * script failed goes to the log.
 */
EMSCRIPTEN_KEEPALIVE int phasm_precompile(const char *paths, size_t len, char *cached)
{
	if (!opcache_in_use) {
		return -1;
	}
	if (!request_open(NULL, 0)) {
		return -1;
	}
	volatile int count = 0; /* written between setjmp and a possible longjmp (zend_try) */
	zval compile, is_cached;
	ZVAL_STRING(&compile, "opcache_compile_file");
	ZVAL_STRING(&is_cached, "opcache_is_script_cached");
	int i = 0;
	for (const char *p = paths, *end = paths + len; p < end; p += strlen(p) + 1, i++) {
		cached[i] = 0;
		/*
		 * A ParseError, called from outside any PHP code, is logged as a fatal error and bails
		 * out (as from a shutdown function); the compiler is reset by then, so go on with the
		 * next script.
		 */
		zend_try {
			call_with_path(&compile, p);
			if (call_with_path(&is_cached, p)) {
				cached[i] = 1;
				count++;
			}
		} zend_end_try();
	}
	zval_ptr_dtor(&compile);
	zval_ptr_dtor(&is_cached);
	request_end(true);
	return count;
}

/* The php command: argv as the native CLI gets it. Returns the process exit code. */
EMSCRIPTEN_KEEPALIVE int phasm_cli(int argc, char **argv)
{
	return php_cli_main(argc, argv);
}
