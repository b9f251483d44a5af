package io.phasm.asyncify.rewrite;

import java.util.ArrayList;
import java.util.List;

/**
 * One instruction of a function body as a tree: block, loop and if hold their bodies, so a run
 * of instructions can be lifted out whole. Only what outlining rewrites is decoded (branch
 * labels, local indices, block types); every other immediate is kept as its bytes.
 */
final class Instruction {
    static final int UNREACHABLE = 0x00, BLOCK = 0x02, LOOP = 0x03, IF = 0x04, ELSE = 0x05, END = 0x0B, BR = 0x0C,
            BR_IF = 0x0D, BR_TABLE = 0x0E, RETURN = 0x0F, CALL = 0x10, LOCAL_GET = 0x20, LOCAL_SET = 0x21,
            LOCAL_TEE = 0x22, GLOBAL_GET = 0x23, GLOBAL_SET = 0x24, I32_CONST = 0x41;
    /** A block type with no params and no results. */
    static final long EMPTY_BLOCK = -64;

    final int opcode;
    /** The immediates' bytes, for instructions whose immediates are not decoded. */
    final byte[] immediates;
    /** Branch targets (br_table: the targets, then the default). */
    final int[] labels;
    /** The local of local.get/set/tee; -1 otherwise. */
    final int local;
    /** How many operands it takes and leaves (block, loop, if: their params and results). */
    final int pops, pushes;
    /** br, br_table, return, unreachable: the code after it in the same body is unreachable. */
    final boolean endsFlow;
    /** block, loop, if: the block type as encoded (s33) and its signature. */
    final long blockType;
    final FunctionType signature;
    final List<Instruction> body, elseBody;
    private int size = -1;

    private Instruction(int opcode, byte[] immediates, int[] labels, int local, int pops, int pushes, boolean endsFlow,
            long blockType, FunctionType signature, List<Instruction> body, List<Instruction> elseBody) {
        this.opcode = opcode;
        this.immediates = immediates;
        this.labels = labels;
        this.local = local;
        this.pops = pops;
        this.pushes = pushes;
        this.endsFlow = endsFlow;
        this.blockType = blockType;
        this.signature = signature;
        this.body = body;
        this.elseBody = elseBody;
    }

    static Instruction plain(int opcode, byte[] immediates, int pops, int pushes) {
        boolean ends = opcode == UNREACHABLE || opcode == RETURN;
        return new Instruction(opcode, immediates, null, -1, pops, pushes, ends, 0, null, null, null);
    }

    static Instruction branch(int opcode, int... labels) {
        int pops = opcode == BR ? 0 : 1;
        return new Instruction(opcode, null, labels, -1, pops, 0, opcode != BR_IF, 0, null, null, null);
    }

    static Instruction local(int opcode, int index) {
        int pops = opcode == LOCAL_GET ? 0 : 1;
        int pushes = opcode == LOCAL_SET ? 0 : 1;
        return new Instruction(opcode, null, null, index, pops, pushes, false, 0, null, null, null);
    }

    static Instruction structured(int opcode, long blockType, FunctionType signature, List<Instruction> body,
            List<Instruction> elseBody) {
        int pops = signature.params().length + (opcode == IF ? 1 : 0);
        return new Instruction(opcode, null, null, -1, pops, signature.results().length, false, blockType, signature,
                body, elseBody);
    }

    static Instruction i32Const(int value) {
        return plain(I32_CONST, new WasmWriter().signed(value).toByteArray(), 0, 1);
    }

    static Instruction unreachable() {
        return plain(UNREACHABLE, new byte[0], 0, 0);
    }

    /** A block with no params and no results. */
    static Instruction block(List<Instruction> body) {
        return structured(BLOCK, EMPTY_BLOCK, new FunctionType(new byte[0], new byte[0]), body, null);
    }

    static Instruction global(int opcode, int index) {
        return plain(opcode, new WasmWriter().u32(index).toByteArray(), opcode == GLOBAL_SET ? 1 : 0, opcode == GLOBAL_GET ? 1 : 0);
    }

    static Instruction call(int function, FunctionType type) {
        return plain(CALL, new WasmWriter().u32(function).toByteArray(), type.params().length, type.results().length);
    }

    boolean isStructured() {
        return body != null;
    }

    /** This branch with other labels (depths). */
    Instruction withLabels(int[] newLabels) {
        return new Instruction(opcode, null, newLabels, -1, pops, pushes, endsFlow, 0, null, null, null);
    }

    /** This block with other bodies. */
    Instruction withBodies(List<Instruction> newBody, List<Instruction> newElse) {
        return new Instruction(opcode, null, null, -1, pops, pushes, false, blockType, signature, newBody, newElse);
    }

    /** Encoded size in bytes (a block's includes its bodies); cached: bodies are not changed once measured. */
    int size() {
        if (size < 0) {
            WasmWriter out = new WasmWriter();
            write(out);
            size = out.size();
        }
        return size;
    }

    /** Forgets the cached size after a body was changed. */
    void bodyChanged() {
        size = -1;
    }

    void write(WasmWriter out) {
        if (opcode > 0xFF) {
            out.u8(opcode >> 8).u32(opcode & 0xFF);
        } else {
            out.u8(opcode);
        }
        if (isStructured()) {
            out.signed(blockType);
            writeAll(body, out);
            if (elseBody != null) {
                out.u8(ELSE);
                writeAll(elseBody, out);
            }
            out.u8(END);
        } else if (labels != null) {
            if (opcode == BR_TABLE) {
                out.u32(labels.length - 1);
            }
            for (int label : labels) {
                out.u32(label);
            }
        } else if (local >= 0) {
            out.u32(local);
        } else {
            out.bytes(immediates);
        }
    }

    static void writeAll(List<Instruction> code, WasmWriter out) {
        for (Instruction i : code) {
            i.write(out);
        }
    }

    static int sizeOf(List<Instruction> code, int from, int to) {
        int total = 0;
        for (int i = from; i < to; i++) {
            total += code.get(i).size();
        }
        return total;
    }

    static List<Instruction> list(Instruction... instructions) {
        return new ArrayList<>(List.of(instructions));
    }
}
