package io.phasm.asyncify.rewrite;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** Builds wasm binary bytes: LEB128 integers, bytes, names, length-prefixed sections. */
final class WasmWriter {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    WasmWriter u8(int b) {
        out.write(b);
        return this;
    }

    WasmWriter bytes(byte[] run) {
        out.writeBytes(run);
        return this;
    }

    WasmWriter u32(int value) {
        long v = Integer.toUnsignedLong(value);
        do {
            int b = (int) (v & 0x7F);
            v >>>= 7;
            out.write(v != 0 ? b | 0x80 : b);
        } while (v != 0);
        return this;
    }

    WasmWriter signed(long value) {
        while (true) {
            int b = (int) (value & 0x7F);
            value >>= 7;
            boolean done = (value == 0 && (b & 0x40) == 0) || (value == -1 && (b & 0x40) != 0);
            out.write(done ? b : b | 0x80);
            if (done) {
                return this;
            }
        }
    }

    WasmWriter name(String name) {
        byte[] utf8 = name.getBytes(StandardCharsets.UTF_8);
        return u32(utf8.length).bytes(utf8);
    }

    /** The bytes, prefixed with their length (how sections, bodies and subsections are framed). */
    WasmWriter sized(byte[] payload) {
        return u32(payload.length).bytes(payload);
    }

    int size() {
        return out.size();
    }

    byte[] toByteArray() {
        return out.toByteArray();
    }
}
