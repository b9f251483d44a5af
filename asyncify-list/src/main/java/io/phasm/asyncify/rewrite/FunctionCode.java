package io.phasm.asyncify.rewrite;

import java.util.ArrayList;
import java.util.List;

/**
 * A function body decoded: the types of all its locals (params first) and its code as a tree.
 * {@link #encode()} gives the body's bytes back (locals declared in runs of one type).
 */
final class FunctionCode {
    final FunctionType type;
    final List<Byte> localTypes;
    List<Instruction> code;

    FunctionCode(FunctionType type, List<Byte> localTypes, List<Instruction> code) {
        this.type = type;
        this.localTypes = localTypes;
        this.code = code;
    }

    static FunctionCode decode(byte[] body, FunctionType type, ModuleBinary module) {
        WasmReader in = new WasmReader(body);
        List<Byte> locals = new ArrayList<>();
        for (byte p : type.params()) {
            locals.add(p);
        }
        for (int groups = in.u32(); groups > 0; groups--) {
            int count = in.u32();
            byte t = (byte) in.u8();
            ValueTypes.check(t);
            if ((long) locals.size() + count > 50_000) {
                throw new MalformedModule("more than 50,000 locals");
            }
            for (int i = 0; i < count; i++) {
                locals.add(t);
            }
        }
        List<Instruction> code = new CodeDecoder(in, module).block(false).body();
        if (!in.atEnd()) {
            throw new MalformedModule("bytes after the body's end");
        }
        return new FunctionCode(type, locals, code);
    }

    int addLocal(byte type) {
        localTypes.add(type);
        return localTypes.size() - 1;
    }

    byte[] encode() {
        WasmWriter out = new WasmWriter();
        List<int[]> runs = new ArrayList<>();
        for (int i = type.params().length; i < localTypes.size(); i++) {
            byte t = localTypes.get(i);
            if (!runs.isEmpty() && runs.getLast()[1] == t) {
                runs.getLast()[0]++;
            } else {
                runs.add(new int[] {1, t});
            }
        }
        out.u32(runs.size());
        for (int[] run : runs) {
            out.u32(run[0]).u8(run[1]);
        }
        Instruction.writeAll(code, out);
        out.u8(Instruction.END);
        return out.toByteArray();
    }
}
