<?php
// MySQL through mysqli (mysqlnd), through every call path: connecting (new mysqli,
// mysqli_real_connect, a persistent connection reused), and on one connection: a query, prepared
// statements (get_result; bind_result + fetch), SELECT SLEEP, an asynchronous query with
// mysqli_poll, multi_query, an unbuffered result, execute_query, a transaction, ping.
namespace Corpus\Mysqli;

use mysqli;
use RuntimeException;

require __DIR__ . '/lib/paths.php';

$host = corpus_env('PHASM_MYSQL_HOST');
$port = (int) corpus_env('PHASM_MYSQL_PORT');
$user = corpus_env('PHASM_MYSQL_USER');
$password = corpus_env('PHASM_MYSQL_PASSWORD');
$database = corpus_env('PHASM_MYSQL_DB');

mysqli_report(MYSQLI_REPORT_ERROR | MYSQLI_REPORT_STRICT); // failures throw mysqli_sql_exception

$db = new mysqli($host, $user, $password, $database, $port);
$db->query('CREATE TEMPORARY TABLE mysqli_corpus (id INT AUTO_INCREMENT PRIMARY KEY, v VARCHAR(20)) ENGINE=InnoDB');

via_all_paths('connect', function () use ($host, $user, $password, $database, $port) {
    $connection = new mysqli($host, $user, $password, $database, $port);
    $value = $connection->query('SELECT 1')->fetch_row()[0];
    $connection->close();
    return $value;
}, '1');

via_all_paths('real_connect', function () use ($host, $user, $password, $database, $port) {
    $connection = mysqli_init();
    mysqli_options($connection, MYSQLI_OPT_CONNECT_TIMEOUT, 10);
    mysqli_real_connect($connection, $host, $user, $password, $database, $port);
    $value = mysqli_query($connection, 'SELECT 2')->fetch_row()[0];
    mysqli_close($connection);
    return $value;
}, '2');

via_all_paths('persistent', function () use ($host, $user, $password, $database, $port) {
    $connection = new mysqli("p:$host", $user, $password, $database, $port); // reused: change_user
    $value = $connection->query('SELECT 3')->fetch_row()[0];
    $connection->close();
    return $value;
}, '3');

via_all_paths('query', fn() => $db->query('SELECT 40 + 2')->fetch_row()[0], '42');

via_all_paths('prepare-get_result', function () use ($db) {
    $statement = $db->prepare('SELECT ? + 1');
    $number = 41;
    $statement->bind_param('i', $number);
    $statement->execute();
    $value = $statement->get_result()->fetch_row()[0];
    $statement->close();
    return $value;
}, 42);

via_all_paths('prepare-bind_result', function () use ($db) {
    $statement = $db->prepare('SELECT CONCAT(?, ?)');
    $a = 'bound';
    $b = '-result';
    $statement->bind_param('ss', $a, $b);
    $statement->execute();
    $statement->bind_result($value);
    $statement->fetch();
    $statement->close();
    return $value;
}, 'bound-result');

via_all_paths('sleep', fn() => $db->query('SELECT SLEEP(0.02)')->fetch_row()[0], '0');

via_all_paths('async-poll', function () use ($db) {
    $db->query('SELECT 7', MYSQLI_ASYNC);
    do {
        $read = $errors = $rejected = [$db];
        $ready = \mysqli_poll($read, $errors, $rejected, 10);
    } while ($ready === 0);
    if ($ready !== 1) {
        throw new RuntimeException('mysqli_poll returned ' . corpus_describe($ready));
    }
    return $db->reap_async_query()->fetch_row()[0];
}, '7');

via_all_paths('multi_query', function () use ($db) {
    $db->multi_query('SELECT 1; SELECT 2');
    $values = [];
    do {
        $result = $db->store_result();
        $values[] = $result->fetch_row()[0];
        $result->free();
    } while ($db->more_results() && $db->next_result());
    return $values;
}, ['1', '2']);

via_all_paths('unbuffered', function () use ($db) {
    $db->real_query('SELECT 5 UNION ALL SELECT 6');
    $result = $db->use_result(); // rows are read while fetching
    $values = [];
    while ($row = $result->fetch_row()) {
        $values[] = $row[0];
    }
    $result->free();
    return $values;
}, ['5', '6']);

via_all_paths('execute_query', fn() => $db->execute_query('SELECT ?', ['executed'])->fetch_row()[0], 'executed');

via_all_paths('transaction', function () use ($db) {
    $db->begin_transaction();
    $db->query("INSERT INTO mysqli_corpus (v) VALUES ('row')");
    $id = $db->insert_id;
    $db->commit();
    return $db->query("SELECT v FROM mysqli_corpus WHERE id = $id")->fetch_row()[0];
}, 'row');

via_all_paths('ping', fn() => \mysqli_ping($db), true);

corpus_done();
