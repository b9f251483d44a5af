package io.phasm.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files, command-line overrides and defaults merged, bound and validated. */
class ConfigLoaderTest {
    @TempDir
    Path dir;
    Path www;

    @BeforeEach
    void createDocroot() throws IOException {
        www = Files.createDirectory(dir.resolve("www"));
    }

    private Optional<Path> file(String name, String content) throws IOException {
        return Optional.of(Files.writeString(dir.resolve(name), content));
    }

    private PhasmConfig loadYaml(String yaml) throws IOException {
        return ConfigLoader.load(file("phasm.yaml", yaml), Map.of(), dir);
    }

    /** The message of loading {@code phasm.yaml} holding {@code yaml}, named as given (relative). */
    private String yamlError(String yaml) throws IOException {
        file("phasm.yaml", yaml);
        return assertThrows(ConfigException.class,
                () -> ConfigLoader.load(Optional.of(Path.of("phasm.yaml")), Map.of(), dir)).getMessage();
    }

    private String overrideError(Map<String, String> overrides) {
        return assertThrows(ConfigException.class,
                () -> ConfigLoader.load(Optional.empty(), overrides, dir)).getMessage();
    }

    private static Map<String, String> docrootAnd(String... keyValues) {
        Map<String, String> overrides = new LinkedHashMap<>();
        overrides.put("site.docroot", "www");
        for (int i = 0; i < keyValues.length; i += 2) {
            overrides.put(keyValues[i], keyValues[i + 1]);
        }
        return overrides;
    }

    /** The documented example (config/phasm.example.yaml) loads, and the defaults it states are the real ones. */
    @Test
    void theDocumentedExampleStatesTheDefaults() {
        PhasmConfig example = ConfigLoader.load(Optional.of(Path.of("phasm.example.yaml").toAbsolutePath()), Map.of(), dir);
        PhasmConfig defaults = PhasmConfig.defaults(example.site().docroot());
        assertEquals(defaults.server(), example.server());
        assertEquals(defaults.site(), example.site());
        assertEquals(defaults.instances(), example.instances());
        assertEquals(defaults.log(), example.log());
        assertEquals(defaults.network(), example.network());
        assertEquals(defaults.php().maxExecutionTime(), example.php().maxExecutionTime());
        assertEquals(Map.of("memory_limit", "128M", "date.timezone", "UTC"), example.php().ini());
        assertEquals(List.of(), example.php().mounts());
    }

    @Test
    void onlyADocrootGivesTheDefaults() {
        PhasmConfig config = ConfigLoader.load(Optional.empty(), Map.of("site.docroot", "www"), dir);
        PhasmConfig expected = new PhasmConfig(
                new ServerConfig("127.0.0.1", 8080, Duration.ofSeconds(60), Duration.ofSeconds(30),
                        new DataSize(64L << 20), new DataSize(16L << 10), true, Duration.ofSeconds(30)),
                new SiteConfig(www, List.of("index.php", "index.html"), "/index.php"),
                new PhpConfig(Map.of(), Duration.ofSeconds(30),
                        Path.of(System.getProperty("java.io.tmpdir"), "phasm-sessions").toAbsolutePath(), List.of()),
                new InstancesConfig(InstanceMode.PER_REQUEST, 16, 2, Duration.ofSeconds(10), 500, InstanceMemory.FLAT),
                new NetworkConfig(List.of(), List.of(), List.of(), 64, new DataSize(1L << 30)),
                new LogConfig(new AccessLogTarget.Stdout()));
        assertEquals(expected, config);
        assertEquals(expected, PhasmConfig.defaults(www));
    }

