<?php
// Home page and front controller: Phasm sends every URL that matches no file here (like
// nginx's try_files $uri $uri/ /index.php?$args), so /hello/NAME works without a hello file.
require __DIR__ . '/_layout.php';

$path = parse_url($_SERVER['REQUEST_URI'], PHP_URL_PATH);
if ($path === '/' || $path === '/index.php') {
    page_start('Phasm example site');
    echo "<p>This site runs on PHP ", PHP_VERSION, " compiled to WebAssembly, inside the JVM.</p>\n<ul>\n",
        "<li><a href=\"/form.php\">A form</a> (POST, validation, redirect after post)</li>\n",
        "<li><a href=\"/upload.php\">File upload</a> (multipart)</li>\n",
        "<li><a href=\"/session.php\">Sessions and cookies</a></li>\n",
        "<li><a href=\"/api.php?name=Ada\">A JSON API</a> (GET, or POST a JSON body)</li>\n",
        "<li><a href=\"/stream.php\">Streamed output</a> (flush())</li>\n",
        "<li><a href=\"/hello/world\">A pretty URL</a> handled by this front controller</li>\n</ul>\n";
    page_end();
} elseif (preg_match('#^/hello/([^/]+)/?$#', $path, $m)) {
    page_start('Hello');
    echo '<p>Hello, ', htmlspecialchars(urldecode($m[1])), "! This page has no file of its own: index.php answered ",
        htmlspecialchars($_SERVER['REQUEST_URI']), ".</p>\n";
    page_end();
} else {
    http_response_code(404);
    page_start('Not found');
    echo '<p>Nothing at ', htmlspecialchars($path), ".</p>\n";
    page_end();
}
