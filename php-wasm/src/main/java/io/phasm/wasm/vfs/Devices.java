package io.phasm.wasm.vfs;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.security.SecureRandom;

/** The character devices of /dev. */
public final class Devices {

    /** /dev/null: reads end at once, writes vanish. */
    public static Device nullDevice() {
        return new Device() {
            @Override
            public int read(byte[] buffer, int offset, int len) {
                return 0;
            }

            @Override
            public int write(byte[] buffer, int offset, int len) {
                return len;
            }
        };
    }

    /** /dev/zero. */
    public static Device zero() {
        return new Device() {
            @Override
            public int read(byte[] buffer, int offset, int len) {
                java.util.Arrays.fill(buffer, offset, offset + len, (byte) 0);
                return len;
            }

            @Override
            public int write(byte[] buffer, int offset, int len) {
                return len;
            }
        };
    }

    /** /dev/random and /dev/urandom: the JVM's cryptographically strong generator. */
    public static Device random(SecureRandom random) {
        return new Device() {
            @Override
            public int read(byte[] buffer, int offset, int len) {
                byte[] bytes = new byte[len];
                random.nextBytes(bytes);
                System.arraycopy(bytes, 0, buffer, offset, len);
                return len;
            }

            @Override
            public int write(byte[] buffer, int offset, int len) {
                return len;
            }
        };
    }

    /** A stream read from the host (stdin). */
    public static Device input(InputStream in) {
        return new Device() {
            @Override
            public int read(byte[] buffer, int offset, int len) {
                try {
                    int n = in.read(buffer, offset, len);
                    return Math.max(n, 0);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }

            @Override
            public int write(byte[] buffer, int offset, int len) {
                throw new FsException(io.phasm.wasm.abi.Errno.EBADF, "stdin is read-only");
            }
        };
    }

    /** A stream written to the host (stdout, stderr). */
    public static Device output(OutputStream out) {
        return new Device() {
            @Override
            public int read(byte[] buffer, int offset, int len) {
                return 0;
            }

            @Override
            public int write(byte[] buffer, int offset, int len) {
                try {
                    out.write(buffer, offset, len);
                    out.flush();
                    return len;
                } catch (IOException e) {
                    throw new FsException(io.phasm.wasm.abi.Errno.EPIPE, e.getMessage());
                }
            }
        };
    }

    private Devices() {}
}
