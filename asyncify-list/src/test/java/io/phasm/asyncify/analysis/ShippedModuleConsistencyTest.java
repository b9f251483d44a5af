package io.phasm.asyncify.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.dylibso.chicory.wasm.Parser;
import com.dylibso.chicory.wasm.WasmModule;
import com.dylibso.chicory.wasm.types.ExternalType;
import io.phasm.asyncify.instrument.Instrumenter;
import io.phasm.asyncify.lists.NameList;
import io.phasm.asyncify.rewrite.PartNames;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The committed PHP.wasm is what the committed inputs produce (no binaryen needed to check):
 * the checksums the instrumentation step recorded match the base module, the lists and the
 * module, and the functions the module has instrumented are exactly the listed ones.
 */
class ShippedModuleConsistencyTest {
    static final Path DIST = Path.of("../php-wasm/dist"), LISTS = Path.of("lists");
    static WasmModule module;
    static TreeSet<String> instrumented;

    @BeforeAll
    static void analyse() {
        module = Parser.builder().withValidation(false).build().parse(() -> {
            try {
                return Files.newInputStream(DIST.resolve("php.wasm"));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        instrumented = InstrumentationAnalyser.instrumented(module);
    }

    @Test
    void theModuleWasMadeFromTheCommittedBaseAndLists() throws Exception {
        List<String> recorded = Files.readAllLines(Instrumenter.inputsOf(DIST.resolve("php.wasm")), StandardCharsets.UTF_8);
        List<String> actual = List.of(Instrumenter.sha256Line(DIST.resolve("php-base.wasm")),
                Instrumenter.sha256Line(LISTS.resolve(Instrumenter.ASYNC_IMPORTS)),
                Instrumenter.sha256Line(LISTS.resolve(Instrumenter.ONLY_LIST)),
                Instrumenter.sha256Line(LISTS.resolve(Instrumenter.DISPATCH_CASES)),
                Instrumenter.sha256Line(DIST.resolve("php.wasm")));
        assertEquals(recorded, actual, "php-wasm/dist/php.wasm is stale: rebuild it with asyncify-list/bin/instrument "
                + "(or mvn -Pfix-asyncify) after changing the base module, the lists or the dispatch profile");
    }

    @Test
    void theRuntimesListOfInstrumentedFunctionsIsWhatTheModuleHas() throws Exception {
        Set<String> shipped = new TreeSet<>(Files.readAllLines(Instrumenter.instrumentedListOf(DIST.resolve("php.wasm"))));
        assertEquals(shipped, instrumented);
    }

    @Test
    void exactlyTheListedFunctionsAreInstrumented() throws Exception {
        NameList only = NameList.read(LISTS.resolve(Instrumenter.ONLY_LIST));
        // a split function's parts ("f$part3") are instrumented as f is
        Set<String> instrumentedFunctions = instrumented.stream().map(PartNames::original).collect(Collectors.toSet());
        List<String> unlisted = instrumentedFunctions.stream().filter(name -> !only.matches(name)).sorted().toList();
        assertEquals(List.of(), unlisted, "instrumented without being listed");
        Set<String> functions = functionNames(module);
        List<String> listedNotInstrumented = only.entries().stream()
                .filter(functions::contains) // a listed function -O1 inlined away is not in the module at all
                .filter(name -> !instrumentedFunctions.contains(name))
                .toList();
        assertEquals(List.of(), listedNotInstrumented, "listed, present in the module, but not instrumented");
        assertTrue(instrumented.size() > 100, "the analyser found " + instrumented.size());
    }

    private static Set<String> functionNames(WasmModule module) {
        int imports = module.importSection().count(ExternalType.FUNCTION);
        Set<String> names = new TreeSet<>();
        for (int i = 0; i < module.codeSection().functionBodyCount(); i++) {
            String name = module.nameSection().nameOfFunction(imports + i);
            if (name != null) {
                names.add(name);
            }
        }
        return names;
    }
}
