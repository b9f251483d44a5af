<?php
// A workload's steady state: runs a benchmark script ROUNDS times in one process and prints
// each round's seconds (the JIT compilers' work shows as the rounds getting faster).
//   bin/php php-wasm/bench/scripts/rounds.php SCRIPT [ROUNDS]
// For scripts that declare nothing (regex.php, sql.php): a second include would redeclare.
if ($argc < 2) {
    fwrite(STDERR, "usage: rounds.php SCRIPT [ROUNDS]\n");
    exit(2);
}
/** The script's first line of output (its checksum); in a function, so its variables stay its own. */
function run_once(string $script): string
{
    ob_start();
    include $script;
    return strtok(ob_get_clean(), "\n");
}
$rounds = (int) ($argv[2] ?? 8);
$start = microtime(true);
for ($round = 1; $round <= $rounds; $round++) {
    $roundStart = microtime(true);
    $checksum = run_once($argv[1]);
    printf("round %d %.3f %s\n", $round, microtime(true) - $roundStart, $checksum);
}
printf("time=%.3f\n", microtime(true) - $start);
