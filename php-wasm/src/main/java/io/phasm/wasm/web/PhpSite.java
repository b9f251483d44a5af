package io.phasm.wasm.web;

import io.phasm.network.NetworkBridge;
import io.phasm.wasm.fd.FileLocks;
import io.phasm.wasm.imports.RequestIo;
import io.phasm.wasm.instance.PhpInstance;
import io.phasm.wasm.instance.PhpProcess;
import io.phasm.wasm.instance.WarmSnapshot;
import io.phasm.wasm.memory.MemoryLayout;
import io.phasm.wasm.vfs.HostMount;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;

/**
 * PHP set up to serve one site: the php.ini text it starts with, the host directories it sees
 * and its environment. PHP starts once, when the site is created; every instance after that is
 * a copy of that warm start (see WarmSnapshot), in a process of its own. The warm start moves
 * on when scripts are compiled into its OPcache ({@link #precompile}, see SnapshotWarmup).
 */
public final class PhpSite {
    private final Settings settings;
    private final FileLocks locks = new FileLocks();
    private volatile WarmSnapshot snapshot;

    /**
     * ini: php.ini lines applied over the SAPI's defaults; output: where PHP's stdout/stderr
     * go (a web request's response travels through the SAPI, not stdout); network: PHP's way
     * out, or null for none; memory: how instances keep their linear memory.
     */
    public record Settings(String ini, List<HostMount> mounts, Map<String, String> environment, OutputStream output,
                           NetworkBridge network, MemoryLayout memory) {
        public Settings {
            mounts = List.copyOf(mounts);
            environment = Map.copyOf(environment);
        }

        /** With the fastest memory layout (FLAT). */
        public Settings(String ini, List<HostMount> mounts, Map<String, String> environment, OutputStream output,
                        NetworkBridge network) {
            this(ini, mounts, environment, output, network, MemoryLayout.FLAT);
        }
    }

    /** Starts PHP for the site (this is the slow part: a second or so) and keeps the snapshot. */
    public PhpSite(Settings settings) {
        this.settings = settings;
        this.snapshot = WarmSnapshot.startWeb(newProcess(), settings.ini(), settings.memory());
    }

    /** A new instance, ready to serve requests, sharing nothing with any other. */
    public PhpInstance newInstance() {
        return snapshot.newInstance(newProcess());
    }

    /** The warm start new instances copy. */
    public WarmSnapshot snapshot() {
        return snapshot;
    }

    /**
     * Compiles scripts into OPcache in a new warm start, which instances made from now on copy;
     * returns those of them its OPcache holds. PHP's log of the compiling goes to log. Not
     * for concurrent use (two would each drop the other's scripts).
     */
    List<String> precompile(List<String> scripts, RequestIo log, Executor resumeOn) {
        WarmSnapshot.Precompiled next = snapshot.precompiled(newProcess(), scripts, log, resumeOn);
        snapshot = next.snapshot();
        return next.cached();
    }

    private PhpProcess newProcess() {
        PhpProcess.Builder process = PhpProcess.builder()
                .locks(locks)
                .environment(settings.environment())
                .stdio(InputStream.nullInputStream(), settings.output(), settings.output());
        settings.mounts().forEach(process::mount);
        if (settings.network() != null) {
            process.network(settings.network());
        }
        return process.build();
    }
}
