package io.phasm.asyncify.rewrite;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads instructions into {@link Instruction} trees and works out how many operands each takes
 * and leaves — all the splitter needs to find the points where the operand stack is empty.
 * Covers wasm 1.0 with multi-value, sign extension, non-trapping conversions, bulk memory and
 * reference types; anything else (SIMD, threads, exceptions, tail calls) is refused by name.
 */
final class CodeDecoder {
    private final WasmReader in;
    private final ModuleBinary module;

    CodeDecoder(WasmReader in, ModuleBinary module) {
        this.in = in;
        this.module = module;
    }

    /** A body and, for an if, its else body (null when it has none). */
    record Bodies(List<Instruction> body, List<Instruction> elseBody) {}

    /** Instructions up to the matching end (an if's: with its else part). */
    Bodies block(boolean inIf) {
        List<Instruction> body = new ArrayList<>();
        List<Instruction> elseBody = null;
        List<Instruction> current = body;
        while (true) {
            int op = in.u8();
            if (op == Instruction.END) {
                break;
            }
            if (op == Instruction.ELSE) {
                if (!inIf || elseBody != null) {
                    throw new MalformedModule("else outside an if at byte " + in.position());
                }
                elseBody = new ArrayList<>();
                current = elseBody;
                continue;
            }
            current.add(instruction(op));
        }
        return new Bodies(body, elseBody);
    }

    private Instruction instruction(int op) {
        int start = in.position();
        return switch (op) {
            case Instruction.BLOCK, Instruction.LOOP, Instruction.IF -> {
                long blockType = in.signed(33);
                FunctionType signature = blockSignature(blockType);
                Bodies inner = block(op == Instruction.IF);
                yield Instruction.structured(op, blockType, signature, inner.body(), inner.elseBody());
            }
            case Instruction.BR, Instruction.BR_IF -> Instruction.branch(op, in.u32());
            case Instruction.BR_TABLE -> {
                int n = in.u32();
                if (n > 1_000_000) {
                    throw new MalformedModule("br_table with " + n + " targets");
                }
                int[] labels = new int[n + 1];
                for (int i = 0; i <= n; i++) {
                    labels[i] = in.u32();
                }
                yield Instruction.branch(op, labels);
            }
            case Instruction.LOCAL_GET, Instruction.LOCAL_SET, Instruction.LOCAL_TEE -> Instruction.local(op, in.u32());
            case Instruction.CALL -> {
                FunctionType t = module.typeOfFunction(in.u32());
                yield Instruction.plain(op, bytesSince(start), t.params().length, t.results().length);
            }
            case 0x11 -> { // call_indirect type table
                FunctionType t = module.types.get(in.u32());
                in.u32();
                yield Instruction.plain(op, bytesSince(start), t.params().length + 1, t.results().length);
            }
            case 0x1C -> { // select with types
                for (int n = in.u32(); n > 0; n--) {
                    ValueTypes.check(in.u8());
                }
                yield Instruction.plain(op, bytesSince(start), 3, 1);
            }
            case 0xFC -> prefixed();
            default -> plain(op, start);
        };
    }