    private PhasmConfig fullConfig() throws IOException {
        for (String name : List.of("data", "uploads", "logs")) {
            Files.createDirectory(dir.resolve(name));
        }
        Map<String, String> ini = new LinkedHashMap<>();
        ini.put("memory_limit", "256M");
        ini.put("display_errors", "0");
        ini.put("precision", "14");
        ini.put("date.timezone", "UTC");
        return new PhasmConfig(
                new ServerConfig("0.0.0.0", 9090, Duration.ofMinutes(2), Duration.ofMillis(250),
                        new DataSize(1L << 30), new DataSize(8L << 10), false, Duration.ofHours(1)),
                new SiteConfig(www, List.of("app.php"), "/app.php"),
                new PhpConfig(ini, Duration.ZERO, dir.resolve("sessions"), List.of(
                        new Mount(dir.resolve("data"), "/data", true),
                        new Mount(dir.resolve("uploads"), "/var/uploads", false))),
                new InstancesConfig(InstanceMode.REUSE, 4, 1, Duration.ofSeconds(5), 100, InstanceMemory.PAGED),
                new NetworkConfig(List.of("127.0.0.1:3306", "*.example.org"), List.of("203.0.113.0/24"), List.of("192.0.2.53"),
                        8, new DataSize(100L << 20)),
                new LogConfig(new AccessLogTarget.File(dir.resolve("logs/access.log"))));
    }

    @Test
    void aFullYamlFileSetsEveryKey() throws IOException {
        PhasmConfig expected = fullConfig();
        PhasmConfig config = loadYaml("""
                # every key, none at its default
                server:
                  host: 0.0.0.0
                  port: 9090
                  idleTimeout: 2m
                  requestTimeout: 250ms
                  maxBodySize: 1GB
                  maxHeaderSize: 8KiB
                  gzip: false
                  shutdownTimeout: 1h
                site:
                  docroot: www
                  index: [app.php]
                  frontController: /app.php
                php:
                  ini:
                    memory_limit: 256M
                    display_errors: false
                    precision: 14
                    date.timezone: UTC
                  maxExecutionTime: 0s
                  sessionDir: sessions
                  mounts:
                    - host: data
                      path: /data
                      readOnly: true
                    - {host: uploads, path: /var/uploads}
                instances:
                  mode: reuse
                  max: 4
                  ready: 1
                  queueTimeout: 5s
                  maxRequestsPerInstance: 100
                  memory: paged
                network:
                  allow: [127.0.0.1:3306, "*.example.org"]
                  deny: [203.0.113.0/24]
                  dnsServers: [192.0.2.53]
                  maxConnectionsPerRequest: 8
                  maxBytesPerRequest: 100MB
                log:
                  access: logs/access.log
                """);
        assertEquals(expected, config);
        assertEquals(List.copyOf(expected.php().ini().keySet()), List.copyOf(config.php().ini().keySet()),
                "php.ini order as written");
    }

    @Test
    void aFullJsonFileSetsEveryKey() throws IOException {
        PhasmConfig expected = fullConfig();
        PhasmConfig config = ConfigLoader.load(file("phasm.json", """
                {
                  "server": {"host": "0.0.0.0", "port": 9090, "idleTimeout": "2m", "requestTimeout": "250ms",
                             "maxBodySize": "1GB", "maxHeaderSize": "8KiB", "gzip": false, "shutdownTimeout": "1h"},
                  "site": {"docroot": "www", "index": ["app.php"], "frontController": "/app.php"},
                  "php": {
                    "ini": {"memory_limit": "256M", "display_errors": false, "precision": 14, "date.timezone": "UTC"},
                    "maxExecutionTime": 0,
                    "sessionDir": "sessions",
                    "mounts": [{"host": "data", "path": "/data", "readOnly": true},
                               {"host": "uploads", "path": "/var/uploads"}]
                  },
                  "instances": {"mode": "reuse", "max": 4, "ready": 1, "queueTimeout": "5s",
                                "maxRequestsPerInstance": 100, "memory": "paged"},
                  "network": {"allow": ["127.0.0.1:3306", "*.example.org"], "deny": ["203.0.113.0/24"], "dnsServers": ["192.0.2.53"],
                              "maxConnectionsPerRequest": 8, "maxBytesPerRequest": "100MB"},
                  "log": {"access": "logs/access.log"}
                }
                """), Map.of(), dir);
        assertEquals(expected, config);
    }

