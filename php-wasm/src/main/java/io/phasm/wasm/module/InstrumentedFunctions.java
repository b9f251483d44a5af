package io.phasm.wasm.module;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The functions binaryen instrumented for Asyncify in the shipped module (php.instrumented.txt,
 * written by asyncify-list/bin/instrument). Only these can take part in an unwind.
 */
public final class InstrumentedFunctions {
    private static volatile Set<String> names;

    /** Functions on the given stack (indices, innermost first) that are not instrumented, by name. */
    public static List<String> missing(List<Integer> stack) {
        Set<String> instrumented = names();
        int imports = PhpModule.importedFunctions().size();
        return stack.stream()
                .filter(index -> index >= imports) // imported functions are host code: nothing to save
                .map(FunctionNames::of)
                .filter(name -> !instrumented.contains(name))
                .distinct()
                .toList();
    }

    private static Set<String> names() {
        Set<String> set = names;
        if (set == null) {
            try (InputStream in = InstrumentedFunctions.class.getResourceAsStream("php.instrumented.txt")) {
                if (in == null) {
                    throw new IllegalStateException("php.instrumented.txt is missing from the classpath");
                }
                set = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().collect(Collectors.toUnmodifiableSet());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            names = set;
        }
        return set;
    }

    private InstrumentedFunctions() {}
}