    private Instruction plain(int op, int start) {
        int pops, pushes;
        if (op == 0x00 || op == 0x01 || op == Instruction.RETURN) {           // unreachable, nop, return
            pops = 0;
            pushes = 0;
        } else if (op == 0x1A) {                                               // drop
            pops = 1;
            pushes = 0;
        } else if (op == 0x1B) {                                               // select
            pops = 3;
            pushes = 1;
        } else if (op == 0x23) {                                               // global.get
            in.u32();
            pops = 0;
            pushes = 1;
        } else if (op == 0x24) {                                               // global.set
            in.u32();
            pops = 1;
            pushes = 0;
        } else if (op == 0x25 || op == 0x26) {                                 // table.get, table.set
            in.u32();
            pops = op == 0x25 ? 1 : 2;
            pushes = op == 0x25 ? 1 : 0;
        } else if (op >= 0x28 && op <= 0x3E) {                                 // loads, stores: memarg
            int align = in.u32();
            if ((align & 0x40) != 0) {
                throw new MalformedModule("multiple memories are not supported");
            }
            in.u32();
            pops = op <= 0x35 ? 1 : 2;
            pushes = op <= 0x35 ? 1 : 0;
        } else if (op == 0x3F || op == 0x40) {                                 // memory.size, memory.grow
            in.u8();
            pops = op == 0x3F ? 0 : 1;
            pushes = 1;
        } else if (op >= 0x41 && op <= 0x44) {                                 // constants
            switch (op) {
                case 0x41 -> in.signed(32);
                case 0x42 -> in.signed(64);
                case 0x43 -> in.skip(4);
                default -> in.skip(8);
            }
            pops = 0;
            pushes = 1;
        } else if (isUnary(op)) {
            pops = 1;
            pushes = 1;
        } else if (op >= 0x46 && op <= 0xA6) {                                 // comparisons, binary arithmetic
            pops = 2;
            pushes = 1;
        } else if (op == 0xD0) {                                               // ref.null
            in.u8();
            pops = 0;
            pushes = 1;
        } else if (op == 0xD1) {                                               // ref.is_null
            pops = 1;
            pushes = 1;
        } else if (op == 0xD2) {                                               // ref.func
            in.u32();
            pops = 0;
            pushes = 1;
        } else {
            throw new MalformedModule(String.format("unsupported opcode 0x%02X at byte %d (%s)", op, start - 1, feature(op)));
        }
        return Instruction.plain(op, bytesSince(start), pops, pushes);
    }

    private static boolean isUnary(int op) {
        return op == 0x45 || op == 0x50                                        // eqz
                || (op >= 0x67 && op <= 0x69) || (op >= 0x79 && op <= 0x7B)    // clz ctz popcnt
                || (op >= 0x8B && op <= 0x91) || (op >= 0x99 && op <= 0x9F)    // float unary
                || (op >= 0xA7 && op <= 0xC4);                                 // conversions, sign extension
    }

    private static String feature(int op) {
        return switch (op) {
            case 0x06, 0x07, 0x08, 0x09, 0x18, 0x19, 0x1F -> "exception handling";
            case 0x12, 0x13 -> "tail calls";
            case 0xFD -> "SIMD";
            case 0xFE -> "threads";
            default -> "not a wasm 1.0 opcode";
        };
    }

    private Instruction prefixed() {
        int sub = in.u32();
        int afterSub = in.position(); // Instruction.write writes the sub-opcode itself
        int pops, pushes;
        switch (sub) {
            case 0, 1, 2, 3, 4, 5, 6, 7 -> { pops = 1; pushes = 1; }           // trunc_sat
            case 8 -> { in.u32(); in.u8(); pops = 3; pushes = 0; }             // memory.init
            case 9, 13 -> { in.u32(); pops = 0; pushes = 0; }                  // data.drop, elem.drop
            case 10 -> { in.u8(); in.u8(); pops = 3; pushes = 0; }            // memory.copy
            case 11 -> { in.u8(); pops = 3; pushes = 0; }                      // memory.fill
            case 12, 14 -> { in.u32(); in.u32(); pops = 3; pushes = 0; }      // table.init, table.copy
            case 15 -> { in.u32(); pops = 2; pushes = 1; }                     // table.grow
            case 16 -> { in.u32(); pops = 0; pushes = 1; }                     // table.size
            case 17 -> { in.u32(); pops = 3; pushes = 0; }                     // table.fill
            default -> throw new MalformedModule("unsupported opcode 0xFC " + sub + " at byte " + afterSub);
        }
        return Instruction.plain(0xFC00 | sub, bytesSince(afterSub), pops, pushes);
    }

    private byte[] bytesSince(int start) {
        return in.slice(start, in.position());
    }

    private FunctionType blockSignature(long blockType) {
        if (blockType == Instruction.EMPTY_BLOCK) {
            return new FunctionType(new byte[0], new byte[0]);
        }
        if (blockType < 0) {
            byte t = (byte) (blockType & 0x7F);
            ValueTypes.check(t);
            return new FunctionType(new byte[0], new byte[] {t});
        }
        if (blockType >= module.types.size()) {
            throw new MalformedModule("block type index " + blockType + " out of range");
        }
        return module.types.get((int) blockType);
    }
}
