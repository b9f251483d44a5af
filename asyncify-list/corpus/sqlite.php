<?php
// SQLite waiting for a lock another connection holds, through every call path: the busy handler
// sleeps (unixSleep -> usleep, an async import) and retries until its timeout. Two connections
// in one process see each other's locks through SQLite's own table of open files. Waits while
// preparing (reading the schema) and while stepping (writing) are both reached; a wait inside
// sqlite3VdbeExec, which runs in Chicory's interpreter, always takes the blocking fallback.
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

// A busy timeout of 3 ms: the handler sleeps once or twice (1 ms, 2 ms), then gives up.
$waiter->exec('PRAGMA busy_timeout = 3');
$waiter3->busyTimeout(3);

via_all_paths('pdo-exec', fn() => locked($holder, fn() => $waiter->exec("INSERT INTO t VALUES ('x')")), 'locked');
via_all_paths('pdo-prepare', fn() => locked($holder, fn() => $waiter->prepare('SELECT v FROM t')->execute()), 'locked');
via_all_paths('sqlite3-exec', fn() => locked($holder, fn() => $waiter3->exec("INSERT INTO t VALUES ('y')")), 'locked');
via_all_paths('sqlite3-query', fn() => locked($holder, fn() => $waiter3->query('SELECT v FROM t')->fetchArray()), 'locked');

register_shutdown_function(fn() => @unlink($file));
corpus_done();
