package io.phasm.wasm.module.build;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.lang.classfile.ClassFile;
import java.lang.constant.ClassDesc;
import java.lang.constant.MethodTypeDesc;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LateCompilationTest {
    private static final String OWNER = "io.phasm.wasm.module.LateProbe";

    @Test
    void onlyWasmFunctionsOfTheMinimumSizeAreListedAfterQuiet() {
        byte[] probe = classWith(
                new Method("func_1", LateCompilation.MIN_CODE_BYTES),
                new Method("func_2", LateCompilation.MIN_CODE_BYTES - 1),
                new Method("call_dispatch_0", LateCompilation.MIN_CODE_BYTES + 100));
        assertEquals(List.of("quiet", "CompileThresholdScaling," + OWNER + "::func_1," + LateCompilation.THRESHOLD_SCALING),
                LateCompilation.commands(List.of(probe)));
    }

    @Test
    void hotSpotTakesTheFileSilently(@TempDir Path dir) throws IOException, InterruptedException {
        Path file = dir.resolve("late-compilation.txt");
        Files.write(file, LateCompilation.commands(List.of(classWith(new Method("func_1", LateCompilation.MIN_CODE_BYTES)))));
        // a malformed command stops the JVM from starting, and without "quiet" each is echoed on stdout
        Process java = new ProcessBuilder(ProcessHandle.current().info().command().orElseThrow(),
                "-XX:CompileCommandFile=" + file, "-version").start();
        String stdout = new String(java.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String stderr = new String(java.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, java.waitFor(), stderr);
        assertEquals("", stdout);
    }

    private record Method(String name, int codeBytes) {}

    /** A class whose static methods are runs of nop of the given bytecode length (a return included). */
    private static byte[] classWith(Method... methods) {
        return ClassFile.of().build(ClassDesc.of(OWNER), c -> {
            for (Method m : methods) {
                c.withMethodBody(m.name(), MethodTypeDesc.ofDescriptor("()V"), ClassFile.ACC_STATIC, code -> {
                    for (int i = 1; i < m.codeBytes(); i++) {
                        code.nop();
                    }
                    code.return_();
                });
            }
        });
    }
}
