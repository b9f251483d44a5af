package io.phasm.wasm.imports;

import com.dylibso.chicory.runtime.HostFunction;
import com.dylibso.chicory.runtime.Memory;
import io.phasm.wasm.abi.Errno;
import io.phasm.wasm.fd.OpenFile;
import io.phasm.wasm.instance.PhpProcess;
import io.phasm.wasm.vfs.FsException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The "wasi_snapshot_preview1" imports: stream I/O on descriptors, environment, exit. */
public final class WasiPreview1 {
    private final PhpProcess process;

    public WasiPreview1(PhpProcess process) {
        this.process = process;
    }

    public List<HostFunction> functions() {
        return new HostFunctions("wasi_snapshot_preview1")
                .add("fd_write", "i(iiii)", (inst, a) -> fdWrite(inst.memory(), (int) a[0], (int) a[1], (int) a[2], (int) a[3]))
                .add("fd_read", "i(iiii)", (inst, a) -> fdRead(inst.memory(), (int) a[0], (int) a[1], (int) a[2], (int) a[3]))
                .add("fd_seek", "i(ijii)", (inst, a) -> Results.wasi(() -> {
                    long position = process.descriptors().get((int) a[0]).seek(a[1], (int) a[2]);
                    inst.memory().writeLong((int) a[3], position);
                }))
                .add("fd_close", "i(i)", (inst, a) -> Results.wasi(() -> process.descriptors().close((int) a[0])))
                .add("fd_sync", "i(i)", (inst, a) -> Results.wasi(() -> process.descriptors().get((int) a[0]).sync()))
                .add("fd_fdstat_get", "i(ii)", (inst, a) -> Results.wasi(() -> fdstat(inst.memory(), (int) a[0], (int) a[1])))
                .add("environ_sizes_get", "i(ii)", (inst, a) -> environSizes(inst.memory(), (int) a[0], (int) a[1]))
                .add("environ_get", "i(ii)", (inst, a) -> environ(inst.memory(), (int) a[0], (int) a[1]))
                .add("proc_exit", "v(i)", (inst, a) -> {
                    throw new ProcessExit((int) a[0]);
                })
                .functions();
    }

    private long[] fdWrite(Memory memory, int fd, int iovs, int count, int writtenPtr) {
        return Results.wasi(() -> {
            OpenFile file = process.descriptors().get(fd);
            memory.writeI32(writtenPtr, transfer(memory, iovs, count, (base, len) -> file.write(memory.readBytes(base, len), 0, len)));
        });
    }

    private long[] fdRead(Memory memory, int fd, int iovs, int count, int readPtr) {
        return Results.wasi(() -> {
            OpenFile file = process.descriptors().get(fd);
            memory.writeI32(readPtr, transfer(memory, iovs, count, (base, len) -> {
                byte[] buffer = new byte[len];
                int n = file.read(buffer, 0, len);
                memory.write(base, buffer, 0, n);
                return n;
            }));
        });
    }

    /** Moves bytes for one iovec (base, len); returns how many moved. */
    private interface IovecTransfer {
        int apply(int base, int len);
    }

    /**
     * Runs a transfer over an iovec array, stopping at the first short one, as readv/writev do.
     * EAGAIN after some bytes moved ends the call with those bytes; the next call reports it.
     */
    private static int transfer(Memory memory, int iovs, int count, IovecTransfer transfer) {
        int total = 0;
        for (int i = 0; i < count; i++) {
            int base = memory.readInt(iovs + i * 8);
            int len = memory.readInt(iovs + i * 8 + 4);
            if (len == 0) {
                continue;
            }
            int n;
            try {
                n = transfer.apply(base, len);
            } catch (FsException e) {
                if (e.errno() == Errno.EAGAIN && total > 0) {
                    break;
                }
                throw e;
            }
            total += n;
            if (n < len) {
                break;
            }
        }
        return total;
    }

    private void fdstat(Memory memory, int fd, int buf) {
        OpenFile file = process.descriptors().get(fd);
        memory.writeByte(buf, (byte) file.stat().type().wasiFileType);
        memory.writeShort(buf + 2, (short) ((file.statusFlags() & OpenFile.O_APPEND) != 0 ? 1 : 0));
        memory.writeLong(buf + 8, -1L);
        memory.writeLong(buf + 16, -1L);
    }

    private long[] environSizes(Memory memory, int countPtr, int sizePtr) {
        List<String> env = process.environment();
        int size = 0;
        for (String entry : env) {
            size += entry.getBytes(StandardCharsets.UTF_8).length + 1;
        }
        memory.writeI32(countPtr, env.size());
        memory.writeI32(sizePtr, size);
        return Results.i32(0);
    }

    private long[] environ(Memory memory, int pointers, int buffer) {
        int at = buffer;
        int index = 0;
        for (String entry : process.environment()) {
            byte[] bytes = entry.getBytes(StandardCharsets.UTF_8);
            memory.writeI32(pointers + 4 * index++, at);
            memory.write(at, bytes);
            memory.writeByte(at + bytes.length, (byte) 0);
            at += bytes.length + 1;
        }
        return Results.i32(0);
    }
}
