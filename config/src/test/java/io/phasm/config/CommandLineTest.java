package io.phasm.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommandLineTest {

    private static String error(String... args) {
        return assertThrows(ConfigException.class, () -> CommandLine.parse(args)).getMessage();
    }

    @Test
    void aBareArgumentIsTheDocroot() {
        assertEquals(new CommandLine(Optional.empty(), Map.of("site.docroot", "'./mysite'"), false),
                CommandLine.parse("./mysite"));
    }

    @Test
    void optionsBecomeOverrides() {
        CommandLine commandLine = CommandLine.parse("-c", "phasm.yaml", "--docroot", "www", "--host", "::1",
                "--port=0", "--set", "instances.max=4", "--set", "php.ini.memory_limit=256M");
        assertEquals(Optional.of(Path.of("phasm.yaml")), commandLine.configFile());
        assertEquals(Map.of("site.docroot", "'www'", "server.host", "'::1'", "server.port", "0",
                "instances.max", "4", "php.ini.memory_limit", "256M"), commandLine.overrides());
        assertFalse(commandLine.help());
        assertEquals(Optional.of(Path.of("other.json")), CommandLine.parse("--config=other.json").configFile());
    }

    @Test
    void laterOptionsWin() {
        assertEquals(Map.of("server.port", "9000"),
                CommandLine.parse("--port", "8000", "--set", "server.port=9000").overrides());
    }

    @Test
    void helpIsAFlag() {
        assertTrue(CommandLine.parse("-h").help());
        assertTrue(CommandLine.parse("www", "--help").help());
        assertTrue(CommandLine.usage().contains("--set KEY=VALUE"));
    }

    @Test
    void mistakesSayWhatIsExpected() {
        assertEquals("command line: --prot: unknown option, expected one of -c/--config, --docroot, --host, --port,"
                + " --set, -h/--help (phasm --help shows the usage)", error("--prot", "80"));
        assertEquals("command line: -x: unknown option, expected one of -c/--config, --docroot, --host, --port,"
                + " --set, -h/--help (phasm --help shows the usage)", error("-x"));
        assertEquals("command line: --port: expected a value after it, got nothing", error("www", "--port"));
        assertEquals("command line: --set: expected KEY=VALUE, got \"instances.max\"", error("--set", "instances.max"));
        assertEquals("command line: --set: expected KEY=VALUE, got \"=4\"", error("--set", "=4"));
        assertEquals("command line: expected at most one DOCROOT argument, got another: \"b\" (phasm --help shows"
                + " the usage)", error("a", "b"));
    }

    @Test
    void docrootsAndHostsAreTakenAsTheyAre(@TempDir Path dir) throws IOException {
        // as YAML, 2024 would be a number and "#" would start a comment
        Path docroot = Files.createDirectory(dir.resolve("2024 #1 'site'"));
        CommandLine commandLine = CommandLine.parse(docroot.getFileName().toString(), "--port", "0");
        PhasmConfig config = ConfigLoader.load(commandLine.configFile(), commandLine.overrides(), dir);
        assertEquals(docroot, config.site().docroot());
        assertEquals(0, config.server().port());
    }
}
