<?php
// Shared page frame for the example site. The leading underscore is just a convention here;
// PHP sources are never served raw by Phasm anyway.
function page_start(string $title): void {
    header('Content-Type: text/html; charset=utf-8');
    echo "<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>", htmlspecialchars($title),
        " · Phasm example</title><link rel=\"stylesheet\" href=\"/assets/style.css\"></head><body>\n",
        "<nav><a href=\"/\">Home</a> <a href=\"/form.php\">Form</a> <a href=\"/upload.php\">Upload</a> ",
        "<a href=\"/session.php\">Session</a> <a href=\"/api.php?name=Ada\">JSON API</a> ",
        "<a href=\"/stream.php\">Streaming</a> <a href=\"/hello/world\">Pretty URL</a></nav>\n<main>\n<h1>",
        htmlspecialchars($title), "</h1>\n";
}

function page_end(): void {
    echo "</main>\n<footer>Served by ", htmlspecialchars($_SERVER['SERVER_SOFTWARE'] ?? 'PHP'), " · PHP ", PHP_VERSION,
        " (", PHP_SAPI, ")</footer>\n</body></html>\n";
}