    @Test
    void unknownKeysAreNamedWithTheirFileAndLine() throws IOException {
        assertEquals("phasm.yaml: sever: unknown key, expected one of server, site, php, instances, network, log (line 3)",
                yamlError("""
                        site:
                          docroot: www
                        sever:
                          port: 80
                        """));
        assertEquals("phasm.yaml: server.prot: unknown key, expected one of host, port, idleTimeout, requestTimeout,"
                        + " maxBodySize, maxHeaderSize, gzip, shutdownTimeout (line 4)",
                yamlError("""
                        site:
                          docroot: www
                        server:
                          prot: 80
                        """));
        assertEquals("phasm.yaml: php.mounts[0].readonly: unknown key, expected one of host, path, readOnly (line 7)",
                yamlError("""
                        site:
                          docroot: www
                        php:
                          mounts:
                            - host: www
                              path: /www
                              readonly: true
                        """));
        assertEquals("command line: instances.maximum: unknown key, expected one of mode, max, ready, queueTimeout,"
                        + " maxRequestsPerInstance, memory",
                overrideError(docrootAnd("instances.maximum", "4")));
    }

    @Test
    void valuesOfTheWrongKindSayWhatIsExpected() throws IOException {
        assertEquals("phasm.yaml: instances.max: expected a whole number >= 1, got \"many\" (line 4)",
                yamlError("site:\n  docroot: www\ninstances:\n  max: many\n"));
        assertEquals("phasm.yaml: instances.max: expected a whole number >= 1, got 1.5 (line 4)",
                yamlError("site:\n  docroot: www\ninstances:\n  max: 1.5\n"));
        assertEquals("phasm.yaml: instances.max: expected a whole number >= 1, got 99999999999 (line 4)",
                yamlError("site:\n  docroot: www\ninstances:\n  max: 99999999999\n"));
        assertEquals("phasm.yaml: server.idleTimeout: expected a duration such as 250ms, 30s, 5m or 1h,"
                        + " got \"10 minutes\" (line 2)",
                yamlError("server:\n  idleTimeout: 10 minutes\nsite:\n  docroot: www\n"));
        assertEquals("phasm.yaml: php.maxExecutionTime: expected a duration such as 250ms, 30s, 5m or 1h, or 0s for"
                        + " no limit, got \"-1s\" (line 2)",
                yamlError("php:\n  maxExecutionTime: -1s\nsite:\n  docroot: www\n"));
        assertEquals("phasm.yaml: server.maxBodySize: expected a size above 0 such as 512, 16KB, 64MB or 1GB,"
                        + " got \"64 megs\" (line 2)",
                yamlError("server:\n  maxBodySize: 64 megs\nsite:\n  docroot: www\n"));
        assertEquals("phasm.yaml: instances.mode: expected per-request or reuse, got \"fpm\" (line 2)",
                yamlError("instances:\n  mode: fpm\nsite:\n  docroot: www\n"));
        assertEquals("phasm.yaml: instances.memory: expected flat or paged, got \"shared\" (line 2)",
                yamlError("instances:\n  memory: shared\nsite:\n  docroot: www\n"));
        assertEquals("phasm.yaml: server.host: expected a listen address such as 127.0.0.1 or 0.0.0.0, got null"
                        + " (line 2)",
                yamlError("server:\n  host:\nsite:\n  docroot: www\n"));
        assertEquals("phasm.yaml: server.port: expected a whole number from 0 to 65535, got a list (line 2)",
                yamlError("server:\n  port: [80]\nsite:\n  docroot: www\n"));
        assertEquals("phasm.yaml: server: expected a mapping of keys to values, got \"none\" (line 1)",
                yamlError("server: none\nsite:\n  docroot: www\n"));
    }

    @Test
    void networkRulesThatCannotBeDestinationsAreRefused() throws IOException {
        assertEquals("phasm.yaml: network.allow[1]: expected a host name, *.domain, IP address or CIDR block, optionally"
                        + " with :port, got \"db server\" (line 4)",
                yamlError("site:\n  docroot: www\nnetwork:\n  allow: [127.0.0.1:3306, db server]\n"));
        assertEquals("phasm.yaml: network.dnsServers[0]: expected an IP address, optionally with :port, got \"dns.example\" (line 4)",
                yamlError("site:\n  docroot: www\nnetwork:\n  dnsServers: [dns.example]\n"));
    }

