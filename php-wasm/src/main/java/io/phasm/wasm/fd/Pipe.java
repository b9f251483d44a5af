package io.phasm.wasm.fd;

import io.phasm.wasm.abi.Errno;
import io.phasm.wasm.vfs.FsException;
import io.phasm.wasm.vfs.NodeType;
import io.phasm.wasm.vfs.Stat;

/**
 * pipe(2) inside one instance: a bounded byte queue with a read end and a write end. There is
 * no other process to wait for, so reads of an empty open pipe give EAGAIN and writes to a full
 * one write what fits, as with O_NONBLOCK.
 */
public final class Pipe {
    private static final int CAPACITY = 65536;
    private final byte[] buffer = new byte[CAPACITY];
    private int start;
    private int size;
    private boolean readerOpen = true;
    private boolean writerOpen = true;

    public OpenFile readEnd() {
        return new End(OpenFile.O_RDONLY, true);
    }

    public OpenFile writeEnd() {
        return new End(OpenFile.O_WRONLY, false);
    }

    private final class End extends OpenFile {
        private final boolean reader;

        End(int flags, boolean reader) {
            super("pipe:", flags);
            this.reader = reader;
        }

        @Override
        public int read(byte[] out, int offset, int len) {
            if (!reader) {
                throw new FsException(Errno.EBADF, "write end of a pipe");
            }
            if (size == 0) {
                if (writerOpen) {
                    throw new FsException(Errno.EAGAIN, "pipe empty");
                }
                return 0;
            }
            int n = Math.min(len, size);
            for (int i = 0; i < n; i++) {
                out[offset + i] = buffer[(start + i) % CAPACITY];
            }
            start = (start + n) % CAPACITY;
            size -= n;
            return n;
        }

        @Override
        public int write(byte[] in, int offset, int len) {
            if (reader) {
                throw new FsException(Errno.EBADF, "read end of a pipe");
            }
            if (!readerOpen) {
                throw new FsException(Errno.EPIPE, "pipe has no reader");
            }
            int n = Math.min(len, CAPACITY - size);
            if (n == 0 && len > 0) {
                throw new FsException(Errno.EAGAIN, "pipe full");
            }
            for (int i = 0; i < n; i++) {
                buffer[(start + size + i) % CAPACITY] = in[offset + i];
            }
            size += n;
            return n;
        }

        @Override
        public int pollEvents() {
            if (reader) {
                return (size > 0 ? POLLIN : 0) | (writerOpen ? 0 : POLLHUP);
            }
            return (size < CAPACITY ? POLLOUT : 0) | (readerOpen ? 0 : POLLERR);
        }

        @Override
        public Stat stat() {
            return new Stat(NodeType.FIFO, 0600, size, 0, 1, 0, 0, 0);
        }

        @Override
        protected void close() {
            if (reader) {
                readerOpen = false;
            } else {
                writerOpen = false;
            }
        }
    }
}
