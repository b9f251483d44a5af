package io.phasm.wasm.vfs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.phasm.wasm.abi.Errno;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Path resolution keeps every path inside the virtual namespace. */
class VirtualFileSystemTest {
    @TempDir
    Path host;
    Path site;
    VirtualFileSystem fs;

    @BeforeEach
    void setUp() throws Exception {
        site = Files.createDirectories(host.resolve("site"));
        Files.writeString(site.resolve("index.php"), "<?php");
        Files.writeString(host.resolve("secret.txt"), "outside the mount");
        fs = new VirtualFileSystem();
        fs.mount(new HostMount(site, "/srv/www", false));
    }

    @Test
    void dotDotStopsAtTheRoot() {
        Resolved r = fs.resolve("/srv/www", "../../../../../secret.txt", true);
        assertEquals("/secret.txt", r.path());
        assertNull(r.node());
        assertEquals("/", fs.resolve("/", "/../..", true).path());
    }

    @Test
    void dotDotLeavesAMountThroughItsVirtualParent() {
        assertEquals("/srv", fs.resolve("/srv/www", "..", true).path());
        assertNull(fs.resolve("/srv/www", "../secret.txt", true).node());
    }

    @Test
    void hostSymlinksAreResolvedInsideTheVirtualFileSystem() throws Exception {
        Files.createSymbolicLink(site.resolve("abs"), host.resolve("secret.txt"));
        Files.createSymbolicLink(site.resolve("rel"), Path.of("../secret.txt"));
        Files.createSymbolicLink(site.resolve("etc"), Path.of("/etc"));
        Files.createSymbolicLink(site.resolve("inside"), site.resolve("index.php"));
        assertThrows(FsException.class, () -> fs.resolve("/", "/srv/www/abs", true).existing());
        assertEquals("/srv/secret.txt", fs.resolve("/", "/srv/www/rel", true).path());
        assertNull(fs.resolve("/", "/srv/www/rel", true).node());
        assertEquals(Errno.ENOENT, assertThrows(FsException.class, () -> fs.resolve("/", "/srv/www/etc/passwd", true)).errno());
        assertEquals("/srv/www/index.php", fs.resolve("/", "/srv/www/inside", true).path());
        assertInstanceOf(RegularFile.class, fs.resolve("/", "/srv/www/inside", true).node());
        assertInstanceOf(Symlink.class, fs.resolve("/", "/srv/www/inside", false).node());
    }

    @Test
    void symlinkLoopsFailWithEloop() {
        fs.resolve("/", "/srv/www", true).node();
        Directory www = (Directory) fs.resolve("/", "/srv/www", true).node();
        www.createSymlink("a", "b");
        www.createSymlink("b", "a");
        FsException e = assertThrows(FsException.class, () -> fs.resolve("/", "/srv/www/a", true));
        assertEquals(Errno.ELOOP, e.errno());
    }

    @Test
    void readOnlyMountsRefuseChanges() throws Exception {
        fs.mount(new HostMount(site, "/ro", true));
        Directory ro = (Directory) fs.resolve("/", "/ro", true).node();
        assertEquals(Errno.EROFS, assertThrows(FsException.class, () -> ro.createFile("x", 0644)).errno());
        RegularFile index = (RegularFile) ro.lookup("index.php");
        assertEquals(Errno.EROFS, assertThrows(FsException.class, () -> index.open(true)).errno());
        assertEquals(Errno.EROFS, assertThrows(FsException.class, () -> ro.remove("index.php", false)).errno());
        try (FileContent content = index.open(false)) {
            assertEquals(5, content.size());
        }
    }

    @Test
    void hostDevicesAndSpecialFilesAreNotExposed() throws Exception {
        Files.createSymbolicLink(site.resolve("null"), Path.of("/dev/null"));
        assertEquals(Errno.ENOENT, assertThrows(FsException.class, () -> fs.resolve("/", "/srv/www/null", true)).errno());
        assertEquals(0, new ProcessBuilder("mkfifo", site.resolve("pipe").toString()).start().waitFor());
        assertNull(fs.resolve("/", "/srv/www/pipe", true).node(), "host FIFOs are invisible");
    }
}
