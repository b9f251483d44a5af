package io.phasm.asyncify.rewrite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.dylibso.chicory.wasm.Parser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.BitSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The dispatch profile file, and what the splitter says about entries it cannot use. */
class DispatchCasesTest {
    @TempDir
    Path dir;

    @Test
    void readsTablesSkippingComments() throws Exception {
        Path file = Files.writeString(dir.resolve("cases.txt"), """
                # a comment
                php_pcre2_match 168 0,5,167   # trailing comment

                sqlite3VdbeExec 183 -
                """);
        DispatchCases cases = DispatchCases.read(file);
        DispatchCases.Table pcre = cases.of("php_pcre2_match").getFirst();
        assertEquals(168, pcre.targets());
        assertEquals(BitSet.valueOf(new long[] {1L | 1L << 5}).get(0, 6), pcre.taken().get(0, 6));
        assertTrue(pcre.taken().get(167));
        assertTrue(cases.of("sqlite3VdbeExec").getFirst().taken().isEmpty());
        assertEquals(List.of(), cases.of("lex_scan"));
    }

    @Test
    void aMalformedLineIsReportedWithItsFileAndLine() throws Exception {
        Path file = Files.writeString(dir.resolve("cases.txt"), "f 16 1,2\nf 16 3,16\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> DispatchCases.read(file));
        assertTrue(e.getMessage().startsWith(file + ":2: case 16 of a br_table of 16 targets"), e.getMessage());
        Files.writeString(file, "f 16 x\n");
        e = assertThrows(IllegalArgumentException.class, () -> DispatchCases.read(file));
        assertTrue(e.getMessage().contains(":1: a case is not a number >= 0: x"), e.getMessage());
        Files.writeString(file, "f 16 0 1\n");
        e = assertThrows(IllegalArgumentException.class, () -> DispatchCases.read(file));
        assertTrue(e.getMessage().contains("4 fields instead of 3"), e.getMessage());
    }

    @Test
    void entriesThatNoLongerMatchTheModuleAreReportedAndChangeNothing() {
        byte[] module = RandomProgram.generateDispatch(7, 8, 20, 30);
        DispatchCases stale = new DispatchCases(List.of(
                new DispatchCases.Table("gone", 30, new BitSet()),
                new DispatchCases.Table("run", 31, new BitSet())));
        ModuleSplitter.Result result = ModuleSplitter.split(module, 1 << 20, stale);
        assertEquals(List.of("stale profile: no function of that name", "stale profile: the function has no br_table of that length"),
                result.dispatches().stream().map(ModuleSplitter.DispatchSplit::outcome).sorted().toList());
        assertSame(module, result.module(), "the module is returned as it was");
    }

    @Test
    void aGlobalCanBeAddedToAModuleThatHasNone() {
        // (module (func (export "f") (result i32) i32.const 7))
        byte[] bare = {0, 0x61, 0x73, 0x6D, 1, 0, 0, 0, 1, 5, 1, 0x60, 0, 1, 0x7F, 3, 2, 1, 0, 7, 5, 1, 1, 'f', 0, 0,
                10, 6, 1, 4, 0, 0x41, 7, 0x0B};
        ModuleBinary module = ModuleBinary.read(bare);
        assertEquals(0, module.addGlobal(ValueTypes.I64));
        assertEquals(1, module.addGlobal(ValueTypes.F64));
        var parsed = Parser.parse(module.write());
        assertEquals(2, parsed.globalSection().globalCount());
    }
}
