package io.phasm.wasm.imports;

import com.dylibso.chicory.runtime.ExportFunction;
import com.dylibso.chicory.runtime.HostFunction;
import com.dylibso.chicory.runtime.Instance;
import java.util.Arrays;
import java.util.List;

/**
 * The "env" setjmp/longjmp protocol: invoke_<sig>(tableIndex, args...) calls a function pointer
 * and, if a longjmp unwinds out of it, restores the C stack pointer and sets the thrown flag
 * (setThrew(1, 0)) for the caller to act on. Other exceptions (exit, traps) pass through.
 * Also tempRet0, the second return register of legalized calls.
 */
public final class Trampolines {
    private ExportFunction stackSave;
    private ExportFunction stackRestore;
    private ExportFunction setThrew;
    private int tempRet0;

    /** The invoke_* variants the module imports, each typed by its name. */
    public List<HostFunction> functions(List<String> invokeImports) {
        HostFunctions functions = new HostFunctions("env")
                .add("_emscripten_throw_longjmp", "v()", (inst, a) -> {
                    throw Longjmp.INSTANCE;
                })
                .add("setTempRet0", "v(i)", (inst, a) -> {
                    tempRet0 = (int) a[0];
                    return Results.none();
                })
                .add("getTempRet0", "i()", (inst, a) -> Results.i32(tempRet0));
        for (String name : invokeImports) {
            String sig = name.substring("invoke_".length());
            char result = sig.charAt(0);
            long[] zero = result == 'v' ? null : new long[] {0};
            functions.add(name, result + "(i" + sig.substring(1) + ")", (inst, a) -> invoke(inst, a, zero));
        }
        return functions.functions();
    }

    private long[] invoke(Instance instance, long[] args, long[] zero) {
        if (stackSave == null) {
            stackSave = instance.export("stackSave");
            stackRestore = instance.export("stackRestore");
            setThrew = instance.export("setThrew");
        }
        long stackPointer = stackSave.apply()[0];
        int function = instance.table(0).requiredRef((int) args[0]);
        try {
            return instance.getMachine().call(function, Arrays.copyOfRange(args, 1, args.length));
        } catch (Longjmp e) {
            stackRestore.apply(stackPointer);
            setThrew.apply(1, 0);
            return zero;
        }
    }
}
