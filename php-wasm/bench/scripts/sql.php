<?php
// SQL-heavy: what a CMS on SQLite does per page, many times over — prepared inserts in a
// transaction, indexed lookups, a LIKE scan with aggregates — on an in-memory database.
$start = microtime(true);
$db = new PDO('sqlite::memory:');
$db->exec('CREATE TABLE posts (id INTEGER PRIMARY KEY, title TEXT, body TEXT, views INTEGER)');
$db->exec('CREATE INDEX posts_views ON posts(views)');
$insert = $db->prepare('INSERT INTO posts (title, body, views) VALUES (?, ?, ?)');
$db->beginTransaction();
for ($i = 0; $i < 10000; $i++) {
    $insert->execute(["title $i", str_repeat('body ', 20), $i % 997]);
}
$db->commit();
$select = $db->prepare('SELECT id, title FROM posts WHERE views = ? ORDER BY id LIMIT 5');
$n = 0;
for ($i = 0; $i < 10000; $i++) {
    $select->execute([$i % 997]);
    $n += count($select->fetchAll());
}
for ($i = 0; $i < 100; $i++) {
    $n += (int) $db->query("SELECT count(*), sum(views) FROM posts WHERE title LIKE '%1%'")->fetchColumn();
}
printf("checksum=%d\ntime=%.3f\n", $n, microtime(true) - $start);
