import io.phasm.wasm.module.FunctionNames;
import io.phasm.wasm.module.WasmFrames;
import java.lang.classfile.ClassFile;
import java.lang.classfile.ClassModel;
import java.lang.classfile.CodeElement;
import java.lang.classfile.Instruction;
import java.lang.classfile.MethodModel;
import java.lang.classfile.instruction.LookupSwitchInstruction;
import java.lang.classfile.instruction.TableSwitchInstruction;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import jdk.vm.ci.meta.MetaAccessProvider;
import jdk.vm.ci.meta.ProfilingInfo;
import jdk.vm.ci.meta.ResolvedJavaMethod;
import jdk.vm.ci.runtime.JVMCI;

/**
 * Which cases of PHP's interpreter loops a workload takes: runs PHP scripts in this JVM (as
 * bin/php would, one after another), then reads HotSpot's own profile of the large switches in
 * the named wasm functions' compiled methods through JVMCI. A wasm br_table becomes one JVM
 * switch, so a switch's taken cases are the br_table targets the workload used. Run it through
 * dispatch-profile.sh, which sets the JVM up.
 */
public class DispatchProfile {
    /** Smaller switches are branches, not an interpreter's dispatch. */
    private static final int MIN_CASES = 16;
    /** Switches this large are worth splitting (the rest of a dispatch goes to a part): written to CASES. */
    private static final int DISPATCH_CASES = 64;

    public static void main(String[] args) throws Exception {
        Map<String, Method> methods = new LinkedHashMap<>();
        for (String function : System.getProperty("functions").split(" ")) {
            try {
                methods.put(function, compiledMethodOf(function)); // before running anything: a misspelt name fails at once
            } catch (IllegalArgumentException e) {
                System.err.println("dispatch-profile: " + e.getMessage());
                System.exit(2);
            }
        }
        Method run = Class.forName("io.phasm.wasm.cli.PhpCommand").getDeclaredMethod("run", String[].class);
        run.setAccessible(true);
        List<String> script = new ArrayList<>();
        for (int i = 0; i <= args.length; i++) {
            if (i < args.length && !args[i].equals("::")) {
                script.add(args[i]);
                continue;
            }
            long start = System.nanoTime();
            int status = (int) run.invoke(null, (Object) script.toArray(new String[0]));
            System.err.printf("dispatch-profile: ran %s in %.1f s, exit %d%n", String.join(" ", script), (System.nanoTime() - start) / 1e9, status);
            if (status != 0) {
                System.exit(status);
            }
            script.clear();
        }
        MetaAccessProvider meta = JVMCI.getRuntime().getHostJVMCIBackend().getMetaAccess();
        Map<String, List<Integer>> taken = new LinkedHashMap<>(); // "FUNCTION TARGETS" -> cases
        for (Map.Entry<String, Method> entry : methods.entrySet()) {
            Method method = entry.getValue();
            System.out.printf("%s (%s.%s)%n", entry.getKey(), method.getDeclaringClass().getSimpleName(), method.getName());
            ProfilingInfo profile = meta.lookupJavaMethod(method).getProfilingInfo();
            for (int[] sw : switchesOf(method)) {
                List<Integer> cases = report(profile, sw[0], sw[1]);
                // a br_table's case i is the switch's case i only in a tableswitch from 0
                if (cases != null && sw[2] == 1 && sw[1] >= DISPATCH_CASES) {
                    taken.put(entry.getKey() + " " + sw[1], cases);
                }
            }
        }
        String file = System.getProperty("cases", "");
        if (!file.isEmpty()) {
            mergeInto(Path.of(file), taken);
        }
    }

