package io.phasm.config;

import static io.phasm.config.Origins.quote;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The command line, {@code phasm [options] [DOCROOT]}: which configuration file to read, and the
 * settings that override it, for {@link ConfigLoader#load}.
 *
 * @param configFile the file given with {@code --config}
 * @param overrides dotted keys to values (read as YAML), later options winning over earlier ones
 * @param help whether {@code --help} was given: print {@link #usage()} rather than start
 */
public record CommandLine(Optional<Path> configFile, Map<String, String> overrides, boolean help) {
    private static final String ORIGIN = "command line: ";
    private static final String OPTIONS = "-c/--config, --docroot, --host, --port, --set, -h/--help";

    public CommandLine {
        overrides = Collections.unmodifiableMap(new LinkedHashMap<>(overrides));
    }

    public static String usage() {
        return """
                Usage: phasm [options] [DOCROOT]

                Serves the PHP application in DOCROOT.

                Options:
                  -c, --config FILE    read the configuration from FILE (.yaml, .yml or .json)
                      --docroot DIR    the directory to serve, as the DOCROOT argument (site.docroot)
                      --host ADDR      listen address (server.host, default 127.0.0.1)
                      --port N         listen port, 0 for any free one (server.port, default 8080)
                      --set KEY=VALUE  set any configuration key, such as instances.max=4 or
                                       php.ini.memory_limit=256M; repeatable
                  -h, --help           show this help

                Options override the configuration file; relative paths given here resolve against
                the working directory, those in the file against the file's directory.
                """;
    }

    /** Options take their value as the next argument or after {@code =} ({@code --port=8080}). */
    public static CommandLine parse(String... args) {
        Optional<Path> configFile = Optional.empty();
        Map<String, String> overrides = new LinkedHashMap<>();
        boolean help = false;
        boolean docrootArgument = false;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (!arg.startsWith("-") || arg.equals("-")) {
                if (docrootArgument) {
                    throw new ConfigException(ORIGIN + "expected at most one DOCROOT argument, got another: "
                            + quote(arg) + " (phasm --help shows the usage)");
                }
                docrootArgument = true;
                overrides.put("site.docroot", Overrides.literal(arg));
                continue;
            }
            int equals = arg.startsWith("--") ? arg.indexOf('=') : -1;
            String option = equals < 0 ? arg : arg.substring(0, equals);
            String inlineValue = equals < 0 ? null : arg.substring(equals + 1);
            if (option.equals("-h") || option.equals("--help")) {
                help = true;
                continue;
            }
            String value = inlineValue != null ? inlineValue : i + 1 < args.length ? args[++i] : null;
            switch (option) {
                case "-c", "--config" -> configFile = Optional.of(Path.of(required(option, value)));
                case "--docroot" -> overrides.put("site.docroot", Overrides.literal(required(option, value)));
                case "--host" -> overrides.put("server.host", Overrides.literal(required(option, value)));
                case "--port" -> overrides.put("server.port", required(option, value));
                case "--set" -> {
                    String setting = required(option, value);
                    int separator = setting.indexOf('=');
                    if (separator <= 0) {
                        throw new ConfigException(ORIGIN + "--set: expected KEY=VALUE, got " + quote(setting));
                    }
                    overrides.put(setting.substring(0, separator), setting.substring(separator + 1));
                }
                default -> throw new ConfigException(ORIGIN + option + ": unknown option, expected one of "
                        + OPTIONS + " (phasm --help shows the usage)");
            }
        }
        return new CommandLine(configFile, overrides, help);
    }

    private static String required(String option, String value) {
        if (value == null) {
            throw new ConfigException(ORIGIN + option + ": expected a value after it, got nothing");
        }
        return value;
    }
}
