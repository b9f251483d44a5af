package io.phasm.wasm.instance;

import com.dylibso.chicory.runtime.HostFunction;
import com.dylibso.chicory.runtime.ImportValues;
import com.dylibso.chicory.runtime.Instance;
import com.dylibso.chicory.runtime.Memory;
import io.phasm.wasm.abi.CStrings;
import io.phasm.wasm.asyncify.AsyncifyDriver;
import io.phasm.wasm.imports.FileSyscalls;
import io.phasm.wasm.imports.MemoryImports;
import io.phasm.wasm.imports.PhasmImports;
import io.phasm.wasm.imports.ProcessExit;
import io.phasm.wasm.imports.ProcessImports;
import io.phasm.wasm.imports.RequestIo;
import io.phasm.wasm.imports.Readiness;
import io.phasm.wasm.imports.NameResolution;
import io.phasm.wasm.imports.SocketSyscalls;
import io.phasm.wasm.imports.TimeImports;
import io.phasm.wasm.imports.Trampolines;
import io.phasm.wasm.imports.WasiPreview1;
import io.phasm.wasm.memory.FlatMemory;
import io.phasm.wasm.memory.SnapshotMemory;
import io.phasm.wasm.module.PhpModule;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.stream.IntStream;

/**
 * One PHP.wasm instance with its process: imports wired, memory set up, C constructors run.
 * Each instance runs one thing (a command line or requests); it is not thread-safe.
 */
public final class PhpInstance {
    private final PhpProcess process;
    private final Instance instance;
    private final AsyncifyDriver driver = new AsyncifyDriver();
    private final PhasmImports phasm;
    private final List<String> unsupported = new ArrayList<>();
    /** The snapshot this instance continues from; null for one started from scratch. */
    private final WarmSnapshot madeFrom;

    /** A fresh instance: memory from the module's data segments, C constructors run. */
    public PhpInstance(PhpProcess process) {
        this(process, null);
    }

    /**
     * An instance that continues from a snapshot's state: its memory holds the snapshot's pages
     * and its globals are copied in, instead of running the constructors (and whatever
     * ran before the snapshot was taken).
     */
    PhpInstance(PhpProcess process, WarmSnapshot from) {
        this.process = process;
        this.madeFrom = from;
        this.phasm = new PhasmImports(process, driver);
        this.instance = Instance.builder(from == null ? PhpModule.wasm() : PhpModule.wasmWithoutData())
                .withMachineFactory(PhpModule.machineFactory())
                .withMemoryFactory(limits -> from == null ? new FlatMemory(limits) : from.newMemory(limits))
                .withMemoryLimits(PhpModule.memoryLimits())
                .withImportValues(ImportValues.builder().addFunction(imports().toArray(HostFunction[]::new)).build())
                .withStart(false)
                .build();
        // before any code runs: compiled code finds the globals in the memory (InlinedGlobalAccess)
        ((SnapshotMemory) instance.memory()).holdGlobalsOf(instance);
        driver.bind(instance);
        if (from == null) {
            instance.export("__wasm_call_ctors").apply();
        } else {
            from.restoreGlobals(instance);
        }
    }

    private List<HostFunction> imports() {
        List<HostFunction> provided = new ArrayList<>();
        List<String> invokes = PhpModule.importedFunctions().stream()
                .map(PhpModule.ImportedFunction::name).filter(n -> n.startsWith("invoke_")).toList();
        provided.addAll(new Trampolines().functions(invokes));
        provided.addAll(new WasiPreview1(process).functions());
        provided.addAll(new FileSyscalls(process, new Readiness(process, driver)).functions());
        provided.addAll(new SocketSyscalls(process, driver).functions());
        provided.addAll(new NameResolution(process, driver).functions());
        provided.addAll(new TimeImports(ZoneId.systemDefault()).functions());
        provided.addAll(new MemoryImports().functions());
        provided.addAll(new ProcessImports().functions());
        provided.addAll(phasm.functions());
        // Whatever the module imports beyond these links to a function that fails clearly when called.
        Set<String> names = new HashSet<>();
        provided.forEach(f -> names.add(f.module() + "." + f.name()));
        for (PhpModule.ImportedFunction f : PhpModule.importedFunctions()) {
            if (!names.contains(f.module() + "." + f.name())) {
                unsupported.add(f.module() + "." + f.name());
                provided.add(new HostFunction(f.module(), f.name(), f.type(), (inst, args) -> {
                    throw new UnsupportedImport(f.module(), f.name());
                }));
            }
        }
        return provided;
    }

    /** Imports no host class implements: calling one fails with UnsupportedImport. */
    List<String> unsupportedImports() {
        return List.copyOf(unsupported);
    }

    /**
     * Puts the instance back into the snapshot's state for another request: its memory the
     * snapshot's bytes again (the pages it wrote undone), every global as captured, the process
     * restarted, no suspension pending.
     * Only for an instance whose last run ended normally.
     */
    void resetTo(WarmSnapshot snapshot) {
        process.restart();
        driver.reset();
        phasm.attach(RequestIo.NONE);
        phasm.takeScriptsCompiled();
        ((SnapshotMemory) instance.memory()).reset();
        snapshot.restoreGlobals(instance);
    }

    WarmSnapshot madeFrom() {
        return madeFrom;
    }

    /**
     * The scripts the requests served since the last call had to compile because OPcache did
     * not hold them (or held them out of date), as PHP reports them while OPcache is on.
     */
    public List<String> takeScriptsCompiled() {
        return phasm.takeScriptsCompiled();
    }

    public PhpProcess process() {
        return process;
    }

