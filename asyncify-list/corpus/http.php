<?php
// HTTP through PHP's http:// wrapper: file_get_contents, fopen + fgets/fread, stream_get_contents,
// copy, a POST, file(), get_headers, through every call path. Each request is a new connection.
namespace Corpus\Http;

use RuntimeException;

require __DIR__ . '/lib/paths.php';

$base = corpus_env('PHASM_HTTP');

/** @return resource */
function open(string $url)
{
    $stream = \fopen($url, 'r');
    if ($stream === false) {
        throw new RuntimeException("fopen $url failed");
    }
    return $stream;
}

via_all_paths('file_get_contents', fn() => \file_get_contents("$base/hello"), 'hello');

via_all_paths('fopen-fgets-fread', function () use ($base) {
    $stream = open("$base/slow?ms=20");
    $body = fgets($stream, 3); // 2 bytes
    while (!feof($stream)) {
        $body .= fread($stream, 8192);
    }
    fclose($stream);
    return $body;
}, 'slow');

via_all_paths('stream_get_contents', function () use ($base) {
    $stream = open("$base/bytes?n=20000");
    $body = \stream_get_contents($stream);
    fclose($stream);
    return strlen($body);
}, 20000);

$copies = 0;
via_all_paths('copy', function () use ($base, &$copies) {
    $target = '/tmp/corpus-http-copy-' . getmypid() . '-' . ++$copies;
    if (!copy("$base/bytes?n=5000", $target)) {
        throw new RuntimeException('copy failed');
    }
    $size = strlen(file_get_contents($target));
    unlink($target);
    return $size;
}, 5000);

via_all_paths('post', fn() => file_get_contents("$base/echo", false, stream_context_create(['http' => [
    'method' => 'POST',
    'header' => "Content-Type: text/plain\r\n",
    'content' => 'posted body',
]])), 'posted body');

via_all_paths('file', fn() => \file("$base/hello", FILE_IGNORE_NEW_LINES), ['hello']);

via_all_paths('get_headers', fn() => get_headers("$base/hello")[0] ?? null,
    fn($status) => is_string($status) && preg_match('~^HTTP/1\.[01] 200\b~', $status) === 1);

corpus_done();
