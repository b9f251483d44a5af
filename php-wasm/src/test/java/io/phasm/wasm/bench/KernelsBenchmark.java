package io.phasm.wasm.bench;

import com.dylibso.chicory.compiler.MachineFactoryCompiler;
import com.dylibso.chicory.runtime.ExportFunction;
import com.dylibso.chicory.runtime.Instance;
import com.dylibso.chicory.wasm.Parser;
import io.phasm.wasm.memory.FlatMemory;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * The Phasm runner of bench/kernels (run by kernels.sh): kernels.wasm compiled by Chicory's
 * compiler on Phasm's linear memory, the same calls as the native and node runners; prints
 * "name median_ms checksum" per kernel. Arguments: KERNELS_WASM [WARM [TIMED]].
 */
public final class KernelsBenchmark {
    private record Kernel(String name, int argument) {}

    private static final List<Kernel> KERNELS = List.of(new Kernel("k_scan", 2), new Kernel("k_interp", 10),
            new Kernel("k_hash", 4), new Kernel("k_indirect", 400), new Kernel("k_tree", 3));

    public static void main(String[] args) {
        int warm = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        int timed = args.length > 2 ? Integer.parseInt(args[2]) : 7;
        Instance instance = Instance.builder(Parser.parse(Path.of(args[0])))
                .withMachineFactory(MachineFactoryCompiler::compile)
                .withMemoryFactory(FlatMemory::new)
                .build();
        for (Kernel kernel : KERNELS) {
            ExportFunction function = instance.export(kernel.name());
            double[] ms = new double[timed];
            long result = 0;
            for (int i = 0; i < warm + timed; i++) {
                long start = System.nanoTime();
                result = function.apply(kernel.argument())[0];
                if (i >= warm) {
                    ms[i - warm] = (System.nanoTime() - start) / 1e6;
                }
            }
            Arrays.sort(ms);
            System.out.printf("%s %.2f %d%n", kernel.name(), ms[timed / 2], result);
        }
    }
}
