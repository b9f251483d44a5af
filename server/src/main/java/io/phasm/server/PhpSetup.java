package io.phasm.server;

import io.phasm.config.ConfigException;
import io.phasm.config.InstanceMemory;
import io.phasm.config.InstanceMode;
import io.phasm.config.NetworkConfig;
import io.phasm.config.PhasmConfig;
import io.phasm.config.PhpConfig;
import io.phasm.network.HostPort;
import io.phasm.network.NetworkBridge;
import io.phasm.network.RequestLimits;
import io.phasm.network.policy.NetworkPolicy;
import io.phasm.network.policy.Rule;
import io.phasm.server.php.CgiParams;
import io.phasm.wasm.instance.HostCertificates;
import io.phasm.wasm.memory.MemoryLayout;
import io.phasm.wasm.vfs.HostMount;
import io.phasm.wasm.web.PhpSite;
import io.phasm.wasm.web.PoolSettings;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * How the configuration becomes PHP's world: the document root at /var/www/html (writable, as
 * WordPress expects for uploads), sessions in a host directory, the user's mounts, and php.ini
 * defaults that agree with the server's own limits (a body the server accepts is one PHP takes).
 */
final class PhpSetup {
    static final String GUEST_SESSION_DIR = "/var/lib/php/sessions";
    private static final int DNS_PORT = 53;
    private static final int OPCACHE_MEGABYTES = 64;

    private PhpSetup() {}

    static PhpSite.Settings site(PhasmConfig config, OutputStream phpOutput, NetworkBridge network) {
        List<HostMount> mounts = new ArrayList<>();
        mounts.add(new HostMount(config.site().docroot(), CgiParams.GUEST_DOCUMENT_ROOT, false));
        mounts.add(new HostMount(config.php().sessionDir(), GUEST_SESSION_DIR, false));
        HostCertificates.mount().ifPresent(mounts::add);
        config.php().mounts().forEach(m -> mounts.add(new HostMount(m.host(), m.path(), m.readOnly())));
        MemoryLayout memory = switch (config.instances().memory()) {
            case FLAT -> MemoryLayout.FLAT;
            case PAGED -> MemoryLayout.PAGED;
        };
        return new PhpSite.Settings(ini(config), mounts, Map.of(), phpOutput, network, memory);
    }

    /** php.ini text: server-derived defaults first, the user's settings after (later lines win). */
    static String ini(PhasmConfig config) {
        PhpConfig php = config.php();
        long bodyBytes = config.server().maxBodySize().bytes();
        Map<String, String> ini = new LinkedHashMap<>();
        ini.put("session.save_path", GUEST_SESSION_DIR);
        ini.put("post_max_size", Long.toString(bodyBytes));
        ini.put("upload_max_filesize", Long.toString(bodyBytes));
        // Reported to scripts (ini_get); the server enforces it, as wall-clock time.
        ini.put("max_execution_time", Long.toString(php.maxExecutionTime().toSeconds()));
        // OPcache's shared memory lies in each instance's linear memory, which with instances.memory
        // flat every instance holds whole: PHP's 128 MB default, mostly never used, would be most of
        // an instance. 64 MB holds WordPress's front end and admin (natively ~25 MB for the home page).
        ini.put("opcache.memory_consumption", Integer.toString(OPCACHE_MEGABYTES));
        ini.putAll(php.ini());
        StringBuilder text = new StringBuilder(HostCertificates.iniLine());
        ini.forEach((k, v) -> text.append(k).append('=').append(quoted(v)).append('\n'));
        return text.toString();
    }

    /** php.ini values with characters the ini parser treats specially must be quoted. */
    private static String quoted(String value) {
        return value.matches("[A-Za-z0-9_./:+\\-]*") ? value : "\"" + value.replace("\"", "\\\"") + "\"";
    }

    /**
     * The sandbox policy and resolver from network.*: rule syntax the config module could only
     * check roughly is parsed here, and a bad entry stops the server naming its key.
     */
    static NetworkBridge network(NetworkConfig config, Consumer<String> log) {
        return new NetworkBridge(new NetworkPolicy(rules(config.deny(), "network.deny", Rule::deny),
                rules(config.allow(), "network.allow", Rule::allow)), nameServers(config.dnsServers()),
                new RequestLimits(config.maxConnectionsPerRequest(), config.maxBytesPerRequest().bytes()), log);
    }

    private static List<Rule> rules(List<String> entries, String key, Function<String, Rule> parse) {
        List<Rule> rules = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            try {
                rules.add(parse.apply(entries.get(i)));
            } catch (IllegalArgumentException e) {
                throw new ConfigException("configuration: " + key + "[" + i + "]: " + e.getMessage());
            }
        }
        return rules;
    }

    private static List<InetSocketAddress> nameServers(List<String> servers) {
        List<InetSocketAddress> addresses = new ArrayList<>();
        for (int i = 0; i < servers.size(); i++) {
            try {
                HostPort server = HostPort.parse(servers.get(i));
                addresses.add(new InetSocketAddress(InetAddress.ofLiteral(server.host()), server.portOr(DNS_PORT)));
            } catch (IllegalArgumentException e) {
                throw new ConfigException("configuration: network.dnsServers[" + i + "]: not an IP address with an optional port: "
                        + servers.get(i));
            }
        }
        return addresses;
    }

    /**
     * A warning when the instances that may exist at once (instances.max + instances.ready), each
     * holding its whole linear memory of instanceBytes (instances.memory flat), need more than
     * the JVM's heap: requests would then fail to get or grow an instance under load.
     */
    static Optional<String> heapWarning(PhasmConfig config, long instanceBytes, long maxHeapBytes) {
        var instances = config.instances();
        long needed = (long) (instances.max() + instances.ready()) * instanceBytes;
        if (instances.memory() != InstanceMemory.FLAT || needed <= maxHeapBytes) {
            return Optional.empty();
        }
        return Optional.of(String.format("heap: instances.max %d + instances.ready %d instances of %d MB each (instances.memory: flat)"
                        + " need %d MB, more than the JVM's heap of %d MB: raise PHASM_HEAP, lower instances.max, or set"
                        + " instances.memory: paged (slower PHP, ~1 MB per instance plus what its request writes)",
                instances.max(), instances.ready(), instanceBytes >> 20, needed >> 20, maxHeapBytes >> 20));
    }

    static PoolSettings pool(PhasmConfig config) {
        var instances = config.instances();
        int threads = 2 * Runtime.getRuntime().availableProcessors();
        return new PoolSettings(instances.mode() == InstanceMode.REUSE, instances.max(), instances.ready(),
                instances.queueTimeout(), config.php().maxExecutionTime(), instances.maxRequestsPerInstance(), threads);
    }
}
