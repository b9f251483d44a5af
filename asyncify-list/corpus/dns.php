<?php
// Name resolution of "localhost" (/etc/hosts): gethostbyname, gethostbynamel, and connections
// to a host name (fsockopen, the http:// wrapper), through every call path.
namespace Corpus\Dns;

use RuntimeException;

require __DIR__ . '/lib/paths.php';

$echoPort = (int) explode(':', corpus_env('PHASM_TCP_ECHO'))[1];
$httpPort = (int) parse_url(corpus_env('PHASM_HTTP'), PHP_URL_PORT);

via_all_paths('gethostbyname', fn() => \gethostbyname('localhost'), '127.0.0.1');

via_all_paths('gethostbynamel', fn() => gethostbynamel('localhost'),
    fn($addresses) => is_array($addresses) && in_array('127.0.0.1', $addresses, true));

via_all_paths('fsockopen-name', function () use ($echoPort) {
    $socket = \fsockopen('localhost', $echoPort, $errno, $error, 10);
    if ($socket === false) {
        throw new RuntimeException("fsockopen localhost:$echoPort failed: $error");
    }
    fwrite($socket, "resolved\n");
    $line = fgets($socket);
    fclose($socket);
    return $line;
}, "resolved\n");

via_all_paths('http-name', fn() => file_get_contents("http://localhost:$httpPort/hello"), 'hello');

corpus_done();
