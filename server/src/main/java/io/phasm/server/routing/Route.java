package io.phasm.server.routing;

import java.nio.file.Path;

/** What a request path means for the site, decided before anything is read or run. */
public sealed interface Route {

    /** A file Netty sends as it is. */
    record StaticFile(Path file) implements Route {}

    /**
     * A PHP script to run: scriptName is its URL path (SCRIPT_NAME), pathInfo what followed it
     * in the URL (PATH_INFO, empty if nothing).
     */
    record PhpScript(String scriptName, String pathInfo) implements Route {}

    /** A directory asked for without its trailing slash: redirect to path (plus the query), as web servers do. */
    record AddSlash(String path) implements Route {}

    /** Exists but is never served: hidden files, PHP sources, paths leaving the root. */
    record Forbidden() implements Route {}

    record NotFound() implements Route {}
}
