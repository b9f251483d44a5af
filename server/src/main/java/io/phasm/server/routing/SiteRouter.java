package io.phasm.server.routing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Maps a URL path to a Route the way nginx in front of PHP-FPM does for a PHP site:
 * {@code location ~ [^/]\.php(/|$)} with {@code fastcgi_split_path_info ^(.+?\.php)(/.*)$},
 * {@code index index.php index.html}, and {@code try_files $uri $uri/ /index.php?$args}, so
 * front-controller applications (WordPress pretty permalinks) work unchanged.
 *
 * Hidden files (any segment starting with a dot) and PHP sources are never served as files,
 * and nothing outside the document root is reachable, through ".." or through symlinks.
 */
public final class SiteRouter {
    private static final List<String> SOURCE_EXTENSIONS = List.of(".php", ".phtml", ".phps", ".php3", ".php4", ".php5", ".php7", ".php8", ".inc");

    private final Path root;
    private final List<String> indexFiles;
    private final Optional<String> frontController;

    /** root must exist; frontController is a URL path such as "/index.php", empty to disable. */
    public SiteRouter(Path root, List<String> indexFiles, Optional<String> frontController) throws IOException {
        this.root = root.toRealPath();
        this.indexFiles = List.copyOf(indexFiles);
        this.frontController = frontController;
    }

    public Path root() {
        return root;
    }

    /** path: the decoded URL path (no query string). */
    public Route route(String path) {
        Optional<List<String>> segments = segments(path);
        if (segments.isEmpty()) {
            return new Route.Forbidden();
        }
        List<String> parts = segments.get();
        if (parts.stream().anyMatch(s -> s.startsWith("."))) {
            return new Route.Forbidden();
        }
        String joined = "/" + String.join("/", parts);
        String normalized = joined + (path.endsWith("/") && !parts.isEmpty() ? "/" : "");
        // The first segment ending in .php names the script (404 if there is none, as nginx's
        // "location ~ \.php" answers); the rest of the path is PATH_INFO.
        for (int i = 0; i < parts.size(); i++) {
            if (parts.get(i).toLowerCase(Locale.ROOT).endsWith(".php")) {
                String scriptName = "/" + String.join("/", parts.subList(0, i + 1));
                return isFileInside(scriptName)
                        ? new Route.PhpScript(scriptName, normalized.substring(scriptName.length()))
                        : new Route.NotFound();
            }
        }
        Path target = root.resolve(joined.substring(1));
        if (Files.isRegularFile(target) && inside(target)) {
            return isSource(target) ? new Route.Forbidden() : new Route.StaticFile(target);
        }
        if (Files.isDirectory(target) && inside(target)) {
            if (!path.endsWith("/")) {
                return new Route.AddSlash(joined + "/");
            }
            for (String index : indexFiles) {
                Path file = target.resolve(index);
                if (Files.isRegularFile(file) && inside(file)) {
                    String url = (joined.equals("/") ? "" : joined) + "/" + index;
                    return index.toLowerCase(Locale.ROOT).endsWith(".php") ? new Route.PhpScript(url, "") : new Route.StaticFile(file);
                }
            }
        }
        return frontController.filter(this::isFileInside)
                .<Route>map(script -> new Route.PhpScript(script, ""))
                .orElseGet(Route.NotFound::new);
    }

    /** The path's segments with "." and "" dropped and ".." applied; empty if it leaves the root. */
    private static Optional<List<String>> segments(String path) {
        List<String> parts = new ArrayList<>();
        for (String s : path.split("/")) {
            if (s.isEmpty() || s.equals(".")) {
                continue;
            }
            if (s.equals("..")) {
                if (parts.isEmpty()) {
                    return Optional.empty();
                }
                parts.removeLast();
            } else if (s.indexOf('\0') >= 0 || s.indexOf('\\') >= 0) {
                return Optional.empty();
            } else {
                parts.add(s);
            }
        }
        return Optional.of(parts);
    }

    private boolean isFileInside(String urlPath) {
        Path file = root.resolve(urlPath.substring(1));
        return Files.isRegularFile(file) && inside(file);
    }

    /** Whether the file, with symlinks followed, is still below the root. */
    private boolean inside(Path file) {
        try {
            return file.toRealPath().startsWith(root);
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean isSource(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return SOURCE_EXTENSIONS.stream().anyMatch(name::endsWith);
    }
}