    @Test
    void valuesOutOfRangeSayWhatIsExpected() throws IOException {
        assertEquals("phasm.yaml: server.port: expected a whole number from 0 to 65535, got 70000 (line 2)",
                yamlError("server:\n  port: 70000\nsite:\n  docroot: www\n"));
        assertEquals("phasm.yaml: server.maxHeaderSize: expected a size above 0 such as 512, 16KB, 64MB or 1GB,"
                        + " got 0B (line 2)",
                yamlError("server:\n  maxHeaderSize: 0KB\nsite:\n  docroot: www\n"));
        assertEquals("command line: instances.queueTimeout: expected a duration above 0 such as 250ms, 10s or 1m,"
                        + " got 0ms", overrideError(docrootAnd("instances.queueTimeout", "0s")));
        assertEquals("command line: instances.max: expected a whole number >= 1, got 0",
                overrideError(docrootAnd("instances.max", "0")));
        assertEquals("command line: instances.maxRequestsPerInstance: expected a whole number >= 1, got 0",
                overrideError(docrootAnd("instances.maxRequestsPerInstance", "0")));
        assertEquals("command line: site.index: expected a non-empty list of file names such as [index.php,"
                        + " index.html], got an empty list", overrideError(docrootAnd("site.index", "[]")));
        assertEquals("command line: site.index[1]: expected a file name, without /, got \"public/index.php\"",
                overrideError(docrootAnd("site.index", "[index.php, public/index.php]")));
        assertEquals("command line: site.frontController: expected a path starting with /, or null to disable it,"
                        + " got \"index.php\"", overrideError(docrootAnd("site.frontController", "index.php")));
    }

    @Test
    void readyAboveMaxIsRejected() throws IOException {
        assertEquals("phasm.yaml: instances.ready: expected a whole number from 0 to instances.max, got 5 with"
                        + " instances.max 4 (line 5)",
                yamlError("site:\n  docroot: www\ninstances:\n  max: 4\n  ready: 5\n"));
        assertEquals(4, loadYaml("site:\n  docroot: www\ninstances:\n  max: 4\n  ready: 4\n").instances().ready());
    }

    @Test
    void readyDefaultsToAtMostMax() throws IOException {
        assertEquals(1, loadYaml("site:\n  docroot: www\ninstances:\n  max: 1\n").instances().ready());
        assertEquals(2, loadYaml("site:\n  docroot: www\ninstances:\n  max: 3\n").instances().ready());
    }

    @Test
    void theDocrootMustBeGivenAndBeADirectory() throws IOException {
        assertEquals("command line: site.docroot: expected the directory to serve (set site.docroot, or pass"
                + " --docroot DIR), got nothing", overrideError(Map.of()));
        assertEquals("phasm.yaml: site.docroot: expected the directory to serve (set site.docroot, or pass"
                + " --docroot DIR), got nothing", yamlError("server:\n  port: 0\n"));
        assertEquals("phasm.yaml: site.docroot: expected an existing directory, got \"" + dir.resolve("missing")
                + "\", which does not exist (line 2)", yamlError("site:\n  docroot: missing\n"));
        Files.writeString(dir.resolve("file.txt"), "");
        assertEquals("command line: site.docroot: expected an existing directory, got \"" + dir.resolve("file.txt")
                + "\", which is not a directory", overrideError(Map.of("site.docroot", "file.txt")));
    }

