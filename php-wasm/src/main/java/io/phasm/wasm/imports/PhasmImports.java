package io.phasm.wasm.imports;

import com.dylibso.chicory.runtime.HostFunction;
import io.phasm.wasm.asyncify.Suspender;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/** The "phasm" imports: the Java side of Phasm's own SAPI (php-wasm/sapi/phasm_host.h). */
public final class PhasmImports {
    private final Suspender suspender;
    private RequestIo request = RequestIo.NONE;

    public PhasmImports(Suspender suspender) {
        this.suspender = suspender;
    }

    /** Connects the SAPI to the request being served (RequestIo.NONE between requests). */
    public void attach(RequestIo request) {
        this.request = request;
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
                .add("sleep", "v(j)", (inst, a) -> {
                    suspender.await(() -> Timers.after(a[0]), null);
                    return Results.none();
                })
                .functions();
    }
}