    /**
     * Adds the taken cases to a dispatch-cases file (asyncify-list's DispatchCases format:
     * FUNCTION TARGETS CASES): a br_table's cases are the union of every run's, so
     * workloads can be profiled one after another. Comments and other lines stay as they are.
     */
    private static void mergeInto(Path file, Map<String, List<Integer>> taken) throws IOException {
        List<String> lines = Files.exists(file) ? new ArrayList<>(Files.readAllLines(file)) : new ArrayList<>();
        Map<String, List<Integer>> left = new LinkedHashMap<>(taken);
        for (int n = 0; n < lines.size(); n++) {
            String[] f = lines.get(n).strip().split("\\s+");
            if (f.length != 3 || f[0].startsWith("#")) {
                continue;
            }
            List<Integer> more = left.remove(f[0] + " " + f[1]);
            if (more != null) {
                TreeSet<Integer> union = new TreeSet<>(more);
                if (!f[2].equals("-")) {
                    Arrays.stream(f[2].split(",")).map(Integer::valueOf).forEach(union::add);
                }
                lines.set(n, f[0] + " " + f[1] + " " + cases(union));
            }
        }
        left.forEach((table, cases) -> lines.add(table + " " + cases(new TreeSet<>(cases))));
        Files.write(file, lines);
        System.err.printf("dispatch-profile: %d br_tables' taken cases merged into %s%n", taken.size(), file);
    }

    private static String cases(TreeSet<Integer> cases) {
        return cases.isEmpty() ? "-" : cases.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    /** The static method the compiler made of wasm function name: func_N in one of the group classes. */
    private static Method compiledMethodOf(String name) throws ClassNotFoundException {
        for (int group = 0; ; group++) {
            Class<?> c;
            try {
                c = Class.forName("io.phasm.wasm.module.CompiledPhpMachineFuncGroup_" + group);
            } catch (ClassNotFoundException e) {
                throw new IllegalArgumentException("no wasm function named " + name + " in the compiled module");
            }
            for (Method m : c.getDeclaredMethods()) {
                int index = WasmFrames.functionIndex(c.getName(), m.getName());
                if (index >= 0 && name.equals(FunctionNames.of(index))) {
                    return m;
                }
            }
        }
    }

    /** {bci, cases, 1 if a tableswitch from 0} of each switch with at least MIN_CASES cases, in bytecode order. */
    private static List<int[]> switchesOf(Method method) throws Exception {
        String resource = method.getDeclaringClass().getName().replace('.', '/') + ".class";
        byte[] bytes;
        try (var in = method.getDeclaringClass().getClassLoader().getResourceAsStream(resource)) {
            bytes = in.readAllBytes();
        }
        ClassModel model = ClassFile.of().parse(bytes);
        List<int[]> out = new ArrayList<>();
        for (MethodModel m : model.methods()) {
            if (!m.methodName().equalsString(method.getName())) {
                continue;
            }
            int bci = 0;
            for (CodeElement e : m.code().orElseThrow()) {
                // a tableswitch's cases(), in this API, leave out those that go where the default goes
                if (e instanceof TableSwitchInstruction t && t.highValue() - t.lowValue() + 1 >= MIN_CASES) {
                    out.add(new int[] {bci, t.highValue() - t.lowValue() + 2, t.lowValue() == 0 ? 1 : 0});
                } else if (e instanceof LookupSwitchInstruction l && l.cases().size() >= MIN_CASES) {
                    out.add(new int[] {bci, l.cases().size() + 1, 0});
                }
                if (e instanceof Instruction i) {
                    bci += i.sizeInBytes();
                }
            }
        }
        return out;
    }

    /** Prints a switch's profile; returns its taken cases, or null if it has no profile. */
    private static List<Integer> report(ProfilingInfo profile, int bci, int cases) {
        double[] p = profile.getSwitchProbabilities(bci);
        if (p == null) {
            System.out.printf("  switch at bci %d (%d cases): no profile (not run, or not long enough to be profiled)%n", bci, cases);
            return null;
        }
        Integer[] order = new Integer[p.length];
        for (int i = 0; i < p.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(p[b], p[a]));
        List<Integer> taken = IntStream.range(0, p.length).filter(i -> p[i] > 0).boxed().toList();
        int for99 = 0;
        StringBuilder top = new StringBuilder();
        for (double sum = 0; for99 < order.length && sum < 0.99; for99++) {
            sum += p[order[for99]];
            if (for99 < 10) {
                top.append(String.format(" %d:%.1f%%", order[for99], 100 * p[order[for99]]));
            }
        }
        System.out.printf("  switch at bci %d (%d cases, the last is the default): %,d executions, %d cases taken, %d for 99%%;%s%n",
                bci, cases, profile.getExecutionCount(bci), taken.size(), for99, top);
        System.out.println("    taken: " + taken.stream().map(String::valueOf).collect(Collectors.joining(",")));
        return taken;
    }
}
