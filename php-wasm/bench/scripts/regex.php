<?php
// Regex-heavy: the patterns of a router, a template engine and a log parser over ~140 KB of text.
$text = str_repeat("GET /blog/2024/05/hello-world?id=42 HTTP/1.1 200 user=alice@example.com took 12.5ms\n"
    . "<p class=\"note\">The quick brown fox {{ name }} jumps over {{ count|number }} lazy dogs.</p>\n", 800);
$start = microtime(true);
$n = 0;
for ($i = 0; $i < 10; $i++) {
    $n += preg_match_all('~^(GET|POST) (/[\w/.-]*)(?:\?([^ ]*))? HTTP/1\.[01] (\d{3})~m', $text);
    $n += preg_match_all('/\b[\w.+-]+@[\w-]+\.[a-z]{2,}\b/i', $text);
    $n += preg_match_all('/(\d+(?:\.\d+)?)ms/', $text);
    $n += strlen(preg_replace_callback('/\{\{\s*(\w+)(?:\|(\w+))?\s*\}\}/', fn($m) => strtoupper($m[1]), $text));
    $n += count(preg_split('/\s+/', $text));
    $n += strlen(preg_replace('/<[^>]+>/', '', $text));
    $n += preg_match_all('~/blog/(\d{4})/(\d{2})/([a-z0-9-]+)~', $text);
}
printf("checksum=%d\ntime=%.3f\n", $n, microtime(true) - $start);
