package io.phasm.wasm.imports;

import com.dylibso.chicory.runtime.HostFunction;
import io.phasm.wasm.abi.Errno;
import io.phasm.wasm.asyncify.Suspender;
import io.phasm.wasm.fd.FileLocks;
import io.phasm.wasm.fd.OpenFile;
import io.phasm.wasm.fd.RegularFileHandle;
import io.phasm.wasm.instance.PhpProcess;
import io.phasm.wasm.vfs.FsException;
import java.util.concurrent.CompletableFuture;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The "phasm" imports: the Java side of Phasm's own SAPI (php-wasm/sapi/phasm_host.h). */
public final class PhasmImports {
    private static final int LOCK_SH = 1, LOCK_EX = 2, LOCK_NB = 4, LOCK_UN = 8;
    private static final long LOCK_RETRY_NANOS = 5_000_000L;
    /** A request holding a lock longer than this is stuck: the waiter gets EINTR, as on a signal. */
    private static final long LOCK_WAIT_LIMIT_NANOS = 60_000_000_000L;

    private final PhpProcess process;
    private final Suspender suspender;
    private RequestIo request = RequestIo.NONE;
    /** Scripts PHP reported compiling (script_compiled), until taken. */
    private final List<String> scriptsCompiled = new ArrayList<>();

    public PhasmImports(PhpProcess process, Suspender suspender) {
        this.process = process;
        this.suspender = suspender;
    }

    /** Connects the SAPI to the request being served (RequestIo.NONE between requests). */
    public void attach(RequestIo request) {
        this.request = request;
    }

    /** The scripts PHP compiled since the last call (reported while OPcache is on), and forgets them. */
    public List<String> takeScriptsCompiled() {
        List<String> taken = List.copyOf(scriptsCompiled);
        scriptsCompiled.clear();
        return taken;
    }

    public List<HostFunction> functions() {
        return new HostFunctions("phasm")
                .add("write_output", "i(ii)", (inst, a) -> Results.i32(request.writeOutput(inst.memory().readBytes((int) a[0], (int) a[1]))))
                .add("flush", "v()", (inst, a) -> {
                    request.flush();
                    return Results.none();
                })
                .add("send_headers", "v(iii)", (inst, a) -> {
                    String block = inst.memory().readString((int) a[1], (int) a[2], StandardCharsets.ISO_8859_1);
                    request.sendHeaders((int) a[0], block.isEmpty() ? List.of() : Arrays.asList(block.split("\n")));
                    return Results.none();
                })
                .add("read_body", "i(ii)", (inst, a) -> {
                    byte[] chunk = request.readBody((int) a[1]);
                    inst.memory().write((int) a[0], chunk);
                    return Results.i32(chunk.length);
                })
                .add("log_message", "v(iii)", (inst, a) -> {
                    request.log(inst.memory().readString((int) a[0], (int) a[1], StandardCharsets.UTF_8), (int) a[2]);
                    return Results.none();
                })
                .add("script_compiled", "v(ii)", (inst, a) -> {
                    scriptsCompiled.add(inst.memory().readString((int) a[0], (int) a[1], StandardCharsets.UTF_8));
                    return Results.none();
                })
                .add("flock", "i(ii)", (inst, a) -> suspender.await(() -> flock((int) a[0], (int) a[1]), Results.WHILE_UNWINDING))
                .add("sleep", "v(j)", (inst, a) -> {
                    suspender.await(() -> Timers.after(a[0]), null);
                    return Results.none();
                })
                .functions();
    }

    /**
     * flock(): the whole decision is made in the returned future, so that a resumed instance
     * re-entering the import gets the outcome without trying again.
     */
    private CompletableFuture<long[]> flock(int fd, int operation) {
        OpenFile file;
        try {
            file = process.descriptors().get(fd);
        } catch (FsException e) {
            return CompletableFuture.completedFuture(Results.i32(-e.errno()));
        }
        boolean unlock = (operation & LOCK_UN) != 0;
        boolean exclusive = (operation & LOCK_EX) != 0;
        if (!unlock && !exclusive && (operation & LOCK_SH) == 0) {
            return CompletableFuture.completedFuture(Results.i32(-Errno.EINVAL));
        }
        if (!(file instanceof RegularFileHandle handle)) {
            return CompletableFuture.completedFuture(Results.i32(0)); // nothing shares other kinds of file
        }
        Object key = new FileLocks.WholeFileKey(handle.file().lockKey());
        FileLocks locks = process.locks();
        java.util.function.Supplier<long[]> attempt = () ->
                locks.set(key, handle, 0, Long.MAX_VALUE, exclusive, unlock) ? Results.i32(0) : null;
        if ((operation & LOCK_NB) != 0 || unlock) {
            long[] now = attempt.get();
            return CompletableFuture.completedFuture(now != null ? now : Results.i32(-Errno.EAGAIN));
        }
        return Timers.retry(attempt, LOCK_RETRY_NANOS, LOCK_WAIT_LIMIT_NANOS, Results.i32(-Errno.EINTR));
    }
}
