package io.phasm.wasm.abi;

import com.dylibso.chicory.runtime.Instance;
import java.nio.charset.StandardCharsets;

/** C strings the host hands to the module, in memory from the module's own malloc. */
public final class CStrings {

    /** Copies s NUL-terminated into newly malloc'ed memory; returns its address, 0 if malloc failed. */
    public static int allocate(Instance instance, String s) {
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        int address = (int) instance.export("malloc").apply(bytes.length + 1)[0];
        if (address != 0) {
            instance.memory().write(address, bytes);
            instance.memory().writeByte(address + bytes.length, (byte) 0);
        }
        return address;
    }

    private CStrings() {}

    /** Writes s and its NUL at pointer if they fit in size bytes; false (nothing written) if not. */
    public static boolean writeBounded(com.dylibso.chicory.runtime.Memory memory, int pointer, int size, String s) {
        byte[] bytes = s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        if (bytes.length + 1 > size) {
            return false;
        }
        memory.write(pointer, bytes);
        memory.writeByte(pointer + bytes.length, (byte) 0);
        return true;
    }
}
