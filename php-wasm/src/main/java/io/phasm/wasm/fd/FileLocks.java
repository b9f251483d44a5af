package io.phasm.wasm.fd;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * POSIX record locks (fcntl F_SETLK/F_GETLK), kept per file for every PHP instance in this JVM,
 * so instances sharing a mounted SQLite database exclude each other as processes would. Owners
 * are instances; ranges are [start, end) with end Long.MAX_VALUE meaning "to end of file".
 */
public final class FileLocks {
    /** One held lock. */
    public record Lock(Object owner, long start, long end, boolean exclusive) {
        boolean overlaps(long otherStart, long otherEnd) {
            return start < otherEnd && otherStart < end;
        }
    }

    /** flock() locks live apart from record locks on the same file, as on Linux. */
    public record WholeFileKey(Object file) {}

    private final Map<Object, List<Lock>> locksByFile = new HashMap<>();

    /** The first lock another owner holds that conflicts with the request, or null (F_GETLK). */
    public synchronized Lock conflict(Object file, Object owner, long start, long end, boolean exclusive) {
        for (Lock lock : locksByFile.getOrDefault(file, List.of())) {
            if (lock.owner() != owner && lock.overlaps(start, end) && (exclusive || lock.exclusive())) {
                return lock;
            }
        }
        return null;
    }

    /**
     * F_SETLK: takes (or, with unlock, releases) [start, end) for owner. Returns false and
     * changes nothing if another owner's lock conflicts.
     */
    public synchronized boolean set(Object file, Object owner, long start, long end, boolean exclusive, boolean unlock) {
        if (!unlock && conflict(file, owner, start, end, exclusive) != null) {
            return false;
        }
        List<Lock> locks = locksByFile.computeIfAbsent(file, k -> new ArrayList<>());
        // The owner's own locks in the range are replaced: split the parts outside it off.
        List<Lock> kept = new ArrayList<>();
        for (Iterator<Lock> it = locks.iterator(); it.hasNext(); ) {
            Lock lock = it.next();
            if (lock.owner() == owner && lock.overlaps(start, end)) {
                it.remove();
                if (lock.start() < start) {
                    kept.add(new Lock(owner, lock.start(), start, lock.exclusive()));
                }
                if (lock.end() > end) {
                    kept.add(new Lock(owner, end, lock.end(), lock.exclusive()));
                }
            }
        }
        locks.addAll(kept);
        if (!unlock) {
            locks.add(new Lock(owner, start, end, exclusive));
        }
        if (locks.isEmpty()) {
            locksByFile.remove(file);
        }
        return true;
    }

    /** Releases every lock owner holds on file (POSIX: closing any descriptor of the file does this). */
    public synchronized void releaseFile(Object file, Object owner) {
        List<Lock> locks = locksByFile.get(file);
        if (locks != null) {
            locks.removeIf(lock -> lock.owner() == owner);
            if (locks.isEmpty()) {
                locksByFile.remove(file);
            }
        }
    }

    /** Releases everything owner holds (the instance ended). */
    public synchronized void releaseOwner(Object owner) {
        locksByFile.values().forEach(locks -> locks.removeIf(lock -> lock.owner() == owner));
        locksByFile.values().removeIf(List::isEmpty);
    }
}
