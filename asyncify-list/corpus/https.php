<?php
// HTTPS (OpenSSL inside PHP, the harness's CA through openssl.cafile): the https:// wrapper
// (file_get_contents, fopen + fread, copy, a POST), a tls:// socket, and a tcp:// socket switched
// to TLS with stream_socket_enable_crypto, through every call path.
namespace Corpus\Https;

use RuntimeException;

require __DIR__ . '/lib/paths.php';

$base = corpus_env('PHASM_HTTPS');
$authority = parse_url($base, PHP_URL_HOST) . ':' . parse_url($base, PHP_URL_PORT);

/** Sends a GET over a raw (TLS) socket and returns the response body (Content-Length bytes). */
function get_over_socket($socket, string $authority, string $path): string
{
    fwrite($socket, "GET $path HTTP/1.0\r\nHost: $authority\r\nConnection: close\r\n\r\n");
    $length = null;
    while (($line = \fgets($socket)) !== false && rtrim($line) !== '') {
        if (preg_match('/^Content-Length:\s*(\d+)/i', $line, $match)) {
            $length = (int) $match[1];
        }
    }
    if ($length === null) {
        throw new RuntimeException('no Content-Length in the response');
    }
    $body = '';
    while (strlen($body) < $length && !feof($socket)) {
        $body .= \fread($socket, $length - strlen($body));
    }
    fclose($socket);
    return $body;
}

via_all_paths('file_get_contents', fn() => \file_get_contents("$base/hello"), 'hello');

via_all_paths('fopen-fread', function () use ($base) {
    $stream = fopen("$base/slow?ms=20", 'r');
    if ($stream === false) {
        throw new RuntimeException('fopen failed');
    }
    $body = '';
    while (!feof($stream)) {
        $body .= \fread($stream, 8192);
    }
    fclose($stream);
    return $body;
}, 'slow');

$copies = 0;
via_all_paths('copy', function () use ($base, &$copies) {
    $target = '/tmp/corpus-https-copy-' . getmypid() . '-' . ++$copies;
    if (!\copy("$base/bytes?n=5000", $target)) {
        throw new RuntimeException('copy failed');
    }
    $size = strlen(file_get_contents($target));
    unlink($target);
    return $size;
}, 5000);

via_all_paths('post', fn() => file_get_contents("$base/echo", false, stream_context_create(['http' => [
    'method' => 'POST',
    'header' => "Content-Type: text/plain\r\n",
    'content' => 'posted over tls',
]])), 'posted over tls');

via_all_paths('tls-socket', function () use ($authority) {
    $socket = \stream_socket_client("tls://$authority", $errno, $error, 10);
    if ($socket === false) {
        throw new RuntimeException("tls:// connect failed: $error");
    }
    return get_over_socket($socket, $authority, '/hello');
}, 'hello');

via_all_paths('enable-crypto', function () use ($authority) {
    $context = stream_context_create(['ssl' => ['peer_name' => parse_url("tcp://$authority", PHP_URL_HOST)]]);
    $socket = stream_socket_client("tcp://$authority", $errno, $error, 10, STREAM_CLIENT_CONNECT, $context);
    if ($socket === false) {
        throw new RuntimeException("tcp:// connect failed: $error");
    }
    if (\stream_socket_enable_crypto($socket, true, STREAM_CRYPTO_METHOD_TLS_CLIENT) !== true) {
        throw new RuntimeException('stream_socket_enable_crypto failed');
    }
    return get_over_socket($socket, $authority, '/hello');
}, 'hello');

corpus_done();
