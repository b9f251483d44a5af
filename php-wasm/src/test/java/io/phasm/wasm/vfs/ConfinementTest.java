package io.phasm.wasm.vfs;

import static io.phasm.wasm.PhpRun.php;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.phasm.wasm.PhpRun.Result;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** PHP code trying to read or write outside its mounts gets nothing from the host. */
class ConfinementTest {

    @Test
    void phpCannotEscapeItsMounts(@TempDir Path host) throws Exception {
        Path site = Files.createDirectories(host.resolve("site"));
        Files.writeString(host.resolve("secret.txt"), "TOP SECRET");
        Files.createSymbolicLink(site.resolve("link"), host.resolve("secret.txt"));
        Files.createSymbolicLink(site.resolve("uplink"), Path.of(".."));
        Result r = php().in(site).code("""
                $attempts = [
                  '../secret.txt', __DIR__ . '/../secret.txt', '/' . str_repeat('../', 10) . ltrim(getcwd(), '/') . '/../secret.txt',
                  'link', 'uplink/secret.txt', '/etc/passwd', '/proc/self/environ', 'file://' . dirname(getcwd()) . '/secret.txt',
                ];
                foreach ($attempts as $path) { echo @file_get_contents($path) === false ? '.' : "LEAK($path)"; }
                @file_put_contents('../planted.txt', 'x'); // lands in the in-memory parent of the mount, if anywhere
                echo @symlink('/', 'rootlink') && @file_get_contents('rootlink' . dirname(getcwd()) . '/secret.txt') !== false ? 'LEAK(symlink)' : '.';
                echo ' ', realpath('uplink');
                """);
        assertEquals(0, r.exitCode(), r.stdout() + r.stderr());
        assertEquals(".........", r.stdout().substring(0, 9), r.stdout());
        assertEquals(" " + host, r.stdout().substring(9), "realpath resolves inside the namespace");
        assertEquals(false, Files.exists(host.resolve("planted.txt")));
    }

    @Test
    void readOnlyMountCannotBeWritten(@TempDir Path host) throws Exception {
        Files.writeString(host.resolve("config.php"), "<?php return 1;");
        Result r = php().mount(new HostMount(host, "/app", true)).code("""
                echo @file_put_contents('/app/config.php', 'x') === false ? 'refused ' : 'written ';
                echo @unlink('/app/config.php') ? 'deleted ' : 'kept ';
                echo @mkdir('/app/new') ? 'made' : 'no-dir';
                echo ' ', include '/app/config.php';
                """);
        assertEquals("refused kept no-dir 1", r.stdout());
        assertEquals("<?php return 1;", Files.readString(host.resolve("config.php")));
    }
}
