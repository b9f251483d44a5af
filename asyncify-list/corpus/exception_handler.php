<?php
// The uncaught-exception handler: PHP calls it after the script threw, as the script's last act,
// so it gets a script of its own. It waits on each kind of import once: sleep, an HTTP read, a
// TCP round trip, a MySQL query; then reports (corpus_done) and exits 0, as a handled end.
namespace Corpus\ExceptionHandler;

require __DIR__ . '/lib/paths.php';

set_exception_handler(function (\Throwable $thrown) {
    check('handler/thrown', $thrown->getMessage() === 'to the handler', $thrown->getMessage());
    $t = microtime(true);
    usleep(5000);
    check('handler/sleep', microtime(true) - $t >= 0.004, 'usleep(5000) returned early');
    check('handler/http', file_get_contents(corpus_env('PHASM_HTTP') . '/slow?ms=20') === 'slow');
    [$host, $port] = explode(':', corpus_env('PHASM_TCP_ECHO'));
    $socket = fsockopen($host, (int) $port, $errno, $errstr, 5);
    fwrite($socket, "echo\n");
    check('handler/tcp', fgets($socket) === "echo\n", $errstr);
    fclose($socket);
    $db = new \mysqli(corpus_env('PHASM_MYSQL_HOST'), corpus_env('PHASM_MYSQL_USER'), corpus_env('PHASM_MYSQL_PASSWORD'),
        corpus_env('PHASM_MYSQL_DB'), (int) corpus_env('PHASM_MYSQL_PORT'));
    check('handler/mysqli', $db->query('SELECT SLEEP(0.01), 7')->fetch_row()[1] == 7);
    corpus_done();
    exit(0); // handled: without it PHP ends an uncaught exception with status 255
});

throw new \RuntimeException('to the handler');