    @Test
    void relativePathsInTheFileResolveAgainstItsDirectory() throws IOException {
        Path conf = Files.createDirectories(dir.resolve("etc/phasm"));
        Path site = Files.createDirectory(conf.resolve("site"));
        Files.writeString(conf.resolve("phasm.yml"), "site:\n  docroot: site\n");
        Path elsewhere = Files.createDirectory(dir.resolve("elsewhere"));
        PhasmConfig config = ConfigLoader.load(Optional.of(Path.of("etc/phasm/phasm.yml")), Map.of(), dir);
        assertEquals(site, config.site().docroot());
        // on the command line, relative to the working directory, even with a file
        config = ConfigLoader.load(Optional.of(Path.of("etc/phasm/phasm.yml")), Map.of("site.docroot", "elsewhere"), dir);
        assertEquals(elsewhere, config.site().docroot());
    }

    @Test
    void overridesBeatTheFile() throws IOException {
        PhasmConfig config = ConfigLoader.load(file("phasm.yaml", """
                server:
                  port: 9090
                  host: 0.0.0.0
                site:
                  docroot: missing
                  index: [a.php, b.php]
                """), Map.of("server.port", "0", "site.docroot", "www", "site.index", "main.php"), dir);
        assertEquals(0, config.server().port());
        assertEquals("0.0.0.0", config.server().host(), "what the command line leaves alone keeps the file's value");
        assertEquals(www, config.site().docroot());
        assertEquals(List.of("main.php"), config.site().index());
    }

    @Test
    void phpIniSettingsTakeDottedNamesAndBecomeText() throws IOException {
        PhasmConfig config = ConfigLoader.load(file("phasm.yaml", """
                site:
                  docroot: www
                php:
                  ini:
                    memory_limit: 128M
                    short_open_tag: true
                    error_log:
                """), docrootAnd("php.ini.memory_limit", "256M", "php.ini.date.timezone", "Europe/Paris",
                "php.ini.precision", "17", "php.ini.display_errors", "off"), dir);
        assertEquals(Map.of("memory_limit", "256M", "short_open_tag", "1", "error_log", "",
                "date.timezone", "Europe/Paris", "precision", "17", "display_errors", "off"), config.php().ini());
        assertEquals("command line: php.ini.bad=name: expected a php.ini name, without = or line breaks,"
                + " got \"bad=name\"", overrideError(docrootAnd("php.ini.bad=name", "1")));
        assertEquals("command line: php.ini.error_log: expected a string, number or boolean without line breaks,"
                + " got \"a\\nb\"", overrideError(docrootAnd("php.ini.error_log", "\"a\\nb\"")));
        assertEquals("command line: php.ini.error_log: expected a string, number or boolean without line breaks,"
                + " got a list", overrideError(docrootAnd("php.ini.error_log", "[a]")));
    }

    @Test
    void commandLineValuesAreReadAsYaml() {
        PhasmConfig config = ConfigLoader.load(Optional.empty(), docrootAnd("instances.max", "4",
                "server.gzip", "false", "site.frontController", "", "log.access", "off",
                "site.index", "[a.php, b.php]"), dir);
        assertEquals(4, config.instances().max());
        assertEquals(false, config.server().gzip());
        assertEquals(null, config.site().frontController(), "empty disables the front controller");
        assertEquals(new AccessLogTarget.Off(), config.log().access());
        assertEquals(List.of("a.php", "b.php"), config.site().index());
        assertEquals("command line: server.port: expected a whole number from 0 to 65535, got \"eighty\"",
                overrideError(docrootAnd("server.port", "eighty")));
        assertEquals("command line: server.port.number: unknown key, server.port is a value, not a section",
                overrideError(docrootAnd("server.port.number", "80")));
    }

    @Test
    void anEmptySectionKeepsItsDefaultsAndNullDisablesTheFrontController() throws IOException {
        PhasmConfig config = loadYaml("server:\nphp:\n  mounts:\nsite:\n  docroot: www\n  frontController: ~\n");
        assertEquals(8080, config.server().port());
        assertEquals(List.of(), config.php().mounts());
        assertEquals(null, config.site().frontController());
    }

