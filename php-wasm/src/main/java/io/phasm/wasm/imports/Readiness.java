package io.phasm.wasm.imports;

import com.dylibso.chicory.runtime.Instance;
import com.dylibso.chicory.runtime.Memory;
import io.phasm.wasm.abi.Errno;
import io.phasm.wasm.asyncify.Suspender;
import io.phasm.wasm.fd.OpenFile;
import io.phasm.wasm.instance.PhpProcess;
import io.phasm.wasm.vfs.FsException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * poll() and select() over descriptors. Files, devices and pipes are ready or not once and for
 * all (the process is alone with them); sockets change as the network delivers. A wait that
 * finds nothing ready suspends the instance until a socket changes or the timeout passes,
 * then looks again.
 *
 * The whole check-wait-check runs inside the operation handed to the suspender, so that the
 * import, entered again when the instance resumes, only collects the result.
 */
public final class Readiness {
    private static final int FD_SETSIZE = 1024;
    private static final long NO_TIMEOUT = -1;
    private final PhpProcess process;
    private final Suspender suspender;

    public Readiness(PhpProcess process, Suspender suspender) {
        this.process = process;
        this.suspender = suspender;
    }

    /** What one look found: the count to return, and what to wait on if it was nothing. */
    private record Look(int ready, List<CompletableFuture<?>> changes) {}

    private interface Checker {
        Look look();
    }

    long[] poll(Instance instance, int fds, int count, int timeoutMillis) {
        Memory memory = instance.memory();
        long deadline = timeoutMillis < 0 ? NO_TIMEOUT : System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
        return suspender.await(() -> until(deadline, () -> pollOnce(memory, fds, count)), Results.WHILE_UNWINDING);
    }

    private Look pollOnce(Memory memory, int fds, int count) {
        int ready = 0;
        List<CompletableFuture<?>> changes = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int entry = fds + i * 8;
            int fd = memory.readInt(entry);
            int events = memory.readShort(entry + 4) & 0xffff;
            int revents = 0;
            if (fd >= 0) {
                OpenFile file = file(fd);
                revents = (file == null ? OpenFile.POLLNVAL : file.pollEvents()) & (events | OpenFile.POLLERR | OpenFile.POLLHUP | OpenFile.POLLNVAL);
                if (revents == 0 && file != null) {
                    addChange(changes, file.whenEventsChange(events));
                }
            }
            memory.writeShort(entry + 6, (short) revents);
            if (revents != 0) {
                ready++;
            }
        }
        return new Look(ready, changes);
    }

    long[] select(Instance instance, int nfds, int readSet, int writeSet, int exceptSet, int timeout) {
        Memory memory = instance.memory();
        if (nfds < 0 || nfds > FD_SETSIZE) {
            return Results.i32(-Errno.EINVAL);
        }
        long deadline = NO_TIMEOUT;
        if (timeout != 0) {
            long nanos = memory.readInt(timeout) * 1_000_000_000L + memory.readInt(timeout + 4) * 1_000L;
            deadline = System.nanoTime() + Math.max(0, nanos);
        }
        // The sets are in-out: keep what was asked before the first look overwrites them.
        int[] wantRead = readSet(memory, readSet), wantWrite = readSet(memory, writeSet), wantExcept = readSet(memory, exceptSet);
        for (int fd = 0; fd < nfds; fd++) {
            if ((isSet(wantRead, fd) || isSet(wantWrite, fd) || isSet(wantExcept, fd)) && file(fd) == null) {
                return Results.i32(-Errno.EBADF);
            }
        }
        long finalDeadline = deadline;
        return suspender.await(() -> until(finalDeadline,
                () -> selectOnce(memory, nfds, readSet, writeSet, exceptSet, wantRead, wantWrite, wantExcept)), Results.WHILE_UNWINDING);
    }

    private Look selectOnce(Memory memory, int nfds, int readSet, int writeSet, int exceptSet,
                            int[] wantRead, int[] wantWrite, int[] wantExcept) {
        int ready = 0;
        int[] readOut = new int[FD_SETSIZE / 32];
        int[] writeOut = new int[FD_SETSIZE / 32];
        List<CompletableFuture<?>> changes = new ArrayList<>();
        for (int fd = 0; fd < nfds; fd++) {
            boolean r = isSet(wantRead, fd), w = isSet(wantWrite, fd);
            if (!r && !w) {
                continue;
            }
            OpenFile file = file(fd);
            int mask = file == null ? OpenFile.POLLNVAL : file.pollEvents();
            boolean found = false;
            if (r && (mask & (OpenFile.POLLIN | OpenFile.POLLHUP | OpenFile.POLLERR)) != 0) {
                readOut[fd >> 5] |= 1 << (fd & 31);
                ready++;
                found = true;
            }
            if (w && (mask & (OpenFile.POLLOUT | OpenFile.POLLERR)) != 0) {
                writeOut[fd >> 5] |= 1 << (fd & 31);
                ready++;
                found = true;
            }
            if (!found && file != null) {
                addChange(changes, file.whenEventsChange((r ? OpenFile.POLLIN : 0) | (w ? OpenFile.POLLOUT : 0)));
            }
        }
        writeSet(memory, readSet, readOut, nfds);
        writeSet(memory, writeSet, writeOut, nfds);
        writeSet(memory, exceptSet, new int[FD_SETSIZE / 32], nfds);
        return new Look(ready, changes);
    }

    /**
     * Looks until something is ready or the deadline passes (NO_TIMEOUT: never), waiting in
     * between for a change or the deadline, without holding a thread.
     */
    private static CompletableFuture<long[]> until(long deadline, Checker checker) {
        Look look = checker.look();
        long left = deadline == NO_TIMEOUT ? Long.MAX_VALUE : deadline - System.nanoTime();
        if (look.ready() > 0 || left <= 0) {
            return CompletableFuture.completedFuture(Results.i32(look.ready()));
        }
        if (look.changes().isEmpty() && deadline == NO_TIMEOUT) {
            // Nothing here can ever become ready: Linux would block forever; answering "none
            // ready" at once lets the script go on (or fail) instead of hanging the request.
            return CompletableFuture.completedFuture(Results.i32(0));
        }
        List<CompletableFuture<?>> wake = new ArrayList<>(look.changes());
        if (deadline != NO_TIMEOUT) {
            wake.add(Timers.after(left));
        }
        return CompletableFuture.anyOf(wake.toArray(CompletableFuture[]::new)).thenCompose(any -> until(deadline, checker));
    }

    private static void addChange(List<CompletableFuture<?>> changes, CompletableFuture<?> change) {
        if (change != null) {
            changes.add(change);
        }
    }

    private OpenFile file(int fd) {
        try {
            return process.descriptors().get(fd);
        } catch (FsException e) {
            return null;
        }
    }

    private static int[] readSet(Memory memory, int set) {
        int[] bits = new int[FD_SETSIZE / 32];
        if (set != 0) {
            for (int word = 0; word < bits.length; word++) {
                bits[word] = memory.readInt(set + word * 4);
            }
        }
        return bits;
    }

    private static boolean isSet(int[] bits, int fd) {
        return (bits[fd >> 5] & (1 << (fd & 31))) != 0;
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
