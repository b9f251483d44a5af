package io.phasm.config;

import static io.phasm.config.Origins.quote;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The checks binding cannot make: ranges, paths that must exist, and values that depend on each other. */
final class ConfigValidator {
    private final Origins origins;

    private ConfigValidator(Origins origins) {
        this.origins = origins;
    }

    static void validate(PhasmConfig config, Origins origins) {
        ConfigValidator validator = new ConfigValidator(origins);
        validator.server(config.server());
        validator.site(config.site());
        validator.php(config.php());
        validator.instances(config.instances());
        validator.network(config.network());
    }

    private static final java.util.regex.Pattern DESTINATION = java.util.regex.Pattern.compile(
            "(\\*\\.)?[A-Za-z0-9.-]+(/\\d{1,3})?(:\\d{1,5})?|[0-9A-Fa-f:.]+(/\\d{1,3})?|\\[[0-9A-Fa-f:.]+](/\\d{1,3})?(:\\d{1,5})?");
    private static final java.util.regex.Pattern NAME_SERVER = java.util.regex.Pattern.compile(
            "[0-9.]+(:\\d{1,5})?|[0-9A-Fa-f:]+|\\[[0-9A-Fa-f:]+](:\\d{1,5})?");

    /** The shape of each entry; the network bridge parses them fully when the server starts. */
    private void network(NetworkConfig network) {
        for (String list : List.of("allow", "deny")) {
            List<String> entries = list.equals("allow") ? network.allow() : network.deny();
            for (int i = 0; i < entries.size(); i++) {
                require(DESTINATION.matcher(entries.get(i)).matches(), "network." + list + "[" + i + "]", quote(entries.get(i)));
            }
        }
        require(network.maxConnectionsPerRequest() >= 1, "network.maxConnectionsPerRequest", String.valueOf(network.maxConnectionsPerRequest()));
        require(network.maxBytesPerRequest().bytes() > 0, "network.maxBytesPerRequest", network.maxBytesPerRequest().toString());
        for (int i = 0; i < network.dnsServers().size(); i++) {
            String server = network.dnsServers().get(i);
            require(NAME_SERVER.matcher(server).matches(), "network.dnsServers[" + i + "]", quote(server));
        }
    }

    private void server(ServerConfig server) {
        require(!server.host().isBlank(), "server.host", quote(server.host()));
        require(server.port() >= 0 && server.port() <= 65535, "server.port", String.valueOf(server.port()));
        require(server.maxBodySize().bytes() > 0, "server.maxBodySize", server.maxBodySize().toString());
        require(server.maxHeaderSize().bytes() > 0, "server.maxHeaderSize", server.maxHeaderSize().toString());
    }

    private void site(SiteConfig site) {
        existingDirectory("site.docroot", site.docroot());
        require(!site.index().isEmpty(), "site.index", "an empty list");
        List<String> index = site.index();
        for (int i = 0; i < index.size(); i++) {
            require(!index.get(i).isEmpty() && !index.get(i).contains("/"), "site.index[" + i + "]", quote(index.get(i)));
        }
        String frontController = site.frontController();
        require(frontController == null || frontController.startsWith("/"), "site.frontController",
                quote(String.valueOf(frontController)));
    }

    private void php(PhpConfig php) {
        php.ini().forEach((name, value) -> {
            String key = "php.ini." + name;
            if (name.isEmpty() || name.contains("=") || hasLineBreak(name)) {
                throw origins.problem(key, "a php.ini name, without = or line breaks", quote(name));
            }
            require(!hasLineBreak(value), key, quote(value));
        });
        Path sessionDir = php.sessionDir();
        require(!Files.exists(sessionDir) || Files.isDirectory(sessionDir), "php.sessionDir",
                quote(sessionDir) + ", which is not a directory");
        Map<String, Integer> mounted = new HashMap<>();
        for (int i = 0; i < php.mounts().size(); i++) {
            Mount mount = php.mounts().get(i);
            String key = "php.mounts[" + i + "]";
            existingDirectory(key + ".host", mount.host());
            require(isGuestPath(mount.path()), key + ".path", quote(mount.path()));
            Integer other = mounted.putIfAbsent(mount.path(), i);
            if (other != null) {
                throw origins.problem(key + ".path", "a path no other mount has",
                        quote(mount.path()) + ", as php.mounts[" + other + "].path");
            }
        }
    }

    /** Absolute and canonical, so that two spellings of one path cannot hide a duplicate. */
    private static boolean isGuestPath(String path) {
        return path.startsWith("/") && path.length() > 1 && Arrays.stream(path.substring(1).split("/", -1))
                .noneMatch(part -> part.isEmpty() || part.equals(".") || part.equals(".."));
    }

    private void instances(InstancesConfig instances) {
        require(instances.max() >= 1, "instances.max", String.valueOf(instances.max()));
        require(instances.ready() >= 0 && instances.ready() <= instances.max(), "instances.ready",
                instances.ready() + " with instances.max " + instances.max());
        require(instances.queueTimeout().isPositive(), "instances.queueTimeout",
                instances.queueTimeout().toMillis() + "ms");
        require(instances.maxRequestsPerInstance() >= 1, "instances.maxRequestsPerInstance",
                String.valueOf(instances.maxRequestsPerInstance()));
    }

    private void existingDirectory(String key, Path path) {
        require(Files.exists(path), key, quote(path) + ", which does not exist");
        require(Files.isDirectory(path), key, quote(path) + ", which is not a directory");
    }

    private static boolean hasLineBreak(String text) {
        return text.contains("\n") || text.contains("\r");
    }

    private void require(boolean valid, String key, String got) {
        if (!valid) {
            throw origins.problem(key, Expectations.of(key), got);
        }
    }
}
