package io.phasm.wasm.module;

import com.dylibso.chicory.wasm.Parser;
import com.dylibso.chicory.wasm.types.NameCustomSection;
import com.dylibso.chicory.wasm.types.SectionId;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Function names from the shipped module's name section (the compiled copy has none). Read on
 * first use: only error reports and stack traces need them.
 */
public final class FunctionNames {
    private static volatile NameCustomSection names;

    /** The name of wasm function index, or "function[index]" if it has none. */
    public static String of(int index) {
        String name = section().nameOfFunction(index);
        return name != null ? name : "function[" + index + "]";
    }

    private static NameCustomSection section() {
        NameCustomSection section = names;
        if (section == null) {
            synchronized (FunctionNames.class) {
                if (names == null) {
                    try (InputStream in = FunctionNames.class.getResourceAsStream("php.wasm")) {
                        if (in == null) {
                            throw new IllegalStateException("php.wasm is missing from the classpath");
                        }
                        names = Parser.builder().includeSectionId(SectionId.CUSTOM).build().parse(in).nameSection();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
                section = names;
            }
        }
        return section;
    }

    private FunctionNames() {}
}
