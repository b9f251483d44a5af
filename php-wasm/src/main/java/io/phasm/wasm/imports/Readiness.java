package io.phasm.wasm.imports;

import com.dylibso.chicory.runtime.Instance;
import com.dylibso.chicory.runtime.Memory;
import io.phasm.wasm.asyncify.Suspender;
import io.phasm.wasm.fd.OpenFile;
import io.phasm.wasm.instance.PhpProcess;
import io.phasm.wasm.vfs.FsException;
import java.util.concurrent.TimeUnit;

/**
 * poll() and select() over descriptors. Files, devices and pipes are checked at once; nothing
 * here can become ready while the instance waits (it is one process), so a wait that finds
 * nothing ready just lets the timeout pass, suspended rather than blocking a thread.
 */
public final class Readiness {
    private static final int FD_SETSIZE = 1024;
    private final PhpProcess process;
    private final Suspender suspender;

    public Readiness(PhpProcess process, Suspender suspender) {
        this.process = process;
        this.suspender = suspender;
    }

    long[] poll(Instance instance, int fds, int count, int timeoutMillis) {
        Memory memory = instance.memory();
        int ready = 0;
        for (int i = 0; i < count; i++) {
            int entry = fds + i * 8;
            int fd = memory.readInt(entry);
            int events = memory.readShort(entry + 4) & 0xffff;
            int revents;
            if (fd < 0) {
                revents = 0;
            } else {
                revents = mask(fd) & (events | OpenFile.POLLERR | OpenFile.POLLHUP | OpenFile.POLLNVAL);
            }
            memory.writeShort(entry + 6, (short) revents);
            if (revents != 0) {
                ready++;
            }
        }
        if (ready == 0 && timeoutMillis > 0) {
            waitFor(TimeUnit.MILLISECONDS.toNanos(timeoutMillis));
        }
        return Results.i32(ready);
    }

    long[] select(Instance instance, int nfds, int readSet, int writeSet, int exceptSet, int timeout) {
        Memory memory = instance.memory();
        if (nfds < 0 || nfds > FD_SETSIZE) {
            return Results.i32(-io.phasm.wasm.abi.Errno.EINVAL);
        }
        int ready = 0;
        int[] readOut = new int[FD_SETSIZE / 32];
        int[] writeOut = new int[FD_SETSIZE / 32];
        for (int fd = 0; fd < nfds; fd++) {
            boolean wantRead = isSet(memory, readSet, fd);
            boolean wantWrite = isSet(memory, writeSet, fd);
            if (!wantRead && !wantWrite && !isSet(memory, exceptSet, fd)) {
                continue;
            }
            int mask = mask(fd);
            if ((mask & OpenFile.POLLNVAL) != 0) {
                return Results.i32(-io.phasm.wasm.abi.Errno.EBADF);
            }
            if (wantRead && (mask & (OpenFile.POLLIN | OpenFile.POLLHUP | OpenFile.POLLERR)) != 0) {
                readOut[fd >> 5] |= 1 << (fd & 31);
                ready++;
            }
            if (wantWrite && (mask & (OpenFile.POLLOUT | OpenFile.POLLERR)) != 0) {
                writeOut[fd >> 5] |= 1 << (fd & 31);
                ready++;
            }
        }
        writeSet(memory, readSet, readOut, nfds);
        writeSet(memory, writeSet, writeOut, nfds);
        writeSet(memory, exceptSet, new int[FD_SETSIZE / 32], nfds);
        if (ready == 0 && timeout != 0) {
            long nanos = memory.readInt(timeout) * 1_000_000_000L + memory.readInt(timeout + 4) * 1_000L;
            if (nanos > 0) {
                waitFor(nanos);
            }
        }
        return Results.i32(ready);
    }

    private int mask(int fd) {
        try {
            return process.descriptors().get(fd).pollEvents();
        } catch (FsException e) {
            return OpenFile.POLLNVAL;
        }
    }

    private void waitFor(long nanos) {
        suspender.await(() -> Timers.after(nanos), null);
    }

    private static boolean isSet(Memory memory, int set, int fd) {
        return set != 0 && (memory.readInt(set + (fd >> 5) * 4) & (1 << (fd & 31))) != 0;
    }

    private static void writeSet(Memory memory, int set, int[] bits, int nfds) {
        if (set == 0) {
            return;
        }
        for (int word = 0; word * 32 < nfds; word++) {
            memory.writeI32(set + word * 4, bits[word]);
        }
    }
}
