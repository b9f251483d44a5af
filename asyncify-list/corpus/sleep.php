<?php
// Sleeps: usleep, time_nanosleep, time_sleep_until, sleep, through every call path.
// Natives are called both unqualified (namespace fallback: ZEND_DO_FCALL_BY_NAME) and fully
// qualified (ZEND_DO_ICALL), with their result used and unused.
namespace Corpus\Sleep;

require __DIR__ . '/lib/paths.php';

via_all_paths('usleep', function () {
    \usleep(2000);
    return true;
}, true);

via_all_paths('usleep-unqualified', fn() => usleep(2000), null);

via_all_paths('time_nanosleep', fn() => \time_nanosleep(0, 2_000_000), true);

via_all_paths('time_sleep_until', fn() => time_sleep_until(microtime(true) + 0.005), true);

via_all_paths('sleep-zero', fn() => \sleep(0), 0);

// whole seconds are too slow for every path: one plain call
check('sleep/plain', sleep(1) === 0, 'sleep(1) did not return 0');

corpus_done();
