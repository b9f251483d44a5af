package io.phasm.wasm.cli;

import static io.phasm.wasm.PhpRun.php;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.phasm.wasm.PhpRun.Result;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** PHP's command line behaves as native php does: arguments, ini, stdio, exit codes, errors. */
class CommandLineTest {

    @Test
    void runsCodeWithArgumentsAndIniSettings() {
        Result r = php().args("-d", "memory_limit=77M", "-r", "echo ini_get('memory_limit'), ' ', implode(',', $argv);", "--", "a", "b c");
        assertEquals(0, r.exitCode());
        assertEquals("77M Standard input code,a,b c", r.stdout());
    }

    @Test
    void has64BitIntegers() {
        Result r = php().code("echo PHP_INT_SIZE, ' ', PHP_INT_MAX, ' ', 2**40, ' ', crc32('The quick brown fox jumped over the lazy dog.'), ' ', date('Y-m-d', 4102444800), ' ', strtotime('2100-01-01 00:00:00 UTC');");
        assertEquals("8 9223372036854775807 1099511627776 2191738434 2100-01-01 4102444800", r.stdout());
    }

    @Test
    void readsStdinAndWritesStderr() {
        Result r = php().stdin("hello\nworld\n").code("$in = stream_get_contents(STDIN); echo strtoupper($in); fwrite(STDERR, 'to stderr');");
        assertEquals("HELLO\nWORLD\n", r.stdout());
        assertTrue(r.stderr().contains("to stderr"), r.stderr());
    }

    @Test
    void exitCodeIsPassedThrough() {
        assertEquals(3, php().code("echo 'bye'; exit(3);").exitCode());
        assertEquals(0, php().code("exit;").exitCode());
        Result r = php().code("exit('message');");
        assertEquals(0, r.exitCode());
        assertEquals("message", r.stdout());
    }

    @Test
    void fatalErrorsExitWith255AndRunShutdownFunctions() {
        // A fatal error unwinds PHP with longjmp (zend_bailout) through the invoke_* trampolines.
        Result r = php().code("register_shutdown_function(function () { echo 'shutdown ran'; }); function inner() { undefined_function(); } function outer() { inner(); } outer();");
        assertEquals(255, r.exitCode());
        assertTrue(r.stdout().contains("Call to undefined function undefined_function()"), r.stdout());
        assertTrue(r.stdout().endsWith("shutdown ran"), r.stdout());
    }

    @Test
    void uncaughtExceptionsExitWith255() {
        Result r = php().code("function f() { throw new RuntimeException('boom'); } try { f(); } finally { echo 'finally '; }");
        assertEquals(255, r.exitCode());
        assertTrue(r.stdout().startsWith("finally "), r.stdout());
        assertTrue(r.stdout().contains("Uncaught RuntimeException: boom"), r.stdout());
    }

    @Test
    void userErrorsAndCaughtErrorsBehave() {
        Result r = php().code("set_error_handler(function ($no, $msg) { echo \"handled: $msg\\n\"; return true; }); echo $undefined; try { intdiv(1, 0); } catch (DivisionByZeroError $e) { echo 'caught ', $e->getMessage(), \"\\n\"; } trigger_error('fatal now', E_USER_ERROR); echo 'not reached';");
        assertEquals("handled: Undefined variable $undefined\ncaught Division by zero\nhandled: fatal now\nnot reached", r.stdout());
    }

    @Test
    void memoryLimitIsAFatalError() {
        Result r = php().args("-d", "memory_limit=16M", "-r", "$a = []; while (true) { $a[] = str_repeat('x', 1024); }");
        assertEquals(255, r.exitCode());
        assertTrue(r.stdout().contains("Allowed memory size of 16777216 bytes exhausted"), r.stdout());
    }

    @Test
    void runningOutOfWasmMemoryIsAClearFatalError() {
        // Wasm memory ends below 2 GiB: the second 1.5 GB string cannot be allocated.
        Result r = php().args("-d", "memory_limit=-1", "-r", "$a = str_repeat('x', 1500000000); $b = str_repeat('y', 1500000000); echo 'unreachable';");
        assertEquals(255, r.exitCode());
        assertTrue(r.stdout().contains("Fatal error: Out of memory"), r.stdout());
    }

    @Test
    void syntaxErrorsAreReported() {
        Result r = php().code("echo 'unterminated");
        assertEquals(255, r.exitCode());
        assertTrue(r.stdout().contains("Parse error"), r.stdout());
    }

    @Test
    void runsScriptsAndIncludesFromAMountedDirectory(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("lib"));
        Files.writeString(dir.resolve("lib/helper.php"), "<?php function greet($n) { return \"Hello, $n\"; } return 42;");
        Files.writeString(dir.resolve("main.php"), """
                <?php
                $value = require __DIR__ . '/lib/helper.php';
                require_once 'lib/helper.php';
                echo greet($argv[1]), ' ', $value, ' ', basename(__FILE__), "\\n";
                echo (include 'missing.php') === false ? "include failed\\n" : '';
                require 'missing.php';
                """);
        Result r = php().in(dir).args("main.php", "wasm");
        assertEquals(255, r.exitCode());
        assertTrue(r.stdout().startsWith("Hello, wasm 42 main.php\n"), r.stdout());
        assertTrue(r.stdout().contains("include failed"), r.stdout());
        assertTrue(r.stdout().contains("Failed opening required 'missing.php'"), r.stdout());
    }

    @Test
    void languageFeaturesWork() {
        Result r = php().code("""
                enum Suit: string { case Hearts = 'H'; case Spades = 'S'; }
                final class Point { public function __construct(public readonly int $x = 0, public readonly int $y = 0) {} }
                function gen() { yield 1; yield from [2, 3]; return 4; }
                $g = gen(); $sum = 0; foreach ($g as $v) { $sum += $v; }
                $p = new Point(y: 5);
                $fn = fn($a) => $a * 2;
                $arr = [3, 1, 2]; usort($arr, fn($a, $b) => $a <=> $b);
                $ref = &$arr[0]; $ref = 10;
                echo implode(',', [
                  $sum, $g->getReturn(), $p->y, Suit::from('S')->name, $fn(21),
                  match(true) { $sum > 5 => 'big', default => 'small' },
                  implode('-', $arr), sprintf('%05.1f', 3.14159), str_contains('haystack', 'st') ? 'y' : 'n',
                  json_encode(array_map(null, [1, 2], ['a', 'b'])), preg_match_all('/\\d+/', 'a1b22c333'),
                ]);
                """);
        assertEquals("6,4,5,Spades,42,big,10-2-3,003.1,y,[[1,\"a\"],[2,\"b\"]],3", r.stdout(), r.stderr());
    }

    @Test
    void fibersFailWithACatchableError() {
        Result r = php().code("try { (new Fiber(fn() => 1))->start(); } catch (Error $e) { echo $e->getMessage(); }");
        assertEquals("Fibers are not supported by this PHP build (WebAssembly)", r.stdout());
    }
}
