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

static int phasm_sapi_startup(sapi_module_struct *module)
{
	return php_module_startup(module, NULL);
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
		"max_execution_time=30\n";
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

static void set_request_info(void)
{
	const char *content_length = param("CONTENT_LENGTH");
	SG(request_info).request_method = param("REQUEST_METHOD");
	SG(request_info).query_string = (char *) param("QUERY_STRING");
	SG(request_info).request_uri = (char *) param("REQUEST_URI");
	SG(request_info).content_type = param("CONTENT_TYPE");
	SG(request_info).content_length = content_length ? ZEND_ATOL(content_length) : 0;
	const char *script = param("SCRIPT_FILENAME");
	SG(request_info).path_translated = script ? estrdup(script) : NULL;
	SG(request_info).proto_num = 1001;
	SG(sapi_headers).http_response_code = 200;
	SG(server_context) = (void *) 1; /* non-NULL: PHP treats a NULL context as "no request" */
}

/*
 * Runs one request. params: "NAME\0VALUE\0" pairs (CGI/FastCGI parameters, at least
 * REQUEST_METHOD, REQUEST_URI, SCRIPT_FILENAME). Returns PHP's exit status (0, 255 after
 * a fatal error, the exit() code), or -1 if the request could not start.
 */
EMSCRIPTEN_KEEPALIVE int phasm_handle_request(const char *params, size_t params_len)
{
	request_params = params;
	request_params_len = params_len;
	set_request_info();

	if (php_request_startup() == FAILURE) {
		request_params = NULL;
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
	php_request_shutdown(NULL);
	if (SG(request_info).path_translated) {
		efree(SG(request_info).path_translated);
		SG(request_info).path_translated = NULL;
	}
	SG(server_context) = NULL;
	request_params = NULL;
	return status;
}

/* The php command: argv as the native CLI gets it. Returns the process exit code. */
EMSCRIPTEN_KEEPALIVE int phasm_cli(int argc, char **argv)
{
	return php_cli_main(argc, argv);
}
