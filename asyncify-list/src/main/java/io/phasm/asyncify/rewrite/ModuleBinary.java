package io.phasm.asyncify.rewrite;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A wasm module read just deeply enough to add functions and globals to it: the section list
 * with the type, import, function and code sections decoded, function names from the name
 * section. Sections it does not change are written back byte for byte; new functions and globals
 * are appended after the existing ones, so every existing index (calls, tables, exports, global
 * accesses) stays valid.
 */
final class ModuleBinary {
    private static final int TYPE = 1, IMPORT = 2, FUNCTION = 3, GLOBAL = 6, CODE = 10, CUSTOM = 0;
    /** Sections that come after the global section (in the order the spec requires): export, start, element, data count, code, data. */
    private static final java.util.Set<Integer> AFTER_GLOBALS = java.util.Set.of(7, 8, 9, 12, 10, 11);
    private static final byte[] HEADER = {0x00, 0x61, 0x73, 0x6D, 0x01, 0x00, 0x00, 0x00};

    private record Section(int id, byte[] payload, String customName) {}

    private final List<Section> sections = new ArrayList<>();
    final List<FunctionType> types = new ArrayList<>();
    final List<Integer> importedFunctionTypes = new ArrayList<>();
    final List<Integer> functionTypes = new ArrayList<>();
    final List<byte[]> bodies = new ArrayList<>();
    /** Function index -> name, from the name section (empty when there is none). */
    final Map<Integer, String> functionNames = new LinkedHashMap<>();
    private int importedGlobals, definedGlobals;
    /** The global section's entries as read, and the types of the globals added since. */
    private byte[] globalEntries = new byte[0];
    private final List<Byte> addedGlobals = new ArrayList<>();

    static ModuleBinary read(byte[] module) {
        WasmReader in = new WasmReader(module);
        if (!java.util.Arrays.equals(in.bytes(8), HEADER)) {
            throw new MalformedModule("not a wasm 1.0 module (bad header)");
        }
        ModuleBinary m = new ModuleBinary();
        while (!in.atEnd()) {
            int id = in.u8();
            byte[] payload = in.bytes(in.u32());
            String custom = id == CUSTOM ? new WasmReader(payload).name() : null;
            m.sections.add(new Section(id, payload, custom));
            switch (id) {
                case TYPE -> m.readTypes(new WasmReader(payload));
                case IMPORT -> m.readImports(new WasmReader(payload));
                case FUNCTION -> m.readFunctions(new WasmReader(payload));
                case CODE -> m.readCode(new WasmReader(payload));
                case GLOBAL -> m.readGlobals(new WasmReader(payload));
                case CUSTOM -> {
                    if ("name".equals(custom)) {
                        m.readNames(payload);
                    }
                }
                default -> { }
            }
        }
        if (m.functionTypes.size() != m.bodies.size()) {
            throw new MalformedModule("function and code sections disagree: " + m.functionTypes.size() + " vs " + m.bodies.size());
        }
        return m;
    }

    int importedFunctionCount() {
        return importedFunctionTypes.size();
    }

    FunctionType typeOfFunction(int index) {
        int imports = importedFunctionTypes.size();
        return types.get(index < imports ? importedFunctionTypes.get(index) : functionTypes.get(index - imports));
    }

    /** The index of this type, added to the type section if it is not there yet. */
    int typeIndex(FunctionType type) {
        int found = types.indexOf(type);
        if (found >= 0) {
            return found;
        }
        types.add(type);
        return types.size() - 1;
    }

    /** Appends a function; returns its function index. */
    int addFunction(FunctionType type, byte[] body, String name) {
        functionTypes.add(typeIndex(type));
        bodies.add(body);
        int index = importedFunctionTypes.size() + bodies.size() - 1;
        functionNames.put(index, name);
        return index;
    }

    /** Appends a mutable global of this type, initially zero; returns its global index. */
    int addGlobal(byte type) {
        ValueTypes.check(type);
        addedGlobals.add(type);
        return importedGlobals + definedGlobals + addedGlobals.size() - 1;
    }

    byte[] write() {
        WasmWriter out = new WasmWriter().bytes(HEADER);
        boolean namesWritten = false;
        // globals added to a module that had no global section: a new one, before the first section that follows it
        boolean newGlobalSection = !addedGlobals.isEmpty() && sections.stream().noneMatch(s -> s.id() == GLOBAL);
        for (Section s : sections) {
            if (newGlobalSection && AFTER_GLOBALS.contains(s.id())) {
                out.u8(GLOBAL).sized(globalSection());
                newGlobalSection = false;
            }
            byte[] payload = switch (s.id()) {
                case TYPE -> typeSection();
                case FUNCTION -> functionSection();
                case GLOBAL -> globalSection();
                case CODE -> codeSection();
                default -> "name".equals(s.customName()) ? nameSection(s.payload()) : s.payload();
            };
            namesWritten |= "name".equals(s.customName());
            out.u8(s.id()).sized(payload);
        }
        if (!namesWritten && !functionNames.isEmpty()) {
            out.u8(CUSTOM).sized(nameSection(new WasmWriter().name("name").toByteArray()));
        }
        return out.toByteArray();
    }

