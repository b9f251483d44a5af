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
    private final String module;
    private final List<HostFunction> functions = new ArrayList<>();

    public HostFunctions(String module) {
        this.module = module;
    }

    public HostFunctions add(String name, String signature, WasmFunctionHandle handle) {
        functions.add(new HostFunction(module, name, type(signature), handle));
        return this;
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
