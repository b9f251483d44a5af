<?php
// File locks on files in /tmp, through every call path: flock (LOCK_EX, LOCK_SH,
// LOCK_EX|LOCK_NB), file_put_contents with LOCK_EX, SplFileObject::flock.
namespace Corpus\Flock;

use RuntimeException;
use SplFileObject;

require __DIR__ . '/lib/paths.php';

$lockFile = '/tmp/corpus-flock.lock';
$dataFile = '/tmp/corpus-flock.txt';

/** Locks $file with $operation, unlocks, and returns what flock said and whether it would block. */
function lock_and_release(string $file, int $operation): array
{
    $handle = fopen($file, 'c');
    if ($handle === false) {
        throw new RuntimeException("fopen $file failed");
    }
    $locked = \flock($handle, $operation, $wouldBlock);
    flock($handle, LOCK_UN);
    fclose($handle);
    return [$locked, $wouldBlock];
}

via_all_paths('flock-exclusive', fn() => lock_and_release($lockFile, LOCK_EX), [true, 0]);

via_all_paths('flock-shared', fn() => lock_and_release($lockFile, LOCK_SH), [true, 0]);

via_all_paths('flock-non-blocking', fn() => lock_and_release($lockFile, LOCK_EX | LOCK_NB), [true, 0]);

via_all_paths('file_put_contents-lock', fn() => file_put_contents($dataFile, 'locked write', LOCK_EX), 12);

via_all_paths('SplFileObject-flock', function () use ($lockFile) {
    $file = new SplFileObject($lockFile, 'c');
    $locked = $file->flock(LOCK_EX);
    $file->flock(LOCK_UN);
    return $locked;
}, true);

corpus_done();
