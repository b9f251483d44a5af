<?php
// SQLite waiting for a lock another connection holds: the busy handler sleeps (unixSleep, an async
// import) and retries until its timeout. Two connections in one process see each other's locks
// through SQLite's own table of open files. This SQLite is built without usleep, so its busy
// handler sleeps whole seconds and only when the timeout allows one: each op waits 1 s, which
// is why they run once each, on the plain path (the call paths above them are the other
// scripts' business). Waits while preparing (reading the schema) and while stepping (writing)
// are both reached; a wait inside sqlite3VdbeExec, which runs in Chicory's interpreter, always
// takes the blocking fallback.
namespace Corpus\Sqlite;

use PDO;
use SQLite3;

require __DIR__ . '/lib/paths.php';

$file = sys_get_temp_dir() . '/corpus-sqlite-' . getmypid() . '.db';
@unlink($file);
$holder = new PDO("sqlite:$file", null, null, [PDO::ATTR_ERRMODE => PDO::ERRMODE_EXCEPTION]);
$holder->exec('CREATE TABLE t (v TEXT)');
$waiter = new PDO("sqlite:$file", null, null, [PDO::ATTR_ERRMODE => PDO::ERRMODE_EXCEPTION, PDO::ATTR_TIMEOUT => 1]);
$waiter3 = new SQLite3($file);
$waiter3->enableExceptions(true);

/** Runs $write on the waiting connection while the holder keeps an exclusive lock: it must fail as locked. */
function locked(PDO $holder, callable $write): string
{
    $holder->exec('BEGIN EXCLUSIVE');
    try {
        $write();
        return 'not locked';
    } catch (\Throwable $e) {
        return str_contains($e->getMessage(), 'locked') ? 'locked' : $e->getMessage();
    } finally {
        $holder->exec('COMMIT');
    }
}

// A busy timeout of 1.5 s: the handler sleeps once (1 s), then gives up.
$waiter->exec('PRAGMA busy_timeout = 1500');
$waiter3->busyTimeout(1500);

$ops = [
    'pdo-exec' => fn() => $waiter->exec("INSERT INTO t VALUES ('x')"),
    'pdo-prepare' => fn() => $waiter->prepare('SELECT v FROM t')->execute(),
    'sqlite3-exec' => fn() => $waiter3->exec("INSERT INTO t VALUES ('y')"),
    'sqlite3-query' => fn() => $waiter3->query('SELECT v FROM t')->fetchArray(),
];
foreach ($ops as $label => $op) {
    $result = locked($holder, $op);
    check("$label/plain", $result === 'locked', "expected 'locked', got " . var_export($result, true));
}

register_shutdown_function(fn() => @unlink($file));
corpus_done();
