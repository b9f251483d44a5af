package io.phasm.wasm.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.phasm.network.NetworkBridge;
import io.phasm.network.policy.NetworkPolicy;
import io.phasm.network.policy.Rule;
import io.phasm.wasm.PhpRun;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A real MariaDB on loopback, reached from PHP through mysqli and PDO over the network bridge. */
class MariaDbTest {
    @TempDir
    static Path dir;
    static MariaDb db;
    static NetworkBridge bridge;

    @BeforeAll
    static void start() throws Exception {
        db = MariaDb.start(dir);
        bridge = new NetworkBridge(new NetworkPolicy(List.of(), List.of(Rule.allow("127.0.0.1:" + db.port))), List.of(), m -> {});
    }

    @AfterAll
    static void stop() throws Exception {
        bridge.close();
        db.close();
    }

    private static PhpRun.Result php(String code) {
        return PhpRun.php().network(bridge).code(code.replace("{port}", Integer.toString(db.port)));
    }

    @Test
    void mysqliCreatesWritesAndReads() {
        PhpRun.Result r = php("""
                mysqli_report(MYSQLI_REPORT_ERROR | MYSQLI_REPORT_STRICT);
                $db = new mysqli('127.0.0.1', 'phasm', 'secret', 'phasm', {port});
                $db->query('CREATE TABLE IF NOT EXISTS notes (id INT AUTO_INCREMENT PRIMARY KEY, body MEDIUMTEXT)');
                $insert = $db->prepare('INSERT INTO notes (body) VALUES (?)');
                foreach (['first', str_repeat('x', 100000), 'ünïcödé'] as $body) { $insert->bind_param('s', $body); $insert->execute(); }
                $rows = $db->query('SELECT body FROM notes ORDER BY id')->fetch_all();
                echo count($rows), ' ', $rows[0][0], ' ', strlen($rows[1][0]), ' ', $rows[2][0], ' ', $db->server_info !== '' ? 'ok' : '';
                """);
        assertEquals("3 first 100000 ünïcödé ok", r.stdout(), r::toString);
    }

    @Test
    void pdoMysqlWithTransactions() {
        PhpRun.Result r = php("""
                $pdo = new PDO('mysql:host=127.0.0.1;port={port};dbname=phasm;charset=utf8mb4', 'phasm', 'secret',
                    [PDO::ATTR_ERRMODE => PDO::ERRMODE_EXCEPTION]);
                $pdo->exec('CREATE TABLE IF NOT EXISTS accounts (name VARCHAR(20) PRIMARY KEY, balance INT)');
                $pdo->exec("REPLACE INTO accounts VALUES ('a', 100), ('b', 0)");
                $pdo->beginTransaction();
                $pdo->exec("UPDATE accounts SET balance = balance - 30 WHERE name = 'a'");
                $pdo->rollBack();
                $pdo->beginTransaction();
                $move = $pdo->prepare('UPDATE accounts SET balance = balance + ? WHERE name = ?');
                $move->execute([-40, 'a']); $move->execute([40, 'b']);
                $pdo->commit();
                echo json_encode($pdo->query('SELECT name, balance FROM accounts ORDER BY name')->fetchAll(PDO::FETCH_KEY_PAIR));
                """);
        assertEquals("{\"a\":60,\"b\":40}", r.stdout(), r::toString);
    }

    @Test
    void wrongCredentialsGiveMysqlsOwnError() {
        PhpRun.Result r = php("""
                try { new PDO('mysql:host=127.0.0.1;port={port};dbname=phasm', 'phasm', 'wrong'); }
                catch (PDOException $e) { echo $e->getCode(), ' ', str_contains($e->getMessage(), 'Access denied') ? 'denied' : $e->getMessage(); }
                """);
        assertEquals("1045 denied", r.stdout(), r::toString);
    }

    @Test
    void queriesSuspendInsteadOfHoldingTheThread() {
        PhpRun.Result r = php("""
                $db = new mysqli('127.0.0.1', 'phasm', 'secret', 'phasm', {port});
                echo $db->query('SELECT SLEEP(0.3) AS s')->fetch_assoc()['s'];
                """);
        assertEquals("0", r.stdout(), r::toString);
        assertTrue(r.suspensions() > 0);
        assertEquals(0, r.fallbacks(), "every wait could unwind");
    }
}
