<?php
// Raw TCP against the line echo server, through every call path: connects (fsockopen,
// stream_socket_client, an asynchronous connect finished with stream_select) and reads and
// writes on connections opened once (fgets, fread, stream_get_contents, stream_select on two
// sockets, a non-blocking write/read loop, stream_socket_recvfrom, a read that times out).
namespace Corpus\Tcp;

use RuntimeException;

require __DIR__ . '/lib/paths.php';

$echo = corpus_env('PHASM_TCP_ECHO');
[$host, $port] = explode(':', $echo);

/** @return resource */
function connect(string $echo, int $flags = STREAM_CLIENT_CONNECT)
{
    $socket = stream_socket_client("tcp://$echo", $errno, $error, 10, $flags);
    if ($socket === false) {
        throw new RuntimeException("connect to $echo failed: $error");
    }
    return $socket;
}

/** Reads until $length bytes arrived (fread returns what is there). */
function read_exactly($socket, int $length): string
{
    $data = '';
    while (strlen($data) < $length) {
        $chunk = \fread($socket, $length - strlen($data));
        if ($chunk === false || ($chunk === '' && feof($socket))) {
            throw new RuntimeException('connection ended after ' . strlen($data) . " of $length bytes");
        }
        $data .= $chunk;
    }
    return $data;
}

/** Waits with stream_select until $socket is readable; false after 10 s. */
function wait_readable($socket): bool
{
    $read = [$socket];
    $write = $except = null;
    return stream_select($read, $write, $except, 10) === 1;
}

// connections opened once, used by the ops below
$lines = connect($echo);
$contents = connect($echo);
$left = connect($echo);
$right = connect($echo);
$nonBlocking = connect($echo);
stream_set_blocking($nonBlocking, false);
$datagrams = connect($echo);
$silent = connect($echo);

via_all_paths('fsockopen-fgets', function () use ($host, $port) {
    $socket = \fsockopen($host, (int) $port, $errno, $error, 10);
    if ($socket === false) {
        throw new RuntimeException("fsockopen failed: $error");
    }
    fwrite($socket, "fsockopen\n");
    $line = fgets($socket);
    fclose($socket);
    return $line;
}, "fsockopen\n");

via_all_paths('stream_socket_client-fread', function () use ($echo) {
    $socket = connect($echo);
    \fwrite($socket, "client\n");
    $data = read_exactly($socket, 7);
    fclose($socket);
    return $data;
}, "client\n");

via_all_paths('async-connect', function () use ($echo) {
    $socket = connect($echo, STREAM_CLIENT_CONNECT | STREAM_CLIENT_ASYNC_CONNECT);
    $read = $except = null;
    $write = [$socket];
    if (stream_select($read, $write, $except, 10) !== 1) {
        throw new RuntimeException('the asynchronous connect did not complete');
    }
    fwrite($socket, "async\n");
    $line = \fgets($socket);
    fclose($socket);
    return $line;
}, "async\n");

via_all_paths('fgets-feof', function () use ($lines) {
    fwrite($lines, "line\n");
    return [fgets($lines), \feof($lines)];
}, ["line\n", false]);

via_all_paths('stream_get_contents', function () use ($contents) {
    fwrite($contents, "contents\n");
    return stream_get_contents($contents, 9);
}, "contents\n");

via_all_paths('stream_select-two', function () use ($left, $right) {
    fwrite($left, "left\n");
    fwrite($right, "right\n");
    $got = [];
    $waiting = ['left' => $left, 'right' => $right];
    while ($waiting !== []) {
        $read = array_values($waiting);
        $write = $except = null;
        if (\stream_select($read, $write, $except, 10) < 1) {
            throw new RuntimeException('stream_select timed out waiting for ' . implode(', ', array_keys($waiting)));
        }
        foreach ($waiting as $name => $socket) {
            if (in_array($socket, $read, true)) {
                $got[$name] = fgets($socket);
                unset($waiting[$name]);
            }
        }
    }
    ksort($got);
    return $got;
}, ['left' => "left\n", 'right' => "right\n"]);

via_all_paths('non-blocking', function () use ($nonBlocking) {
    $out = "non-blocking\n";
    while ($out !== '') {
        $written = fwrite($nonBlocking, $out);
        if ($written === false) {
            throw new RuntimeException('fwrite failed');
        }
        $out = substr($out, $written);
    }
    $in = '';
    while (!str_ends_with($in, "\n")) {
        if (!wait_readable($nonBlocking)) {
            throw new RuntimeException('nothing to read after 10 s');
        }
        $in .= fread($nonBlocking, 8192);
    }
    return $in;
}, "non-blocking\n");

via_all_paths('recvfrom', function () use ($datagrams) {
    if (stream_socket_sendto($datagrams, "recvfrom\n") !== 9) {
        throw new RuntimeException('stream_socket_sendto failed');
    }
    $in = '';
    while (!str_ends_with($in, "\n")) {
        $chunk = \stream_socket_recvfrom($datagrams, 100);
        if ($chunk === false || $chunk === '') {
            throw new RuntimeException('stream_socket_recvfrom returned ' . corpus_describe($chunk));
        }
        $in .= $chunk;
    }
    return $in;
}, "recvfrom\n");

via_all_paths('read-timeout', function () use ($silent) {
    stream_set_timeout($silent, 0, 10_000);
    $data = fread($silent, 10); // PHP 8.2: false once the timeout passed
    return [$data, stream_get_meta_data($silent)['timed_out']];
}, [false, true]);

corpus_done();