    @Test
    void mountsAreValidated() throws IOException {
        Files.createDirectory(dir.resolve("data"));
        Files.writeString(dir.resolve("file.txt"), "");
        String head = "site:\n  docroot: www\nphp:\n  mounts:\n";
        assertEquals("phasm.yaml: php.mounts[1].host: expected an existing directory, got \"" + dir.resolve("nope")
                        + "\", which does not exist (line 7)",
                yamlError(head + "    - host: data\n      path: /data\n    - host: nope\n      path: /nope\n"));
        assertEquals("phasm.yaml: php.mounts[0].host: expected an existing directory, got \""
                        + dir.resolve("file.txt") + "\", which is not a directory (line 5)",
                yamlError(head + "    - host: file.txt\n      path: /data\n"));
        assertEquals("phasm.yaml: php.mounts[0].host: expected an existing directory, got nothing (line 5)",
                yamlError(head + "    - path: /data\n"));
        for (String path : List.of("data", "/", "/data/../etc", "/data/", "/data//x", "/./data")) {
            assertEquals("phasm.yaml: php.mounts[0].path: expected an absolute path such as /data, not /, without"
                            + " empty, . or .. parts, got \"" + path + "\" (line 6)",
                    yamlError(head + "    - host: data\n      path: \"" + path + "\"\n"), path);
        }
        assertEquals("phasm.yaml: php.mounts[1].path: expected a path no other mount has, got \"/data\", as"
                        + " php.mounts[0].path (line 6)",
                yamlError(head + "    - {host: data, path: /data}\n    - {host: www, path: /data, readOnly: true}\n"));
        assertEquals("phasm.yaml: php.mounts[0]: expected a mount such as {host: ./data, path: /data,"
                + " readOnly: false}, got \"data:/data\" (line 5)", yamlError(head + "    - data:/data\n"));
    }

    @Test
    void theSessionDirectoryMayBeMissingButNotAFile() throws IOException {
        assertEquals(dir.resolve("sessions"), loadYaml("site:\n  docroot: www\nphp:\n  sessionDir: sessions\n")
                .php().sessionDir());
        Files.writeString(dir.resolve("sessions"), "");
        assertEquals("phasm.yaml: php.sessionDir: expected a directory (created if missing), got \""
                        + dir.resolve("sessions") + "\", which is not a directory (line 4)",
                yamlError("site:\n  docroot: www\nphp:\n  sessionDir: sessions\n"));
    }

    @Test
    void filesThatCannotBeReadSaySo() throws IOException {
        assertEquals("phasm.yaml: site.docroot: duplicate key (line 3)",
                yamlError("site:\n  docroot: www\n  docroot: www\n"));
        assertEquals("phasm.yaml: expected a mapping of sections (server, site, php, instances, log)",
                yamlError("- server\n"));
        assertEquals("phasm.yaml: expected a single YAML document (line 4)",
                yamlError("site:\n  docroot: www\n---\nserver: {}\n"));
        String invalid = yamlError("site:\n  docroot: www\n port: 80\n");
        assertEquals("phasm.yaml: not valid YAML: ", invalid.substring(0, 28), invalid);
        file("phasm.conf", "");
        assertEquals("phasm.conf: expected a file named *.yaml, *.yml or *.json", assertThrows(ConfigException.class,
                () -> ConfigLoader.load(Optional.of(Path.of("phasm.conf")), Map.of(), dir)).getMessage());
        assertEquals("absent.yaml: no such file", assertThrows(ConfigException.class,
                () -> ConfigLoader.load(Optional.of(Path.of("absent.yaml")), Map.of(), dir)).getMessage());
        String json = assertThrows(ConfigException.class, () -> ConfigLoader.load(
                file("phasm.json", "{\"site\": {\"docroot\": \"www\",}}"), Map.of(), dir)).getMessage();
        assertEquals(dir.resolve("phasm.json") + ": not valid JSON: ", json.substring(0, json.indexOf("JSON: ") + 6),
                json);
    }

    @Test
    void anEmptyFileGivesTheDefaults() throws IOException {
        assertEquals(PhasmConfig.defaults(www),
                ConfigLoader.load(file("phasm.yaml", "# nothing yet\n"), Map.of("site.docroot", "www"), dir));
    }
}