    private void readTypes(WasmReader in) {
        for (int n = in.u32(); n > 0; n--) {
            if (in.u8() != 0x60) {
                throw new MalformedModule("only function types are supported in the type section");
            }
            types.add(new FunctionType(valueTypes(in), valueTypes(in)));
        }
    }

    private static byte[] valueTypes(WasmReader in) {
        byte[] types = in.bytes(in.u32());
        for (byte t : types) {
            ValueTypes.check(t);
        }
        return types;
    }

    private void readImports(WasmReader in) {
        for (int n = in.u32(); n > 0; n--) {
            in.name();
            in.name();
            int kind = in.u8();
            switch (kind) {
                case 0 -> importedFunctionTypes.add(in.u32());
                case 1 -> {
                    in.u8();
                    limits(in);
                }
                case 2 -> limits(in);
                case 3 -> {
                    in.skip(2);
                    importedGlobals++;
                }
                default -> throw new MalformedModule("unsupported import kind " + kind);
            }
        }
    }

    private static void limits(WasmReader in) {
        int flags = in.u8();
        in.u32();
        if ((flags & 1) != 0) {
            in.u32();
        }
    }

    private void readFunctions(WasmReader in) {
        for (int n = in.u32(); n > 0; n--) {
            functionTypes.add(in.u32());
        }
    }

    private void readGlobals(WasmReader in) {
        definedGlobals = in.u32();
        globalEntries = in.bytes(in.remaining());
    }

    private void readCode(WasmReader in) {
        for (int n = in.u32(); n > 0; n--) {
            bodies.add(in.bytes(in.u32()));
        }
    }

    private void readNames(byte[] payload) {
        WasmReader in = new WasmReader(payload);
        in.name();
        while (!in.atEnd()) {
            int id = in.u8();
            int size = in.u32();
            if (id != 1) {
                in.skip(size);
                continue;
            }
            for (int n = in.u32(); n > 0; n--) {
                int index = in.u32();
                functionNames.put(index, in.name());
            }
        }
    }

    private byte[] typeSection() {
        WasmWriter out = new WasmWriter().u32(types.size());
        for (FunctionType t : types) {
            out.u8(0x60).u32(t.params().length).bytes(t.params()).u32(t.results().length).bytes(t.results());
        }
        return out.toByteArray();
    }

    private byte[] functionSection() {
        WasmWriter out = new WasmWriter().u32(functionTypes.size());
        functionTypes.forEach(out::u32);
        return out.toByteArray();
    }

    private byte[] globalSection() {
        WasmWriter out = new WasmWriter().u32(definedGlobals + addedGlobals.size()).bytes(globalEntries);
        for (byte type : addedGlobals) {
            out.u8(type).u8(1); // mutable
            switch (type) { // init: the type's zero constant, then end
                case ValueTypes.I32 -> out.u8(0x41).u8(0);
                case ValueTypes.I64 -> out.u8(0x42).u8(0);
                case ValueTypes.F32 -> out.u8(0x43).bytes(new byte[4]);
                case ValueTypes.F64 -> out.u8(0x44).bytes(new byte[8]);
                default -> throw new IllegalArgumentException("no zero constant for value type " + type);
            }
            out.u8(Instruction.END);
        }
        return out.toByteArray();
    }

    private byte[] codeSection() {
        WasmWriter out = new WasmWriter().u32(bodies.size());
        bodies.forEach(out::sized);
        return out.toByteArray();
    }

    /** The name section with its function-names subsection rewritten; the other subsections as they were. */
    private byte[] nameSection(byte[] old) {
        WasmReader in = new WasmReader(old);
        WasmWriter out = new WasmWriter().name(in.name());
        boolean written = false;
        while (!in.atEnd()) {
            int id = in.u8();
            byte[] sub = in.bytes(in.u32());
            if (id > 1 && !written) {
                out.u8(1).sized(functionNamesSubsection());
                written = true;
            }
            if (id != 1) {
                out.u8(id).sized(sub);
            }
        }
        if (!written) {
            out.u8(1).sized(functionNamesSubsection());
        }
        return out.toByteArray();
    }

    private byte[] functionNamesSubsection() {
        WasmWriter out = new WasmWriter().u32(functionNames.size());
        functionNames.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> out.u32(e.getKey()).name(e.getValue()));
        return out.toByteArray();
    }
}
