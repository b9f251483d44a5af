package io.phasm.wasm.vfs;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.LinkOption;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** A regular file on the host, inside a mount. */
final class HostFile extends RegularFile {
    private final HostMount mount;
    private final Path path;

    HostFile(HostMount mount, Path path) {
        this.mount = mount;
        this.path = path;
    }

    @Override
    public FileContent open(boolean write) {
        if (write) {
            checkWritable();
        }
        OpenOption[] options = write
                ? new OpenOption[] {StandardOpenOption.READ, StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS}
                : new OpenOption[] {StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS};
        try {
            return new Content(FileChannel.open(path, options));
        } catch (IOException e) {
            throw HostNodes.errno(e);
        }
    }

    @Override
    public Object lockKey() {
        return path;
    }

    @Override
    public Stat stat() {
        return HostNodes.stat(path, NodeType.REGULAR_FILE);
    }

    @Override
    public boolean readOnly() {
        return mount.readOnly();
    }

    @Override
    public void setPermissions(int permissions) {
        checkWritable();
        HostNodes.setPermissions(path, permissions);
    }

    @Override
    public void setTimes(long atimeNanos, long mtimeNanos) {
        checkWritable();
        HostNodes.setTimes(path, atimeNanos, mtimeNanos);
    }

    private record Content(FileChannel channel) implements FileContent {
        @Override
        public int read(long position, byte[] buffer, int offset, int len) {
            try {
                int n = channel.read(ByteBuffer.wrap(buffer, offset, len), position);
                return Math.max(n, 0);
            } catch (IOException e) {
                throw HostNodes.errno(e);
            }
        }

        @Override
        public void write(long position, byte[] buffer, int offset, int len) {
            try {
                ByteBuffer src = ByteBuffer.wrap(buffer, offset, len);
                long at = position;
                while (src.hasRemaining()) {
                    at += channel.write(src, at);
                }
            } catch (IOException e) {
                throw HostNodes.errno(e);
            }
        }

        @Override
        public long size() {
            try {
                return channel.size();
            } catch (IOException e) {
                throw HostNodes.errno(e);
            }
        }

        @Override
        public void truncate(long size) {
            try {
                long current = channel.size();
                if (size < current) {
                    channel.truncate(size);
                } else if (size > current) {
                    channel.write(ByteBuffer.wrap(new byte[1]), size - 1); // extend with zeros
                }
            } catch (IOException e) {
                throw HostNodes.errno(e);
            }
        }

        @Override
        public void sync() {
            try {
                channel.force(true);
            } catch (IOException e) {
                throw HostNodes.errno(e);
            }
        }

        @Override
        public void close() {
            try {
                channel.close();
            } catch (IOException e) {
                throw HostNodes.errno(e);
            }
        }
    }
}
