package io.phasm.wasm.vfs;

import io.phasm.wasm.abi.Errno;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Map;

/** Builds nodes for host paths, never following host symlinks, and maps I/O errors to errno. */
final class HostNodes {
    private static final LinkOption[] NO_FOLLOW = {LinkOption.NOFOLLOW_LINKS};
    private static final String UNIX_ATTRIBUTES = "unix:mode,ino,size,nlink,lastAccessTime,lastModifiedTime,ctime";

    /** The node for path, or null if nothing is there. */
    static Node nodeFor(HostMount mount, Path path) {
        Map<String, Object> attrs;
        try {
            attrs = Files.readAttributes(path, UNIX_ATTRIBUTES, NO_FOLLOW);
        } catch (NoSuchFileException e) {
            return null;
        } catch (IOException e) {
            throw errno(e);
        }
        int mode = (Integer) attrs.get("mode");
        return switch (mode & 0170000) {
            case 0040000 -> new HostDirectory(mount, path);
            case 0100000 -> new HostFile(mount, path);
            case 0120000 -> new HostSymlink(mount, path);
            // Host devices, sockets and FIFOs are not exposed: PHP must not reach them through a mount.
            default -> null;
        };
    }

    static Stat stat(Path path, NodeType type) {
        try {
            Map<String, Object> a = Files.readAttributes(path, UNIX_ATTRIBUTES, NO_FOLLOW);
            return new Stat(type, (Integer) a.get("mode") & 07777, (Long) a.get("size"), (Long) a.get("ino"),
                    ((Number) a.get("nlink")).longValue(), nanos(a.get("lastAccessTime")),
                    nanos(a.get("lastModifiedTime")), nanos(a.get("ctime")));
        } catch (IOException e) {
            throw errno(e);
        }
    }

    static void setTimes(Path path, long atimeNanos, long mtimeNanos) {
        try {
            var view = Files.getFileAttributeView(path, java.nio.file.attribute.BasicFileAttributeView.class, NO_FOLLOW);
            view.setTimes(mtimeNanos < 0 ? null : FileTime.from(java.time.Instant.ofEpochSecond(0, mtimeNanos)),
                    atimeNanos < 0 ? null : FileTime.from(java.time.Instant.ofEpochSecond(0, atimeNanos)), null);
        } catch (IOException e) {
            throw errno(e);
        }
    }

    static void setPermissions(Path path, int permissions) {
        try {
            Files.setAttribute(path, "unix:mode", permissions & 07777, NO_FOLLOW);
        } catch (IOException e) {
            throw errno(e);
        }
    }

    private static long nanos(Object fileTime) {
        java.time.Instant t = ((FileTime) fileTime).toInstant();
        return t.getEpochSecond() * 1_000_000_000L + t.getNano();
    }

    static FsException errno(IOException e) {
        int errno;
        if (e instanceof NoSuchFileException) errno = Errno.ENOENT;
        else if (e instanceof FileAlreadyExistsException) errno = Errno.EEXIST;
        else if (e instanceof DirectoryNotEmptyException) errno = Errno.ENOTEMPTY;
        else if (e instanceof NotDirectoryException) errno = Errno.ENOTDIR;
        else if (e instanceof AccessDeniedException) errno = Errno.EACCES;
        else if (e.getMessage() != null && e.getMessage().contains("No space left")) errno = Errno.ENOSPC;
        else if (e.getMessage() != null && e.getMessage().contains("Is a directory")) errno = Errno.EISDIR;
        else errno = Errno.EIO;
        return new FsException(errno, e.getMessage());
    }

    private HostNodes() {}
}
