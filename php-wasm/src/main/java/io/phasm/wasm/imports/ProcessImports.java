package io.phasm.wasm.imports;

import com.dylibso.chicory.runtime.HostFunction;
import com.dylibso.chicory.runtime.Memory;
import java.util.List;

/** The "env" process imports: exit and abort, identity, signals, dynamic loading, load average. */
public final class ProcessImports {
    /** Phasm runs everything as one unprivileged user. */
    private static final int UID = 1000;

    public List<HostFunction> functions() {
        return new HostFunctions("env")
                .add("exit", "v(i)", (inst, a) -> {
                    throw new ProcessExit((int) a[0]);
                })
                .add("abort", "v()", (inst, a) -> {
                    throw new WasmAbort("abort() called");
                })
                .add("__assert_fail", "v(iiii)", (inst, a) -> {
                    Memory m = inst.memory();
                    throw new WasmAbort("assertion failed: " + m.readCString((int) a[0]) + " at "
                            + m.readCString((int) a[1]) + ":" + a[2] + " in " + m.readCString((int) a[3]));
                })
                .add("__syscall_getuid32", "i()", (inst, a) -> Results.i32(UID))
                .add("__syscall_geteuid32", "i()", (inst, a) -> Results.i32(UID))
                .add("__syscall_getgid32", "i()", (inst, a) -> Results.i32(UID))
                .add("__syscall_getegid32", "i()", (inst, a) -> Results.i32(UID))
                // raise() delivers a signal by calling its handler (a table index).
                .add("__call_sighandler", "v(ii)", (inst, a) -> {
                    inst.getMachine().call(inst.table(0).requiredRef((int) a[0]), new long[] {a[1]});
                    return Results.none();
                })
                // No shared libraries: dl() and FFI report that loading failed.
                .add("_dlopen_js", "i(i)", (inst, a) -> Results.i32(0))
                .add("_dlsym_js", "i(ii)", (inst, a) -> Results.i32(0))
                .add("getloadavg", "i(ii)", (inst, a) -> {
                    double load = java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
                    int n = (int) Math.min(a[1], 3);
                    for (int i = 0; i < n; i++) {
                        inst.memory().writeF64((int) a[0] + 8 * i, Math.max(load, 0));
                    }
                    return Results.i32(n);
                })
                .functions();
    }
}
