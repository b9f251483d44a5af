package io.phasm.wasm.phpt;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Runs .phpt tests the way php-src's run-tests.php does for the CLI: SKIPIF, INI, ARGS, STDIN,
 * ENV, FILE, CLEAN, and EXPECT / EXPECTF / EXPECTREGEX compared after trimming. Tests for other
 * SAPIs (CGI request sections, phpdbg) are skipped.
 */
final class PhptRunner {
    enum Outcome { PASS, FAIL, SKIP }

    record Run(String test, Outcome outcome, String detail) {}

    /** Runs php with arguments in a directory; returns stdout+stderr as run-tests captures them. */
    interface Php {
        String run(Path cwd, List<String> args, Map<String, String> env, byte[] stdin) throws Exception;
    }

    /** run-tests.php's default INI settings for every test. */
    private static final List<String> DEFAULT_INI = List.of(
            "output_handler=", "open_basedir=", "disable_functions=", "output_buffering=Off",
            "error_reporting=32767", "display_errors=1", "display_startup_errors=1", "log_errors=0",
            "html_errors=0", "report_memleaks=1", "report_zend_debug=0", "docref_root=", "docref_ext=.html",
            "error_prepend_string=", "error_append_string=", "auto_prepend_file=", "auto_append_file=",
            "ignore_repeated_errors=0", "precision=14", "serialize_precision=-1", "memory_limit=128M",
            "zend.assertions=1", "zend.exception_ignore_args=0", "zend.exception_string_param_max_len=15",
            "short_open_tag=0", "date.timezone=UTC");
    private static final List<String> OTHER_SAPI_SECTIONS = List.of(
            "POST", "POST_RAW", "GET", "COOKIE", "PUT", "GZIP_POST", "DEFLATE_POST", "HEADERS", "PHPDBG", "CGI", "REDIRECTTEST", "FILE_EXTERNAL");

    private final Php php;

    PhptRunner(Php php) {
        this.php = php;
    }

