package io.phasm.config;

import java.util.Map;
import java.util.regex.Pattern;

/**
 * What each key takes, in the words error messages use, whether the value was of the wrong type
 * (found while binding) or out of range (found by {@link ConfigValidator}).
 */
final class Expectations {
    private static final String SECTION = "a mapping of keys to values";
    private static final String DURATION = "a duration such as 250ms, 30s, 5m or 1h";
    private static final String SIZE = "a size above 0 such as 512, 16KB, 64MB or 1GB";
    private static final String BOOLEAN = "true or false";
    private static final String DIRECTORY = "an existing directory";
    private static final String AT_LEAST_ONE = "a whole number >= 1";
    private static final String DESTINATION = "a host name, *.domain, IP address or CIDR block, optionally with :port";
    private static final Pattern INDEX = Pattern.compile("\\[\\d+]");

    private static final Map<String, String> BY_KEY = Map.ofEntries(
            Map.entry("server", SECTION),
            Map.entry("server.host", "a listen address such as 127.0.0.1 or 0.0.0.0"),
            Map.entry("server.port", "a whole number from 0 to 65535"),
            Map.entry("server.idleTimeout", DURATION),
            Map.entry("server.requestTimeout", DURATION),
            Map.entry("server.maxBodySize", SIZE),
            Map.entry("server.maxHeaderSize", SIZE),
            Map.entry("server.gzip", BOOLEAN),
            Map.entry("server.shutdownTimeout", DURATION),
            Map.entry("site", SECTION),
            Map.entry("site.docroot", DIRECTORY),
            Map.entry("site.index", "a non-empty list of file names such as [index.php, index.html]"),
            Map.entry("site.index[]", "a file name, without /"),
            Map.entry("site.frontController", "a path starting with /, or null to disable it"),
            Map.entry("php", SECTION),
            Map.entry("php.ini", "a mapping of php.ini names to values"),
            Map.entry("php.ini.*", "a string, number or boolean without line breaks"),
            Map.entry("php.maxExecutionTime", DURATION + ", or 0s for no limit"),
            Map.entry("php.sessionDir", "a directory (created if missing)"),
            Map.entry("php.mounts", "a list of mounts such as {host: ./data, path: /data, readOnly: false}"),
            Map.entry("php.mounts[]", "a mount such as {host: ./data, path: /data, readOnly: false}"),
            Map.entry("php.mounts[].host", DIRECTORY),
            Map.entry("php.mounts[].path", "an absolute path such as /data, not /, without empty, . or .. parts"),
            Map.entry("php.mounts[].readOnly", BOOLEAN),
            Map.entry("instances", SECTION),
            Map.entry("instances.mode", ConfigNamed.configNames(InstanceMode.class)),
            Map.entry("instances.max", AT_LEAST_ONE),
            Map.entry("instances.ready", "a whole number from 0 to instances.max"),
            Map.entry("instances.queueTimeout", "a duration above 0 such as 250ms, 10s or 1m"),
            Map.entry("instances.maxRequestsPerInstance", AT_LEAST_ONE),
            Map.entry("instances.memory", ConfigNamed.configNames(InstanceMemory.class)),
            Map.entry("network", SECTION),
            Map.entry("network.allow", "a list of destinations such as [127.0.0.1:3306, db.internal:3306, 10.0.0.0/8]"),
            Map.entry("network.allow[]", DESTINATION),
            Map.entry("network.deny", "a list of destinations such as [\"*.tracker.example\", 203.0.113.0/24]"),
            Map.entry("network.deny[]", DESTINATION),
            Map.entry("network.dnsServers", "a list of name servers such as [192.0.2.53, \"[2001:db8::53]:53\"]"),
            Map.entry("network.dnsServers[]", "an IP address, optionally with :port"),
            Map.entry("network.maxConnectionsPerRequest", AT_LEAST_ONE),
            Map.entry("network.maxBytesPerRequest", SIZE),
            Map.entry("log", SECTION),
            Map.entry("log.access", "stdout, off or a file path"));

    private Expectations() {
    }

    /** For a dotted key such as {@code php.mounts[2].host} or {@code php.ini.date.timezone}. */
    static String of(String key) {
        String general = key.startsWith("php.ini.") ? "php.ini.*" : INDEX.matcher(key).replaceAll("[]");
        String expected = BY_KEY.get(general);
        if (expected == null) {
            throw new IllegalArgumentException("no expectation for " + key);
        }
        return expected;
    }
}
