package io.phasm.asyncify.rewrite;

/** A cursor over wasm binary bytes: LEB128 integers, bytes, names. */
final class WasmReader {
    private final byte[] bytes;
    private int position;
    private final int end;

    WasmReader(byte[] bytes) {
        this.bytes = bytes;
        this.end = bytes.length;
    }

    int position() {
        return position;
    }

    boolean atEnd() {
        return position >= end;
    }

    int remaining() {
        return end - position;
    }

    int u8() {
        if (position >= end) {
            throw new MalformedModule("unexpected end at byte " + position);
        }
        return bytes[position++] & 0xFF;
    }

    byte[] bytes(int count) {
        if (count < 0 || position + count > end) {
            throw new MalformedModule("a run of " + count + " bytes at " + position + " passes the end");
        }
        byte[] run = java.util.Arrays.copyOfRange(bytes, position, position + count);
        position += count;
        return run;
    }

    /** Bytes already read, from..to (positions). */
    byte[] slice(int from, int to) {
        return java.util.Arrays.copyOfRange(bytes, from, to);
    }

    void skip(int count) {
        bytes(count);
    }

    int u32() {
        long result = 0;
        for (int shift = 0; ; shift += 7) {
            int b = u8();
            result |= (long) (b & 0x7F) << shift;
            if ((b & 0x80) == 0) {
                break;
            }
            if (shift >= 28) {
                throw new MalformedModule("u32 too long at byte " + position);
            }
        }
        if (result > 0xFFFF_FFFFL || result > Integer.MAX_VALUE) {
            throw new MalformedModule("u32 out of range at byte " + position);
        }
        return (int) result;
    }

    /** A signed LEB128 of up to {@code bits} bits (32, 33 or 64). */
    long signed(int bits) {
        long result = 0;
        int shift = 0;
        int b;
        do {
            b = u8();
            result |= (long) (b & 0x7F) << shift;
            shift += 7;
            if (shift > bits + 6) {
                throw new MalformedModule("signed LEB128 too long at byte " + position);
            }
        } while ((b & 0x80) != 0);
        if (shift < 64 && (b & 0x40) != 0) {
            result |= -1L << shift;
        }
        return result;
    }

    String name() {
        return new String(bytes(u32()), java.nio.charset.StandardCharsets.UTF_8);
    }
}
