package io.phasm.wasm.abi;

/**
 * Offsets of the C structures the host reads and writes, as laid out by emscripten 3.1.6's
 * musl for wasm32 (from its sysroot's struct_info.json). Note time_t is 32-bit in this libc.
 */
public final class CStructs {
    /** struct stat, 88 bytes. */
    public static final class Stat {
        public static final int SIZE = 88;
        public static final int DEV = 0, INO_TRUNCATED = 8, MODE = 12, NLINK = 16, UID = 20, GID = 24, RDEV = 28;
        public static final int SIZE_FIELD = 40, BLKSIZE = 48, BLOCKS = 52;
        public static final int ATIM = 56, MTIM = 64, CTIM = 72, INO = 80;
        private Stat() {}
    }

    /** struct dirent, fixed 280-byte records; positions advance in units of the record size. */
    public static final class Dirent {
        public static final int SIZE = 280;
        public static final int INO = 0, OFF = 8, RECLEN = 16, TYPE = 18, NAME = 19;
        public static final int NAME_MAX = SIZE - NAME - 1;
        private Dirent() {}
    }

    /** struct tm, 44 bytes. */
    public static final class Tm {
        public static final int SEC = 0, MIN = 4, HOUR = 8, MDAY = 12, MON = 16, YEAR = 20, WDAY = 24, YDAY = 28;
        public static final int ISDST = 32, GMTOFF = 36, ZONE = 40;
        private Tm() {}
    }

    /** struct flock, 32 bytes. */
    public static final class Flock {
        public static final int TYPE = 0, WHENCE = 2, START = 8, LEN = 16, PID = 24;
        private Flock() {}
    }

    /** struct statfs, 64 bytes. */
    public static final class Statfs {
        public static final int BSIZE = 4, BLOCKS = 8, BFREE = 12, BAVAIL = 16, FILES = 20, FFREE = 24;
        public static final int FSID = 28, NAMELEN = 36, FRSIZE = 40, FLAGS = 44;
        private Statfs() {}
    }

    private CStructs() {}
}
