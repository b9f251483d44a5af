package io.phasm.asyncify.rewrite;

/** Wasm value types as their binary codes, and the instructions that make their zero values. */
final class ValueTypes {
    static final byte I32 = 0x7F, I64 = 0x7E, F32 = 0x7D, F64 = 0x7C, FUNCREF = 0x70, EXTERNREF = 0x6F;

    static void check(int code) {
        switch ((byte) code) {
            case I32, I64, F32, F64, FUNCREF, EXTERNREF -> { }
            default -> throw new MalformedModule(String.format("unsupported value type 0x%02X", code & 0xFF));
        }
    }

    static String name(byte type) {
        return switch (type) {
            case I32 -> "i32";
            case I64 -> "i64";
            case F32 -> "f32";
            case F64 -> "f64";
            case FUNCREF -> "funcref";
            case EXTERNREF -> "externref";
            default -> String.format("0x%02X", type & 0xFF);
        };
    }

    static String names(byte[] types) {
        StringBuilder s = new StringBuilder("[");
        for (int i = 0; i < types.length; i++) {
            s.append(i == 0 ? "" : " ").append(name(types[i]));
        }
        return s.append(']').toString();
    }

    private ValueTypes() {}
}
