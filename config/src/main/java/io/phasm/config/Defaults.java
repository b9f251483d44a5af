package io.phasm.config;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;

/** The value of every key the user leaves out; site.docroot has none, it must be given. */
final class Defaults {
    private static final String YAML = """
            server:
              host: 127.0.0.1
              port: 8080
              idleTimeout: 60s
              requestTimeout: 30s
              maxBodySize: 64MB
              maxHeaderSize: 16KB
              gzip: true
              shutdownTimeout: 30s
            site:
              index: [index.php, index.html]
              frontController: /index.php
            php:
              ini: {}
              maxExecutionTime: 30s
              mounts: []
            instances:
              mode: per-request
              max: 16
              queueTimeout: 10s
              maxRequestsPerInstance: 500
              memory: flat
            network:
              allow: []
              deny: []
              dnsServers: []
              maxConnectionsPerRequest: 64
              maxBytesPerRequest: 1GB
            log:
              access: stdout
            """;
    private static final int READY = 2;

    private Defaults() {
    }

    static ObjectNode tree() {
        try {
            ObjectNode tree = (ObjectNode) ConfigFile.YAML.readTree(YAML);
            ((ObjectNode) tree.get("php")).put("sessionDir",
                    Path.of(System.getProperty("java.io.tmpdir"), "phasm-sessions").toAbsolutePath().toString());
            return tree;
        } catch (JacksonException e) {
            throw new IllegalStateException("the defaults are not valid YAML", e);
        }
    }

    /**
     * Defaults that depend on the values given, filled in once those are all known: instances.ready
     * is at most instances.max, so that giving only {@code max: 1} is valid; each mount is read-write
     * unless it says otherwise.
     *
     * @throws ConfigException if site.docroot, which has no default, is not given
     */
    static void complete(ObjectNode tree, Origins origins) {
        if (tree.get("site") instanceof ObjectNode site && !site.has("docroot")) {
            throw origins.problem("site.docroot", "the directory to serve (set site.docroot, or pass --docroot DIR)",
                    "nothing");
        }
        if (tree.get("instances") instanceof ObjectNode instances && !instances.has("ready")) {
            JsonNode max = instances.path("max");
            instances.put("ready", max.canConvertToInt() ? Math.clamp(max.asInt(), 0, READY) : READY);
        }
        if (tree.path("php").get("mounts") instanceof ArrayNode mounts) {
            for (JsonNode mount : mounts) {
                if (mount instanceof ObjectNode fields && !fields.has("readOnly")) {
                    fields.put("readOnly", false);
                }
            }
        }
    }
}
