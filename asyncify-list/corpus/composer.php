<?php
// What Composer does to install a package, through every call path: fetch packages.json, then the
// dist zip it points to (copy() with a stream context and a progress notification callback, or
// fopen + stream_copy_to_stream), check its sha1, read a file out of it with ZipArchive. Over
// HTTP and HTTPS.
namespace Corpus\Composer;

use RuntimeException;
use ZipArchive;

require __DIR__ . '/lib/paths.php';

$http = corpus_env('PHASM_HTTP');
$https = corpus_env('PHASM_HTTPS');

function http_context(array $params = [])
{
    return stream_context_create(['http' => [
        'method' => 'GET',
        'header' => "User-Agent: Composer/2.8 (corpus)\r\n",
        'follow_location' => 1,
        'timeout' => 30,
    ]], $params);
}

/** The dist of demo/pkg 1.0.0, as packages.json lists it. */
function dist(string $repository): array
{
    $json = \file_get_contents("$repository/packages.json", false, http_context());
    if ($json === false) {
        throw new RuntimeException("fetching $repository/packages.json failed");
    }
    $dist = json_decode($json, true, 512, JSON_THROW_ON_ERROR)['packages']['demo/pkg']['1.0.0']['dist'] ?? null;
    if (!is_array($dist) || !isset($dist['url'], $dist['shasum'])) {
        throw new RuntimeException('packages.json has no dist for demo/pkg 1.0.0');
    }
    return $dist;
}

/** Checks the downloaded zip and returns src/Demo.php from it. */
function unpack_demo(string $zipFile, string $shasum): string
{
    try {
        if (sha1_file($zipFile) !== $shasum) {
            throw new RuntimeException('the sha1 of the zip is not the shasum of packages.json');
        }
        $zip = new ZipArchive();
        if (($error = $zip->open($zipFile)) !== true) {
            throw new RuntimeException("ZipArchive::open failed: $error");
        }
        $source = $zip->getFromName('src/Demo.php');
        $zip->close();
        return $source;
    } finally {
        @unlink($zipFile);
    }
}

function zip_file(): string
{
    static $downloads = 0;
    return '/tmp/corpus-composer-' . getmypid() . '-' . ++$downloads . '.zip';
}

/** copy() with a context whose notification callback follows the progress, as Composer 1 did. */
function install_with_copy(string $repository): string
{
    $dist = dist($repository);
    $notifications = 0;
    $context = http_context(['notification' => function () use (&$notifications): void {
        $notifications++;
    }]);
    $zipFile = zip_file();
    if (!\copy($dist['url'], $zipFile, $context)) {
        throw new RuntimeException("copy {$dist['url']} failed");
    }
    if ($notifications === 0) {
        throw new RuntimeException('the notification callback was never called');
    }
    return unpack_demo($zipFile, $dist['shasum']);
}

function install_with_streams(string $repository): string
{
    $dist = dist($repository);
    $zipFile = zip_file();
    $source = fopen($dist['url'], 'rb', false, http_context());
    if ($source === false) {
        throw new RuntimeException("fopen {$dist['url']} failed");
    }
    $target = fopen($zipFile, 'wb');
    stream_copy_to_stream($source, $target);
    fclose($source);
    fclose($target);
    return unpack_demo($zipFile, $dist['shasum']);
}

via_all_paths('composer-http', fn() => install_with_copy($http), '<?php class Demo {}');

via_all_paths('composer-https', fn() => install_with_copy($https), '<?php class Demo {}');

via_all_paths('composer-http-streams', fn() => install_with_streams($http), '<?php class Demo {}');

corpus_done();