    static List<Path> find(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(p -> p.toString().endsWith(".phpt")).sorted(Comparator.naturalOrder()).toList();
        }
    }

    Run run(Path phpt, Path work) {
        String id = phpt.toString();
        try {
            PhptFile test = PhptFile.read(phpt);
            for (String section : OTHER_SAPI_SECTIONS) {
                if (test.has(section)) {
                    return new Run(id, Outcome.SKIP, "needs " + section);
                }
            }
            String code = test.has("FILE") ? test.section("FILE")
                    : test.has("FILEEOF") ? test.section("FILEEOF").replaceFirst("\n$", "") : null;
            if (code == null) {
                return new Run(id, Outcome.SKIP, "no FILE section");
            }
            // Like run-tests.php, tests run in their directory: one copy of it per directory.
            Path dir = work.resolve(Integer.toHexString(phpt.getParent().toAbsolutePath().hashCode()));
            if (!Files.isDirectory(dir)) {
                copySupportFiles(phpt.getParent(), Files.createDirectories(dir));
            }
            List<String> ini = new ArrayList<>(DEFAULT_INI);
            if (test.has("INI")) {
                for (String line : test.section("INI").split("\n")) {
                    if (!line.isBlank()) {
                        ini.add(line.trim().replace("{PWD}", dir.toString()).replace("{TMP}", dir.toString()));
                    }
                }
            }
            Map<String, String> env = new LinkedHashMap<>();
            if (test.has("ENV")) {
                for (String line : test.section("ENV").split("\n")) {
                    int eq = line.indexOf('=');
                    if (eq > 0) {
                        env.put(line.substring(0, eq).trim(), line.substring(eq + 1).trim());
                    }
                }
            }
            if (test.has("SKIPIF")) {
                Path skipif = dir.resolve(test.name() + ".skip.php");
                write(skipif, test.section("SKIPIF"));
                String skip = php.run(dir, args(ini, skipif, ""), env, new byte[0]).trim();
                if (skip.toLowerCase().startsWith("skip")) {
                    return new Run(id, Outcome.SKIP, skip);
                }
            }
            Path file = dir.resolve(test.name() + ".php");
            write(file, code);
            byte[] stdin = test.has("STDIN") ? test.section("STDIN").getBytes(StandardCharsets.ISO_8859_1) : new byte[0];
            String output = php.run(dir, args(ini, file, test.has("ARGS") ? test.section("ARGS").trim() : ""), env, stdin);
            if (test.has("CLEAN")) {
                Path clean = dir.resolve(test.name() + ".clean.php");
                write(clean, test.section("CLEAN"));
                php.run(dir, args(ini, clean, ""), env, new byte[0]);
            }
            boolean pass = matches(test, output.replace("\r\n", "\n").strip());
            return new Run(id, pass ? Outcome.PASS : Outcome.FAIL, pass ? "" : output);
        } catch (Exception e) {
            return new Run(id, Outcome.FAIL, "runner error: " + e);
        }
    }

    private static List<String> args(List<String> ini, Path file, String extra) {
        List<String> args = new ArrayList<>();
        for (String setting : ini) {
            args.add("-d");
            args.add(setting);
        }
        args.add("-f");
        args.add(file.toString());
        if (!extra.isEmpty()) {
            args.add("--");
            args.addAll(List.of(extra.split("\\s+")));
        }
        return args;
    }

    /** Tests use helper files and directories next to them (*.inc, include_files/): copy all but the tests. */
    private static void copySupportFiles(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else if (!f.toString().endsWith(".phpt") && !Files.exists(target)) {
                    Files.copy(f, target);
                }
            }
        }
    }

    private static void write(Path path, String content) throws IOException {
        Files.write(path, content.getBytes(StandardCharsets.ISO_8859_1));
    }

    static boolean matches(PhptFile test, String output) {
        if (test.has("EXPECT")) {
            return output.equals(test.section("EXPECT").replace("\r\n", "\n").strip());
        }
        if (test.has("EXPECTF")) {
            return Pattern.compile(expectfToRegex(test.section("EXPECTF").strip()), Pattern.DOTALL).matcher(output).matches();
        }
        if (test.has("EXPECTREGEX")) {
            return Pattern.compile(test.section("EXPECTREGEX").strip(), Pattern.DOTALL).matcher(output).matches();
        }
        return false;
    }

    /** run-tests.php's EXPECTF placeholders, as regular expressions. */
    static String expectfToRegex(String expect) {
        StringBuilder regex = new StringBuilder();
        String[] parts = expect.split("%r", -1);
        for (int i = 0; i < parts.length; i++) {
            if (i % 2 == 1) {
                regex.append('(').append(parts[i]).append(')');
                continue;
            }
            String literal = parts[i];
            int start = 0;
            for (int j = 0; j < literal.length(); j++) {
                if (literal.charAt(j) != '%' || j + 1 >= literal.length()) {
                    continue;
                }
                String replacement = switch (literal.charAt(j + 1)) {
                    case 'e' -> "/";
                    case 's' -> "[^\\r\\n]+";
                    case 'S' -> "[^\\r\\n]*";
                    case 'a' -> ".+";
                    case 'A' -> ".*";
                    case 'w' -> "\\s*";
                    case 'i' -> "[+-]?\\d+";
                    case 'd' -> "\\d+";
                    case 'x' -> "[0-9a-fA-F]+";
                    case 'f' -> "[+-]?\\.?\\d+\\.?\\d*(?:[Ee][+-]?\\d+)?";
                    case 'c' -> ".";
                    case '0' -> "\\x00";
                    default -> null;
                };
                if (replacement != null) {
                    regex.append(Pattern.quote(literal.substring(start, j))).append(replacement);
                    start = j + 2;
                    j++;
                }
            }
            regex.append(Pattern.quote(literal.substring(start)));
        }
        return regex.toString();
    }
}
