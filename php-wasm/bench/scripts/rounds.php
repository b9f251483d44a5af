<?php
// A workload's steady state: runs a benchmark script ROUNDS times in one process and prints
// each round's seconds (the JIT compilers' work shows as the rounds getting faster).
//   bin/php php-wasm/bench/scripts/rounds.php SCRIPT [ROUNDS]
// The first round includes the script; later rounds run it again without its top-level function
// declarations, which PHP cannot redeclare (Zend/bench.php declares its tests as functions; its
// heapsort() defines constants, so its later rounds warn that they exist, as native PHP's would).
if ($argc < 2) {
    fwrite(STDERR, "usage: rounds.php SCRIPT [ROUNDS]\n");
    exit(2);
}

/** The script's code without its top-level function declarations and its opening tag, for eval. */
function without_functions(string $source): string
{
    $code = '';
    $depth = 0;          // brace depth: only declarations at depth 0 are dropped
    $skipping = false;   // inside a dropped declaration, up to its closing brace
    $tokens = token_get_all($source);
    foreach ($tokens as $i => $token) {
        $text = is_array($token) ? $token[1] : $token;
        $id = is_array($token) ? $token[0] : null;
        if (!$skipping && $depth === 0 && $id === T_FUNCTION && next_significant($tokens, $i) === T_STRING) {
            $skipping = true;
        }
        if ($text === '{' || $id === T_CURLY_OPEN || $id === T_DOLLAR_OPEN_CURLY_BRACES) {
            $depth++;
        } elseif ($text === '}') {
            $depth--;
            if ($skipping && $depth === 0) {
                $skipping = false;
                continue;
            }
        }
        if (!$skipping && $id !== T_OPEN_TAG) {
            $code .= $text;
        }
    }
    return $code;
}

/** The id of the first token after $i that is not whitespace or a comment (a name for a declaration). */
function next_significant(array $tokens, int $i): int|string|null
{
    for ($j = $i + 1; $j < count($tokens); $j++) {
        $id = is_array($tokens[$j]) ? $tokens[$j][0] : $tokens[$j];
        if ($id !== T_WHITESPACE && $id !== T_COMMENT && $id !== T_DOC_COMMENT) {
            return $id;
        }
    }
    return null;
}

/** The first line of what one run printed (the script's checksum); in a function, so its variables stay its own. */
function run_once(string $script, ?string $again): string
{
    ob_start();
    if ($again === null) {
        include $script;
    } else {
        eval($again);
    }
    return (string) strtok(ob_get_clean(), "\n"); // false when it printed nothing
}

$rounds = (int) ($argv[2] ?? 8);
$again = null;
$start = microtime(true);
for ($round = 1; $round <= $rounds; $round++) {
    $roundStart = microtime(true);
    $checksum = run_once($argv[1], $again);
    printf("round %d %.3f %s\n", $round, microtime(true) - $roundStart, $checksum);
    $again ??= without_functions(file_get_contents($argv[1]));
}
printf("time=%.3f\n", microtime(true) - $start);
