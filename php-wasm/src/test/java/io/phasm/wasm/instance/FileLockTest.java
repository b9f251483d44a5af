package io.phasm.wasm.instance;

import static io.phasm.wasm.PhpRun.php;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.phasm.wasm.PhpRun.Result;
import io.phasm.wasm.fd.FileLocks;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** flock() excludes other instances that share the lock table, as processes exclude each other. */
class FileLockTest {

    @Test
    void flockExcludesAnotherInstanceUntilReleased(@TempDir Path dir) throws Exception {
        FileLocks shared = new FileLocks();
        CompletableFuture<Result> holder = CompletableFuture.supplyAsync(() -> php().in(dir).locks(shared).code("""
                $f = fopen('app.lock', 'c');
                flock($f, LOCK_EX);
                touch('holding');
                sleep(1);
                flock($f, LOCK_UN);
                echo 'released';
                """));
        Result waiter = php().in(dir).locks(shared).code("""
                while (!file_exists('holding')) { usleep(20000); }
                $f = fopen('app.lock', 'c');
                echo flock($f, LOCK_EX | LOCK_NB, $wouldBlock) ? 'got it' : 'busy', $wouldBlock ? ' (would block)' : '';
                $t = microtime(true);
                flock($f, LOCK_EX);
                printf(' then waited %.1f s', microtime(true) - $t);
                """);
        assertEquals("released", holder.get().stdout());
        assertTrue(waiter.stdout().startsWith("busy (would block) then waited "), waiter.stdout());
        double waited = Double.parseDouble(waiter.stdout().replaceAll(".* waited ([0-9.]+) s", "$1"));
        assertTrue(waited >= 0.3, waiter.stdout());
    }

    @Test
    void separateOpensConflictAndClosingReleases(@TempDir Path dir) {
        // Within one instance: each fopen() is its own open file description, as on Linux.
        Result r = php().in(dir).code("""
                $a = fopen('x.lock', 'c'); flock($a, LOCK_EX);
                $b = fopen('x.lock', 'c'); echo flock($b, LOCK_EX | LOCK_NB) ? 'free' : 'held', ' ';
                fclose($a);
                echo flock($b, LOCK_EX | LOCK_NB) ? 'free' : 'held';
                """);
        assertEquals("held free", r.stdout());
    }

    @Test
    void sqliteWritersInTwoInstancesExcludeEachOther(@TempDir Path dir) throws Exception {
        // SQLite locks with fcntl record locks: a writer in one instance makes the other see "locked".
        FileLocks shared = new FileLocks();
        CompletableFuture<Result> holder = holdSqliteLock(dir, shared, "while (!file_exists('tried')) { usleep(10000); }");
        Result other = onceHeld(dir, shared, 0, """
                try { $db->exec("INSERT INTO t VALUES ('second')"); echo 'not locked'; } catch (PDOException $e) { echo $e->getMessage(); }
                touch('tried');
                $db->setAttribute(PDO::ATTR_TIMEOUT, 10);
                $db->exec("INSERT INTO t VALUES ('second')");
                echo ' | ', implode(',', $db->query('SELECT v FROM t')->fetchAll(PDO::FETCH_COLUMN));
                """);
        assertEquals("committed", holder.get().stdout());
        assertEquals("SQLSTATE[HY000]: General error: 5 database is locked | first,second", other.stdout(), other.stderr());
    }

    @Test
    void aWaitingSqliteWriterGetsTheLockSoonAfterItIsReleased(@TempDir Path dir) throws Exception {
        // SQLite's busy handler retries after 1, 2, 5 ... ms (built with usleep); without usleep it
        // sleeps whole seconds, so a writer behind a 0.2-s transaction would wait at least 1 s.
        FileLocks shared = new FileLocks();
        CompletableFuture<Result> holder = holdSqliteLock(dir, shared, "while (!file_exists('inserting')) { usleep(5000); } usleep(200000);");
        Result waiter = onceHeld(dir, shared, 10, """
                touch('inserting');
                $t = microtime(true);
                $db->exec("INSERT INTO t VALUES ('second')");
                printf('%.3f %s', microtime(true) - $t, implode(',', $db->query('SELECT v FROM t')->fetchAll(PDO::FETCH_COLUMN)));
                """);
        assertEquals("committed", holder.get().stdout());
        assertTrue(waiter.stdout().endsWith(" first,second"), waiter.stdout() + waiter.stderr());
        double waited = Double.parseDouble(waiter.stdout().split(" ")[0]);
        assertTrue(waited < 0.9, "waited " + waited + " s for a lock held 0.2 s");
    }

    /**
     * Creates app.db with a table t, then, in an instance of its own, inserts 'first' under an
     * exclusive lock, touches 'holding', runs hold (PHP: until when it keeps the lock) and commits.
     */
    private static CompletableFuture<Result> holdSqliteLock(Path dir, FileLocks shared, String hold) {
        php().in(dir).locks(shared).code("(new PDO('sqlite:' . getcwd() . '/app.db'))->exec('CREATE TABLE t (v TEXT)');");
        return CompletableFuture.supplyAsync(() -> php().in(dir).locks(shared).code("""
                $db = new PDO('sqlite:' . getcwd() . '/app.db');
                $db->exec('BEGIN EXCLUSIVE'); $db->exec("INSERT INTO t VALUES ('first')");
                touch('holding'); %s; $db->exec('COMMIT'); echo 'committed';
                """.formatted(hold)));
    }

    /** Runs php in an instance of its own once the holder holds its lock, with $db open on app.db. */
    private static Result onceHeld(Path dir, FileLocks shared, int busyTimeoutSeconds, String php) {
        return php().in(dir).locks(shared).code("""
                while (!file_exists('holding')) { usleep(5000); }
                $db = new PDO('sqlite:' . getcwd() . '/app.db', null, null, [PDO::ATTR_TIMEOUT => %d]);
                """.formatted(busyTimeoutSeconds) + php);
    }
}
