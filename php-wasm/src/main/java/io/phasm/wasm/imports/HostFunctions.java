package io.phasm.wasm.imports;

import com.dylibso.chicory.runtime.HostFunction;
import com.dylibso.chicory.runtime.WasmFunctionHandle;
import com.dylibso.chicory.wasm.types.FunctionType;
import com.dylibso.chicory.wasm.types.ValType;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects the host functions of one import module. Signatures are written the way Emscripten
 * writes them: result letter, then parameters in parentheses, e.g. "i(iji)"
 * (i = i32, j = i64, f = f32, d = f64, v = no result).
 */
public final class HostFunctions {
    /** -Dphasm.traceImports=true prints every import call with its arguments and result (debugging aid). */
    private static final boolean TRACE = Boolean.getBoolean("phasm.traceImports");
    private final String module;
    private final List<HostFunction> functions = new ArrayList<>();

    public HostFunctions(String module) {
        this.module = module;
    }

    public HostFunctions add(String name, String signature, WasmFunctionHandle handle) {
        functions.add(new HostFunction(module, name, type(signature), TRACE ? traced(name, handle) : handle));
        return this;
    }

    private WasmFunctionHandle traced(String name, WasmFunctionHandle handle) {
        return (instance, args) -> {
            long[] result = handle.apply(instance, args);
            System.err.println("[import] " + module + "." + name + java.util.Arrays.toString(args)
                    + " -> " + (result == null ? "void" : java.util.Arrays.toString(result)));
            return result;
        };
    }

    public List<HostFunction> functions() {
        return List.copyOf(functions);
    }

    public static FunctionType type(String signature) {
        int open = signature.indexOf('(');
        if (open != 1 || !signature.endsWith(")")) {
            throw new IllegalArgumentException("bad signature " + signature);
        }
        List<ValType> params = new ArrayList<>();
        for (char c : signature.substring(2, signature.length() - 1).toCharArray()) {
            params.add(valType(c));
        }
        char result = signature.charAt(0);
        return FunctionType.of(params, result == 'v' ? List.of() : List.of(valType(result)));
    }

    private static ValType valType(char c) {
        return switch (c) {
            case 'i' -> ValType.I32;
            case 'j' -> ValType.I64;
            case 'f' -> ValType.F32;
            case 'd' -> ValType.F64;
            default -> throw new IllegalArgumentException("bad type letter " + c);
        };
    }
}
