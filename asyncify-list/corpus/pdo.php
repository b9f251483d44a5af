<?php
// MySQL through PDO (pdo_mysql on mysqlnd), through every call path: connecting (new PDO, a
// persistent connection reused), and on connections opened once: query, prepare + execute
// (emulated and server-side), exec of DO SLEEP, a transaction committed and one rolled back, an
// unbuffered query.
namespace Corpus\Pdo;

use PDO;

require __DIR__ . '/lib/paths.php';

$dsn = sprintf('mysql:host=%s;port=%d;dbname=%s', corpus_env('PHASM_MYSQL_HOST'),
    (int) corpus_env('PHASM_MYSQL_PORT'), corpus_env('PHASM_MYSQL_DB'));
$user = corpus_env('PHASM_MYSQL_USER');
$password = corpus_env('PHASM_MYSQL_PASSWORD');
$options = [PDO::ATTR_ERRMODE => PDO::ERRMODE_EXCEPTION];

$pdo = new PDO($dsn, $user, $password, $options); // emulated prepares (pdo_mysql's default)
$pdo->exec('CREATE TEMPORARY TABLE pdo_corpus (id INT AUTO_INCREMENT PRIMARY KEY, v VARCHAR(20)) ENGINE=InnoDB');
$native = new PDO($dsn, $user, $password, $options + [PDO::ATTR_EMULATE_PREPARES => false]);
$unbuffered = new PDO($dsn, $user, $password, $options + [PDO::MYSQL_ATTR_USE_BUFFERED_QUERY => false]);

via_all_paths('connect', function () use ($dsn, $user, $password, $options) {
    $connection = new PDO($dsn, $user, $password, $options);
    return $connection->query('SELECT 1')->fetchColumn();
}, 1);

via_all_paths('persistent', function () use ($dsn, $user, $password, $options) {
    $connection = new PDO($dsn, $user, $password, $options + [PDO::ATTR_PERSISTENT => true]); // reused: liveness check
    return $connection->query('SELECT 2')->fetchColumn();
}, 2);

via_all_paths('query', fn() => $pdo->query('SELECT 40 + 2')->fetchColumn(), 42);

via_all_paths('prepare-emulated', function () use ($pdo) {
    $statement = $pdo->prepare('SELECT ? + 1');
    $statement->bindValue(1, 41, PDO::PARAM_INT);
    $statement->execute();
    return $statement->fetchColumn();
}, 42);

via_all_paths('prepare-server-side', function () use ($native) {
    $statement = $native->prepare('SELECT CONCAT(?, ?)');
    $statement->execute(['server', '-side']);
    return $statement->fetchColumn();
}, 'server-side');

via_all_paths('exec-sleep', fn() => $pdo->exec('DO SLEEP(0.02)'), 0);

via_all_paths('transaction', function () use ($pdo) {
    $pdo->beginTransaction();
    $pdo->prepare('INSERT INTO pdo_corpus (v) VALUES (?)')->execute(['row']);
    $id = (int) $pdo->lastInsertId();
    $pdo->commit();
    return $pdo->query("SELECT v FROM pdo_corpus WHERE id = $id")->fetchColumn();
}, 'row');

via_all_paths('rollback', function () use ($pdo) {
    $pdo->beginTransaction();
    $pdo->prepare('INSERT INTO pdo_corpus (v) VALUES (?)')->execute(['undone']);
    $pdo->rollBack();
    return $pdo->query("SELECT COUNT(*) FROM pdo_corpus WHERE v = 'undone'")->fetchColumn();
}, 0);

via_all_paths('unbuffered', function () use ($unbuffered) {
    $statement = $unbuffered->query('SELECT 5 UNION ALL SELECT 6'); // rows are read while fetching
    $values = $statement->fetchAll(PDO::FETCH_COLUMN);
    $statement->closeCursor();
    return $values;
}, [5, 6]);

corpus_done();
