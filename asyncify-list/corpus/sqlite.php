<?php
// SQLite waiting for a lock another connection holds: the busy handler sleeps (usleep, an async
// import) between retries until its timeout. Two connections in one process see each other's
// locks through SQLite's own table of open files. The waits happen in three places, each its own
// C stack: preparing a statement (the schema must be read), stepping one prepared before the lock
// was taken (sqlite3VdbeExec starting its transaction), and committing while another connection
// still reads (sqlite3VdbeHalt waiting for the exclusive lock) — the last two are what WordPress
// hits when two requests write at once, and they take the runtime's blocking fallback:
// sqlite3VdbeExec is on their stack and stays uninstrumented (lists/excluded.txt says why). Each
// op runs once, on the plain path (the call paths above them are the other scripts' business).
namespace Corpus\Sqlite;

use PDO;
use SQLite3;

require __DIR__ . '/lib/paths.php';

$file = sys_get_temp_dir() . '/corpus-sqlite-' . getmypid() . '.db';
@unlink($file);
$holder = new PDO("sqlite:$file", null, null, [PDO::ATTR_ERRMODE => PDO::ERRMODE_EXCEPTION]);
$holder->exec('CREATE TABLE t (v TEXT)');
$waiter = new PDO("sqlite:$file", null, null, [PDO::ATTR_ERRMODE => PDO::ERRMODE_EXCEPTION]);
$waiter3 = new SQLite3($file);
$waiter3->enableExceptions(true);

/**
 * Runs $write on a waiting connection while the holder keeps a lock ($begin: 'BEGIN EXCLUSIVE',
 * or 'BEGIN' and a read, which keeps a shared lock): it must fail as locked.
 */
function locked(PDO $holder, string $begin, callable $write): string
{
    $holder->exec($begin);
    if ($begin === 'BEGIN') {
        $holder->query('SELECT count(*) FROM t')->fetchAll();
    }
    try {
        $write();
        return 'not locked';
    } catch (\Throwable $e) {
        return str_contains($e->getMessage(), 'locked') ? 'locked' : $e->getMessage();
    } finally {
        $holder->exec('COMMIT');
    }
}

// The busy handler sleeps 1, 2, 5, 10, 15, 20, 25 ms ... until the timeout: several waits per op.
$waiter->exec('PRAGMA busy_timeout = 100');
$waiter3->busyTimeout(100);

$run = function (array $ops) use ($holder) {
    foreach ($ops as $label => [$begin, $op]) {
        $result = locked($holder, $begin, $op);
        check("$label/plain", $result === 'locked', "expected 'locked', got " . var_export($result, true));
    }
};
// Until a statement of theirs succeeds, the waiters have not read the schema: they wait preparing.
$run([
    'pdo-exec' => ['BEGIN EXCLUSIVE', fn() => $waiter->exec("INSERT INTO t VALUES ('x')")],
    'pdo-prepare' => ['BEGIN EXCLUSIVE', fn() => $waiter->prepare('SELECT v FROM t')->execute()],
    'sqlite3-exec' => ['BEGIN EXCLUSIVE', fn() => $waiter3->exec("INSERT INTO t VALUES ('y')")],
    'sqlite3-query' => ['BEGIN EXCLUSIVE', fn() => $waiter3->query('SELECT v FROM t')->fetchArray()],
]);
// Prepared now (reading the schema), stepped once the holder has its lock: they wait stepping.
$insert = $waiter->prepare("INSERT INTO t VALUES ('p')");
$insert3 = $waiter3->prepare("INSERT INTO t VALUES ('q')");
$run([
    'pdo-prepared-step' => ['BEGIN EXCLUSIVE', function () use ($insert) {
        try {
            return $insert->execute();
        } finally {
            $insert->closeCursor(); // a statement left mid-step would keep its lock
        }
    }],
    'pdo-commit' => ['BEGIN', fn() => $waiter->exec("INSERT INTO t VALUES ('c')")],
    'sqlite3-prepared-step' => ['BEGIN EXCLUSIVE', function () use ($insert3) {
        try {
            return $insert3->execute();
        } finally {
            $insert3->reset();
        }
    }],
    'sqlite3-commit' => ['BEGIN', fn() => $waiter3->exec("INSERT INTO t VALUES ('d')")],
]);
// None of the writes got through.
check('rows/plain', $holder->query('SELECT count(*) FROM t')->fetchColumn() === 0, 'a locked write was stored');

register_shutdown_function(fn() => @unlink($file));
corpus_done();