    public AsyncifyDriver asyncify() {
        return driver;
    }

    /** The underlying Chicory instance, for tests that inject faults PHP code cannot cause. */
    Instance wasm() {
        return instance;
    }

    /**
     * Runs PHP's command line (argv[0] is the program name) to its end. Suspensions resume on
     * resumeOn. Completes with the exit code, or exceptionally with a PhpFailure.
     */
    public CompletableFuture<Integer> runCommandLine(List<String> argv, Executor resumeOn) {
        try {
            return startCommandLine(argv, resumeOn);
        } catch (RuntimeException | StackOverflowError e) {
            process.exit();
            return CompletableFuture.failedFuture(Failures.describe(e));
        }
    }

    private CompletableFuture<Integer> startCommandLine(List<String> argv, Executor resumeOn) {
        Memory memory = instance.memory();
        int array = malloc(4 * (argv.size() + 1));
        for (int i = 0; i < argv.size(); i++) {
            memory.writeI32(array + 4 * i, cString(argv.get(i)));
        }
        memory.writeI32(array + 4 * argv.size(), 0);
        return driver.call("phasm_cli", resumeOn, argv.size(), array)
                .handle((result, error) -> {
                    process.exit();
                    if (error == null) {
                        return (int) result[0];
                    }
                    if (Failures.cause(error) instanceof ProcessExit exit) {
                        return exit.status();
                    }
                    throw Failures.describe(error);
                });
    }

    /**
     * Starts PHP for web requests (once per instance, before any request): ini is php.ini text
     * applied over the SAPI's defaults.
     */
    public void startWeb(String ini) {
        int address = cString(ini);
        int status = (int) driver.call("phasm_startup", Runnable::run, address).join()[0];
        if (status != 0) {
            throw new PhpFailure("PHP failed to start (phasm_startup returned " + status + ")", Failures.UNSUPPORTED, null);
        }
    }

    /**
     * Runs one web request: params are the CGI/FastCGI parameters (REQUEST_METHOD, REQUEST_URI,
     * SCRIPT_FILENAME, HTTP_* ...) that become $_SERVER; body and response go through io.
     * Completes with PHP's exit status, or exceptionally with a PhpFailure.
     */
    public CompletableFuture<Integer> handleRequest(Map<String, String> params, RequestIo io, Executor resumeOn) {
        List<String> pairs = new ArrayList<>();
        params.forEach((name, value) -> {
            pairs.add(name);
            pairs.add(value);
        });
        return callWithBlock("phasm_handle_request", nulTerminated(pairs), io, resumeOn);
    }

    /** strings as the SAPI takes them: UTF-8, each ended by a NUL. */
    private static byte[] nulTerminated(List<String> strings) {
        ByteArrayOutputStream block = new ByteArrayOutputStream();
        strings.forEach(s -> {
            block.writeBytes(s.getBytes(StandardCharsets.UTF_8));
            block.write(0);
        });
        return block.toByteArray();
    }

    /**
     * Compiles scripts (absolute paths PHP sees) into OPcache without running them, in a request
     * of their own; PHP's log (why a script could not be compiled) goes to io. Completes with
     * those of them OPcache then holds, or exceptionally with a PhpFailure (also when OPcache is off).
     */
    public CompletableFuture<List<String>> precompile(List<String> scripts, RequestIo io, Executor resumeOn) {
        int flags;
        try {
            flags = malloc(Math.max(scripts.size(), 1));
        } catch (PhpFailure e) {
            return CompletableFuture.failedFuture(e);
        }
        return callWithBlock("phasm_precompile", nulTerminated(scripts), io, resumeOn, flags).thenApply(count -> {
            if (count < 0) {
                throw new PhpFailure("PHP could not compile scripts into OPcache (phasm_precompile returned " + count
                        + "; is opcache.enable off?)", Failures.UNSUPPORTED, null);
            }
            byte[] cached = instance.memory().readBytes(flags, scripts.size());
            return IntStream.range(0, scripts.size()).filter(i -> cached[i] != 0).mapToObj(scripts::get).toList();
        }).whenComplete((cached, error) -> instance.export("free").apply(flags));
    }

    /** Calls a SAPI export taking (address, length) of bytes and more arguments, with io attached while it runs. */
    private CompletableFuture<Integer> callWithBlock(String export, byte[] bytes, RequestIo io, Executor resumeOn, long... more) {
        try {
            int address = malloc(Math.max(bytes.length, 1));
            instance.memory().write(address, bytes);
            long[] args = new long[2 + more.length];
            args[0] = address;
            args[1] = bytes.length;
            System.arraycopy(more, 0, args, 2, more.length);
            phasm.attach(io);
            return driver.call(export, resumeOn, args)
                    .handle((result, error) -> {
                        phasm.attach(RequestIo.NONE);
                        instance.export("free").apply(address);
                        if (error != null) {
                            throw Failures.describe(error);
                        }
                        return (int) result[0];
                    });
        } catch (RuntimeException | StackOverflowError e) {
            phasm.attach(RequestIo.NONE);
            return CompletableFuture.failedFuture(Failures.describe(e));
        }
    }

    private int malloc(int size) {
        int address = (int) instance.export("malloc").apply(size)[0];
        if (address == 0) {
            throw new PhpFailure("out of wasm memory", Failures.ABORTED, null);
        }
        return address;
    }

    private int cString(String s) {
        int address = CStrings.allocate(instance, s);
        if (address == 0) {
            throw new PhpFailure("out of wasm memory", Failures.ABORTED, null);
        }
        return address;
    }
}
