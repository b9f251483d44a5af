<?php
/**
 * The asyncify corpus's call paths (see ../README.md).
 *
 * via_all_paths($label, $op, $expected) runs $op once through each call path below: every path
 * reaches the op through a different way PHP can call user code (a callback of a native
 * function, a magic method, a destructor, an output handler, a stream wrapper, ...), so the
 * waits inside the op are seen under every C-level call stack those produce. Each path hands
 * the op's result back and it is compared with $expected. corpus_done() reports.
 *
 * Writing a path: a function path_NAME(Closure $op): mixed that makes PHP run $op and returns
 * what $op returned, listed in corpus_paths(). When the op runs where its result cannot be
 * returned (a destructor, a comparator, an output handler, ...), a Slot carries the result (or
 * the exception) back. A path that leaves global state changed (error handler, output
 * buffers, session) restores it in a finally.
 */

// ------------------------------------------------------------------------ results and report

/** The corpus run's state: failures, checks, and the checks that happen at shutdown. */
final class Corpus
{
    /** @var list<string> "FAIL label/path: detail" lines */
    public static array $failures = [];
    /** @var array<string, int> checks made per label */
    public static array $checks = [];
    /** @var array<string, string> checks still to come at shutdown: "label/path" => "shutdown" or "destructor" */
    public static array $pending = [];
    /** Objects whose destructors run the op at the end of the script (the objects-store pass). */
    public static array $atExit = [];
    public static bool $reportDue = false;
    public static bool $reported = false;
    private static int $sequence = 0;

    /** A name no other call returned in this process: for classes, wrappers, files. */
    public static function uniqueName(string $prefix): string
    {
        return $prefix . ++self::$sequence;
    }
}

/** Records one check: $what is "label/path"; a failed check becomes a FAIL line of the report. */
function check(string $what, bool $ok, string $detail = 'check failed'): void
{
    $label = explode('/', $what, 2)[0];
    Corpus::$checks[$label] = (Corpus::$checks[$label] ?? 0) + 1;
    if (!$ok) {
        Corpus::$failures[] = "FAIL $what: $detail";
    }
}

/** The value of a variable the harness must set; a missing one ends the script with a FAIL line. */
function corpus_env(string $name): string
{
    $value = getenv($name);
    if ($value === false || $value === '') {
        // As a web request the harness sends the settings as headers: Phasm-Http -> HTTP_PHASM_HTTP.
        $value = $_SERVER['HTTP_' . $name] ?? false;
    }
    if ($value === false || $value === '') {
        echo "FAIL setup: environment variable $name is not set (see asyncify-list/corpus/README.md)\n";
        exit(1);
    }
    return $value;
}

/**
 * Runs $op once through every call path and checks each result: equal (===) to $expected, or,
 * when $expected is a Closure, $expected($result) is true. Paths that run at shutdown are
 * checked then (see corpus_done). CORPUS_PATHS=name,name limits the run to those paths.
 */
function via_all_paths(string $label, callable $op, mixed $expected): void
{
    $op = Closure::fromCallable($op);
    foreach (corpus_paths() as $path => $run) {
        if (!corpus_selected($path)) {
            continue;
        }
        $what = "$label/$path";
        $outputLevel = ob_get_level();
        try {
            corpus_check_result($what, $run($op), $expected);
        } catch (Throwable $e) {
            check($what, false, 'threw ' . corpus_describe_error($e));
        } finally {
            if (ob_get_level() > $outputLevel) {
                check($what, false, 'left ' . (ob_get_level() - $outputLevel) . ' output buffer(s) open');
                while (ob_get_level() > $outputLevel) {
                    ob_end_clean();
                }
            }
        }
    }
    foreach (corpus_deferred_paths() as $path => [$kind, $run]) {
        if (corpus_selected($path)) {
            $what = "$label/$path";
            Corpus::$pending[$what] = $kind;
            $run($op, corpus_deferred_check($what, $expected));
        }
    }
}

/**
 * Ends a corpus script (its last statement). The report comes at shutdown, once the
 * shutdown-function path and the end-of-script destructor paths have run: this registers the
 * last shutdown function; it reports at once if nothing else is pending, otherwise the last
 * end-of-script destructor reports. The report is the line OK, or one FAIL line per failed
 * check and exit status 1.
 */
function corpus_done(): void
{
    register_shutdown_function('corpus_report_when_settled');
}

function corpus_report_when_settled(): void
{
    foreach (Corpus::$pending as $what => $kind) {
        if ($kind === 'shutdown') { // registered before this function: it should have run
            check($what, false, 'the shutdown function did not run');
            unset(Corpus::$pending[$what]);
        }
    }
    Corpus::$reportDue = true;
    corpus_report_if_settled();
}

function corpus_report_if_settled(): void
{
    if (!Corpus::$reportDue || Corpus::$reported || Corpus::$pending !== []) {
        return;
    }
    Corpus::$reported = true;
    if (getenv('CORPUS_VERBOSE') && defined('STDERR')) {
        foreach (Corpus::$checks as $label => $count) {
            fwrite(STDERR, "corpus: $label: $count checks\n");
        }
    }
    if (Corpus::$failures === []) {
        echo "OK\n";
        return;
    }
    echo implode("\n", Corpus::$failures), "\n";
    exit(1);
}

/** The callback a deferred path calls with its Slot when the op has run at shutdown. */
function corpus_deferred_check(string $what, mixed $expected): Closure
{
    return static function (Slot $slot) use ($what, $expected): void {
        try {
            corpus_check_result($what, $slot->result(), $expected);
        } catch (Throwable $e) {
            check($what, false, 'threw ' . corpus_describe_error($e));
        }
        unset(Corpus::$pending[$what]);
        corpus_report_if_settled();
    };
}

function corpus_check_result(string $what, mixed $result, mixed $expected): void
{
    if ($expected instanceof Closure) {
        check($what, (bool) $expected($result), 'unexpected result ' . corpus_describe($result));
    } else {
        check($what, $result === $expected, 'got ' . corpus_describe($result) . ', expected ' . corpus_describe($expected));
    }
}

function corpus_selected(string $path): bool
{
    $only = getenv('CORPUS_PATHS');
    return $only === false || $only === '' || in_array($path, explode(',', $only), true);
}

function corpus_describe(mixed $value): string
{
    if (is_string($value)) {
        return strlen($value) > 60 ? var_export(substr($value, 0, 60), true) . '... (' . strlen($value) . ' bytes)' : var_export($value, true);
    }
    if (is_array($value)) {
        $json = (string) json_encode($value, JSON_PARTIAL_OUTPUT_ON_ERROR | JSON_UNESCAPED_SLASHES);
        return 'array ' . (strlen($json) > 100 ? substr($json, 0, 100) . '...' : $json);
    }
    return is_object($value) ? get_debug_type($value) : var_export($value, true);
}

function corpus_describe_error(Throwable $e): string
{
    return get_class($e) . ': ' . $e->getMessage() . ' (' . basename($e->getFile()) . ':' . $e->getLine() . ')';
}

/**
 * Runs the op (once) where its result cannot be returned, and hands the result, or what the op
 * threw, to the path that set it up.
 */
final class Slot
{
    private bool $ran = false;
    private mixed $value = null;
    private ?Throwable $error = null;

    public function __construct(private readonly Closure $op) {}

    public function run(): void
    {
        if ($this->ran) {
            return;
        }
        $this->ran = true;
        try {
            $this->value = ($this->op)();
        } catch (Throwable $e) {
            $this->error = $e;
        }
    }

    public function result(): mixed
    {
        if ($this->error !== null) {
            throw $this->error;
        }
        if (!$this->ran) {
            throw new LogicException('the op did not run');
        }
        return $this->value;
    }
}

// ------------------------------------------------------------------------------- the paths

/** @return array<string, string> path name => path function, run in this order */
function corpus_paths(): array
{
    return [
        // calls
        'plain' => 'path_plain',
        'nested_functions' => 'path_nested_functions',
        'closure' => 'path_closure',
        'arrow_fn' => 'path_arrow_fn',
        'static_closure' => 'path_static_closure',
        'first_class_callable' => 'path_first_class_callable',
        'closure_fromcallable' => 'path_closure_fromcallable',
        'closure_call' => 'path_closure_call',
        'call_user_func' => 'path_call_user_func',
        'call_user_func_native' => 'path_call_user_func_native',
        'call_user_func_array' => 'path_call_user_func_array',
        'call_user_func_array_native' => 'path_call_user_func_array_native',
        // callbacks of native functions
        'array_map' => 'path_array_map',
        'array_filter' => 'path_array_filter',
        'array_walk' => 'path_array_walk',
        'array_walk_recursive' => 'path_array_walk_recursive',
        'array_reduce' => 'path_array_reduce',
        'usort' => 'path_usort',
        'uasort' => 'path_uasort',
        'uksort' => 'path_uksort',
        'array_udiff' => 'path_array_udiff',
        'preg_replace_callback' => 'path_preg_replace_callback',
        'preg_replace_callback_array' => 'path_preg_replace_callback_array',
        'iterator_apply' => 'path_iterator_apply',
        'tick_function' => 'path_tick_function',
        // methods
        'instance_method' => 'path_instance_method',
        'static_method' => 'path_static_method',
        'self_call' => 'path_self_call',
        'static_call' => 'path_static_call',
        'parent_call' => 'path_parent_call',
        // constructors and destructors
        'construct' => 'path_construct',
        'destruct_unset' => 'path_destruct_unset',
        'destruct_reassign' => 'path_destruct_reassign',
        'destruct_scope_end' => 'path_destruct_scope_end',
        'destruct_gc' => 'path_destruct_gc',
        // magic methods
        'magic_call' => 'path_magic_call',
        'magic_call_static' => 'path_magic_call_static',
        'magic_get' => 'path_magic_get',
        'magic_get_this' => 'path_magic_get_this',
        'magic_set' => 'path_magic_set',
        'magic_isset' => 'path_magic_isset',
        'magic_unset' => 'path_magic_unset',
        'tostring_cast' => 'path_tostring_cast',
        'tostring_interpolation' => 'path_tostring_interpolation',
        'tostring_concat' => 'path_tostring_concat',
        'tostring_strval' => 'path_tostring_strval',
        'tostring_native_argument' => 'path_tostring_native_argument',
        'tostring_comparison' => 'path_tostring_comparison',
        'invoke' => 'path_invoke',
        'clone' => 'path_clone',
        'debug_info' => 'path_debug_info',
        'countable' => 'path_countable',
        // ArrayAccess
        'offset_get' => 'path_offset_get',
        'offset_get_variable_key' => 'path_offset_get_variable_key',
        'offset_set' => 'path_offset_set',
        'offset_exists' => 'path_offset_exists',
        'offset_unset' => 'path_offset_unset',
        // iterators and generators
        'iterator_foreach' => 'path_iterator_foreach',
        'iterator_aggregate_foreach' => 'path_iterator_aggregate_foreach',
        'iterator_to_array_iterator' => 'path_iterator_to_array_iterator',
        'generator_foreach' => 'path_generator_foreach',
        'generator_current' => 'path_generator_current',
        'generator_send' => 'path_generator_send',
        'yield_from_generator' => 'path_yield_from_generator',
        'yield_from_iterator' => 'path_yield_from_iterator',
        'iterator_to_array_generator' => 'path_iterator_to_array_generator',
        'iterator_count_generator' => 'path_iterator_count_generator',
        'callback_filter_iterator' => 'path_callback_filter_iterator',
        // SPL classes calling overridden methods
        'arrayiterator_current' => 'path_arrayiterator_current',
        'arrayobject_offset_get' => 'path_arrayobject_offset_get',
        'arrayobject_uasort' => 'path_arrayobject_uasort',
        'splheap_compare' => 'path_splheap_compare',
        'splobjectstorage_gethash' => 'path_splobjectstorage_gethash',
        // serialization
        'json_serializable' => 'path_json_serializable',
        'serialize_magic' => 'path_serialize_magic',
        'serialize_sleep' => 'path_serialize_sleep',
        'unserialize_magic' => 'path_unserialize_magic',
        'unserialize_wakeup' => 'path_unserialize_wakeup',
        // errors and exceptions
        'error_handler_trigger_error' => 'path_error_handler_trigger_error',
        'error_handler_engine_warning' => 'path_error_handler_engine_warning',
        'exception_catch' => 'path_exception_catch',
        'exception_finally' => 'path_exception_finally',
        // output buffering
        'ob_end_flush' => 'path_ob_end_flush',
        'ob_flush' => 'path_ob_flush',
        'ob_chunk_size' => 'path_ob_chunk_size',
        'ob_get_clean' => 'path_ob_get_clean',
        // autoloading
        'autoload_new' => 'path_autoload_new',
        'autoload_new_literal' => 'path_autoload_new_literal',
        'autoload_class_exists' => 'path_autoload_class_exists',
        'autoload_static_call' => 'path_autoload_static_call',
        'autoload_unserialize' => 'path_autoload_unserialize',
        // include and eval
        'include' => 'path_include',
        'require' => 'path_require',
        'eval' => 'path_eval',
        // reflection
        'reflection_function_invoke' => 'path_reflection_function_invoke',
        'reflection_function_invoke_args' => 'path_reflection_function_invoke_args',
        'reflection_method_invoke' => 'path_reflection_method_invoke',
        'reflection_method_invoke_args' => 'path_reflection_method_invoke_args',
        'reflection_new_instance' => 'path_reflection_new_instance',
        'reflection_new_instance_args' => 'path_reflection_new_instance_args',
        // user stream wrapper and stream filter
        'stream_wrapper_open' => 'path_stream_wrapper_open',
        'stream_wrapper_read' => 'path_stream_wrapper_read',
        'stream_wrapper_file_get_contents' => 'path_stream_wrapper_file_get_contents',
        'stream_wrapper_write' => 'path_stream_wrapper_write',
        'stream_wrapper_close' => 'path_stream_wrapper_close',
        'stream_wrapper_url_stat' => 'path_stream_wrapper_url_stat',
        'stream_wrapper_include' => 'path_stream_wrapper_include',
        'stream_filter_write' => 'path_stream_filter_write',
        'stream_filter_read' => 'path_stream_filter_read',
        // session save handler
        'session_handler_read' => 'path_session_handler_read',
        'session_handler_write' => 'path_session_handler_write',
    ];
}

/**
 * Paths whose op runs at shutdown, after the script's last statement: name => [kind, function].
 * The function gets the op and a callback to hand its Slot to once the op has run.
 *
 * @return array<string, array{string, string}>
 */
function corpus_deferred_paths(): array
{
    return [
        'shutdown_function' => ['shutdown', 'path_shutdown_function'],
        'destruct_script_end_global' => ['destructor', 'path_destruct_script_end_global'],
        'destruct_script_end_object_store' => ['destructor', 'path_destruct_script_end_object_store'],
    ];
}

// ----------------------------------------------------------------------------------- calls

function path_plain(Closure $op): mixed
{
    return $op();
}

function path_nested_functions(Closure $op): mixed
{
    return path_nested_functions_2($op);
}

function path_nested_functions_2(Closure $op): mixed
{
    return path_nested_functions_3($op);
}

function path_nested_functions_3(Closure $op): mixed
{
    return $op();
}

function path_closure(Closure $op): mixed
{
    $closure = function () use ($op) {
        return $op();
    };
    return $closure();
}

function path_arrow_fn(Closure $op): mixed
{
    $arrow = fn() => $op();
    return $arrow();
}

function path_static_closure(Closure $op): mixed
{
    $closure = static function () use ($op) {
        return $op();
    };
    return $closure();
}

/** A named function the callable-making paths call. */
function path_call_target(Closure $op): mixed
{
    return $op();
}

function path_first_class_callable(Closure $op): mixed
{
    $target = path_call_target(...);
    return $target($op);
}

function path_closure_fromcallable(Closure $op): mixed
{
    $target = Closure::fromCallable('path_call_target');
    return $target($op);
}

final class PathClosureCallTarget {}

/** Closure::call: the native method binds $this and calls the closure. */
function path_closure_call(Closure $op): mixed
{
    $unbound = function (Closure $op) {
        return $op();
    };
    return $unbound->call(new PathClosureCallTarget(), $op);
}

/** call_user_func written out: the compiler turns it into an opcode call (ZEND_INIT_USER_CALL). */
function path_call_user_func(Closure $op): mixed
{
    return call_user_func($op);
}

/** call_user_func called by name: the native function itself calls the op. */
function path_call_user_func_native(Closure $op): mixed
{
    $function = 'call_user_func';
    return $function($op);
}

function path_call_user_func_array(Closure $op): mixed
{
    return call_user_func_array('path_call_target', [$op]);
}

function path_call_user_func_array_native(Closure $op): mixed
{
    $function = 'call_user_func_array';
    return $function('path_call_target', [$op]);
}

// -------------------------------------------------------------- callbacks of native functions

function path_array_map(Closure $op): mixed
{
    return array_map(fn($item) => $op(), [0])[0];
}

function path_array_filter(Closure $op): mixed
{
    $slot = new Slot($op);
    array_filter([0], function () use ($slot): bool {
        $slot->run();
        return true;
    });
    return $slot->result();
}

function path_array_walk(Closure $op): mixed
{
    $items = [0];
    $slot = new Slot($op);
    array_walk($items, function () use ($slot): void {
        $slot->run();
    });
    return $slot->result();
}

function path_array_walk_recursive(Closure $op): mixed
{
    $items = [[0]];
    $slot = new Slot($op);
    array_walk_recursive($items, function () use ($slot): void {
        $slot->run();
    });
    return $slot->result();
}

function path_array_reduce(Closure $op): mixed
{
    return array_reduce([0], fn($carry, $item) => $op(), null);
}

/** Sorted by usort, uasort, array_udiff: the comparator runs the op on its first call. */
final class PathSortItem
{
    public function __construct(public readonly int $rank) {}
}

function path_usort(Closure $op): mixed
{
    $items = [new PathSortItem(2), new PathSortItem(1)];
    $slot = new Slot($op);
    usort($items, function (PathSortItem $a, PathSortItem $b) use ($slot): int {
        $slot->run();
        return $a->rank <=> $b->rank;
    });
    return $slot->result();
}

function path_uasort(Closure $op): mixed
{
    $items = ['b' => new PathSortItem(2), 'a' => new PathSortItem(1)];
    $slot = new Slot($op);
    uasort($items, function (PathSortItem $a, PathSortItem $b) use ($slot): int {
        $slot->run();
        return $a->rank <=> $b->rank;
    });
    return $slot->result();
}

function path_uksort(Closure $op): mixed
{
    $items = ['b' => 1, 'a' => 2];
    $slot = new Slot($op);
    uksort($items, function (string $a, string $b) use ($slot): int {
        $slot->run();
        return $a <=> $b;
    });
    return $slot->result();
}

function path_array_udiff(Closure $op): mixed
{
    $slot = new Slot($op);
    array_udiff([1, 2], [2, 3], function (int $a, int $b) use ($slot): int {
        $slot->run();
        return $a <=> $b;
    });
    return $slot->result();
}

function path_preg_replace_callback(Closure $op): mixed
{
    $slot = new Slot($op);
    preg_replace_callback('/a/', function (array $match) use ($slot): string {
        $slot->run();
        return 'b';
    }, 'a');
    return $slot->result();
}

function path_preg_replace_callback_array(Closure $op): mixed
{
    $slot = new Slot($op);
    preg_replace_callback_array(['/a/' => function (array $match) use ($slot): string {
        $slot->run();
        return 'b';
    }], 'a');
    return $slot->result();
}

function path_iterator_apply(Closure $op): mixed
{
    $slot = new Slot($op);
    iterator_apply(new ArrayIterator([0]), function () use ($slot): bool {
        $slot->run();
        return true;
    });
    return $slot->result();
}

/** register_tick_function: the engine calls the tick function after a statement under declare(ticks). */
function path_tick_function(Closure $op): mixed
{
    $slot = new Slot($op);
    $tick = function () use ($slot): void {
        $slot->run();
    };
    register_tick_function($tick);
    try {
        declare(ticks=1) {
            $statement = true;
        }
    } finally {
        unregister_tick_function($tick);
    }
    return $slot->result();
}

// --------------------------------------------------------------------------------- methods

final class PathInstanceMethod
{
    public function __construct(private readonly Closure $op) {}

    public function run(): mixed
    {
        return ($this->op)();
    }
}

final class PathStaticMethod
{
    public static function run(Closure $op): mixed
    {
        return $op();
    }
}

/** self::target() from inside the class. */
final class PathSelfCall
{
    public static function viaSelf(Closure $op): mixed
    {
        return self::target($op);
    }

    private static function target(Closure $op): mixed
    {
        return $op();
    }
}

/** static::target() resolved by late static binding to the child's method. */
class PathLateStaticBinding
{
    public static function viaStatic(Closure $op): mixed
    {
        return static::target($op);
    }

    protected static function target(Closure $op): mixed
    {
        throw new LogicException('static:: should have called the child class');
    }
}

final class PathLateStaticBindingChild extends PathLateStaticBinding
{
    protected static function target(Closure $op): mixed
    {
        return $op();
    }
}

function path_instance_method(Closure $op): mixed
{
    return (new PathInstanceMethod($op))->run();
}

function path_static_method(Closure $op): mixed
{
    return PathStaticMethod::run($op);
}

function path_self_call(Closure $op): mixed
{
    return PathSelfCall::viaSelf($op);
}

function path_static_call(Closure $op): mixed
{
    return PathLateStaticBindingChild::viaStatic($op);
}

class PathParent
{
    public function __construct(protected readonly Closure $op) {}

    public function run(): mixed
    {
        return ($this->op)();
    }
}

final class PathChild extends PathParent
{
    public function run(): mixed
    {
        return parent::run();
    }
}

function path_parent_call(Closure $op): mixed
{
    return (new PathChild($op))->run();
}

// ---------------------------------------------------------------- constructors, destructors

final class PathConstruct
{
    public readonly mixed $result;

    public function __construct(Closure $op)
    {
        $this->result = $op();
    }
}

final class PathDestruct
{
    public ?PathDestruct $cycle = null;

    public function __construct(private readonly Slot $slot) {}

    public function __destruct()
    {
        $this->slot->run();
    }
}

function path_construct(Closure $op): mixed
{
    return (new PathConstruct($op))->result;
}

function path_destruct_unset(Closure $op): mixed
{
    $slot = new Slot($op);
    $object = new PathDestruct($slot);
    unset($object);
    return $slot->result();
}

function path_destruct_reassign(Closure $op): mixed
{
    $slot = new Slot($op);
    $object = new PathDestruct($slot);
    $object = null;
    return $slot->result();
}

function path_destruct_scope_end(Closure $op): mixed
{
    $slot = new Slot($op);
    path_destruct_scope_end_leave($slot);
    return $slot->result();
}

function path_destruct_scope_end_leave(Slot $slot): void
{
    $object = new PathDestruct($slot); // destroyed when this function returns
}

/** A cycle only the garbage collector frees: gc_collect_cycles() runs the destructor. */
function path_destruct_gc(Closure $op): mixed
{
    $slot = new Slot($op);
    $object = new PathDestruct($slot);
    $object->cycle = $object;
    unset($object);
    gc_collect_cycles();
    return $slot->result();
}

// ---------------------------------------------------------------------------- magic methods

final class PathMagic
{
    public function __construct(private readonly Slot $slot) {}

    public function __call(string $name, array $arguments): mixed
    {
        $this->slot->run();
        return null;
    }

    public function __get(string $name): mixed
    {
        $this->slot->run();
        return null;
    }

    public function __set(string $name, mixed $value): void
    {
        $this->slot->run();
    }

    public function __isset(string $name): bool
    {
        $this->slot->run();
        return true;
    }

    public function __unset(string $name): void
    {
        $this->slot->run();
    }

    public function __toString(): string
    {
        $this->slot->run();
        return 'magic';
    }

    public function __invoke(): mixed
    {
        $this->slot->run();
        return null;
    }

    public function __clone()
    {
        $this->slot->run();
    }

    public function __debugInfo(): array
    {
        $this->slot->run();
        return [];
    }

    /** Reads an undeclared property of $this: __get from inside the class. */
    public function readOwnMissing(): mixed
    {
        return $this->missing;
    }
}

final class PathMagicStatic
{
    public static ?Slot $slot = null;

    public static function __callStatic(string $name, array $arguments): mixed
    {
        self::$slot->run();
        return null;
    }
}

function path_magic_call(Closure $op): mixed
{
    $slot = new Slot($op);
    (new PathMagic($slot))->undeclaredMethod();
    return $slot->result();
}

function path_magic_call_static(Closure $op): mixed
{
    PathMagicStatic::$slot = $slot = new Slot($op);
    PathMagicStatic::undeclaredStaticMethod();
    return $slot->result();
}

function path_magic_get(Closure $op): mixed
{
    $slot = new Slot($op);
    $magic = new PathMagic($slot);
    $value = $magic->missing;
    return $slot->result();
}

function path_magic_get_this(Closure $op): mixed
{
    $slot = new Slot($op);
    (new PathMagic($slot))->readOwnMissing();
    return $slot->result();
}

function path_magic_set(Closure $op): mixed
{
    $slot = new Slot($op);
    $magic = new PathMagic($slot);
    $magic->missing = 1;
    return $slot->result();
}

function path_magic_isset(Closure $op): mixed
{
    $slot = new Slot($op);
    $magic = new PathMagic($slot);
    $isSet = isset($magic->missing);
    return $slot->result();
}

function path_magic_unset(Closure $op): mixed
{
    $slot = new Slot($op);
    $magic = new PathMagic($slot);
    unset($magic->missing);
    return $slot->result();
}

function path_tostring_cast(Closure $op): mixed
{
    $slot = new Slot($op);
    $magic = new PathMagic($slot);
    $string = (string) $magic;
    return $slot->result();
}

function path_tostring_interpolation(Closure $op): mixed
{
    $slot = new Slot($op);
    $magic = new PathMagic($slot);
    $string = "<$magic>";
    return $slot->result();
}

function path_tostring_concat(Closure $op): mixed
{
    $slot = new Slot($op);
    $magic = new PathMagic($slot);
    $string = 'x' . $magic;
    return $slot->result();
}

/** strval() (the compiler makes it a cast). */
function path_tostring_strval(Closure $op): mixed
{
    $slot = new Slot($op);
    $string = strval(new PathMagic($slot));
    return $slot->result();
}

/** A native function's string parameter converts the object. */
function path_tostring_native_argument(Closure $op): mixed
{
    $slot = new Slot($op);
    $string = str_repeat(new PathMagic($slot), 1);
    return $slot->result();
}

/** == between an object and a string compares the object's string. */
function path_tostring_comparison(Closure $op): mixed
{
    $slot = new Slot($op);
    $equal = new PathMagic($slot) == 'magic';
    return $slot->result();
}

function path_invoke(Closure $op): mixed
{
    $slot = new Slot($op);
    $magic = new PathMagic($slot);
    $magic();
    return $slot->result();
}

function path_clone(Closure $op): mixed
{
    $slot = new Slot($op);
    $copy = clone new PathMagic($slot);
    return $slot->result();
}

/** print_r() asks the object for its debug properties: __debugInfo. */
function path_debug_info(Closure $op): mixed
{
    $slot = new Slot($op);
    $text = print_r(new PathMagic($slot), true);
    return $slot->result();
}

final class PathCountable implements Countable
{
    public function __construct(private readonly Slot $slot) {}

    public function count(): int
    {
        $this->slot->run();
        return 1;
    }
}

function path_countable(Closure $op): mixed
{
    $slot = new Slot($op);
    $count = count(new PathCountable($slot));
    return $slot->result();
}

// ------------------------------------------------------------------------------ ArrayAccess

final class PathArrayAccess implements ArrayAccess
{
    public function __construct(private readonly Slot $slot) {}

    public function offsetGet(mixed $offset): mixed
    {
        $this->slot->run();
        return null;
    }

    public function offsetSet(mixed $offset, mixed $value): void
    {
        $this->slot->run();
    }

    public function offsetExists(mixed $offset): bool
    {
        $this->slot->run();
        return true;
    }

    public function offsetUnset(mixed $offset): void
    {
        $this->slot->run();
    }
}

function path_offset_get(Closure $op): mixed
{
    $slot = new Slot($op);
    $array = new PathArrayAccess($slot);
    $value = $array['key'];
    return $slot->result();
}

function path_offset_get_variable_key(Closure $op): mixed
{
    $slot = new Slot($op);
    $array = new PathArrayAccess($slot);
    $key = 'key';
    $value = $array[$key];
    return $slot->result();
}

function path_offset_set(Closure $op): mixed
{
    $slot = new Slot($op);
    $array = new PathArrayAccess($slot);
    $array['key'] = 1;
    return $slot->result();
}

function path_offset_exists(Closure $op): mixed
{
    $slot = new Slot($op);
    $array = new PathArrayAccess($slot);
    $isSet = isset($array['key']);
    return $slot->result();
}

function path_offset_unset(Closure $op): mixed
{
    $slot = new Slot($op);
    $array = new PathArrayAccess($slot);
    unset($array['key']);
    return $slot->result();
}

// ------------------------------------------------------------------ iterators and generators

/** One element, computed by the op in current(). */
final class PathOpIterator implements Iterator
{
    private int $position = 0;

    public function __construct(private readonly Closure $op) {}

    public function current(): mixed
    {
        return ($this->op)();
    }

    public function key(): mixed
    {
        return $this->position;
    }

    public function next(): void
    {
        $this->position++;
    }

    public function rewind(): void
    {
        $this->position = 0;
    }

    public function valid(): bool
    {
        return $this->position === 0;
    }
}

final class PathOpAggregate implements IteratorAggregate
{
    public function __construct(private readonly Closure $op) {}

    public function getIterator(): Iterator
    {
        return new ArrayIterator([($this->op)()]);
    }
}

/** The first element of an iteration. */
function path_first(iterable $items): mixed
{
    foreach ($items as $item) {
        return $item;
    }
    throw new LogicException('nothing was iterated');
}

function path_iterator_foreach(Closure $op): mixed
{
    foreach (new PathOpIterator($op) as $value) {
        return $value;
    }
    throw new LogicException('nothing was iterated');
}

function path_iterator_aggregate_foreach(Closure $op): mixed
{
    foreach (new PathOpAggregate($op) as $value) {
        return $value;
    }
    throw new LogicException('nothing was iterated');
}

function path_iterator_to_array_iterator(Closure $op): mixed
{
    return iterator_to_array(new PathOpIterator($op), false)[0];
}

function path_generator(Closure $op): Generator
{
    yield $op();
}

function path_generator_foreach(Closure $op): mixed
{
    foreach (path_generator($op) as $value) {
        return $value;
    }
    throw new LogicException('nothing was iterated');
}

function path_generator_current(Closure $op): mixed
{
    return path_generator($op)->current();
}

function path_generator_waiting_for_send(Closure $op): Generator
{
    $go = yield 'ready';
    if ($go === true) {
        yield $op();
    }
}

/** Generator::send resumes the generator, which runs the op. */
function path_generator_send(Closure $op): mixed
{
    $generator = path_generator_waiting_for_send($op);
    $generator->current();
    return $generator->send(true);
}

function path_generator_delegating(iterable $inner): Generator
{
    yield from $inner;
}

function path_yield_from_generator(Closure $op): mixed
{
    return path_first(path_generator_delegating(path_generator($op)));
}

function path_yield_from_iterator(Closure $op): mixed
{
    return path_first(path_generator_delegating(new PathOpIterator($op)));
}

function path_iterator_to_array_generator(Closure $op): mixed
{
    return iterator_to_array(path_generator($op), false)[0];
}

function path_iterator_count_generator(Closure $op): mixed
{
    $slot = new Slot($op);
    iterator_count((function () use ($slot) {
        $slot->run();
        yield 0;
    })());
    return $slot->result();
}

function path_callback_filter_iterator(Closure $op): mixed
{
    $slot = new Slot($op);
    $filtered = new CallbackFilterIterator(new ArrayIterator([0]), function () use ($slot): bool {
        $slot->run();
        return true;
    });
    path_first($filtered);
    return $slot->result();
}

// ------------------------------------------------------------ SPL classes calling overrides

final class PathArrayIterator extends ArrayIterator
{
    public function __construct(private readonly Closure $op)
    {
        parent::__construct([0]);
    }

    public function current(): mixed
    {
        return ($this->op)();
    }
}

final class PathArrayObject extends ArrayObject
{
    public function __construct(private readonly Closure $op)
    {
        parent::__construct([]);
    }

    public function offsetGet(mixed $key): mixed
    {
        return ($this->op)();
    }
}

final class PathHeap extends SplMinHeap
{
    public function __construct(private readonly Slot $slot) {}

    protected function compare(mixed $value1, mixed $value2): int
    {
        $this->slot->run();
        return parent::compare($value1, $value2);
    }
}

final class PathObjectStorage extends SplObjectStorage
{
    public function __construct(private readonly Slot $slot) {}

    public function getHash(object $object): string
    {
        $this->slot->run();
        return spl_object_hash($object);
    }
}

function path_arrayiterator_current(Closure $op): mixed
{
    return path_first(new PathArrayIterator($op));
}

function path_arrayobject_offset_get(Closure $op): mixed
{
    $array = new PathArrayObject($op);
    return $array['key'];
}

function path_arrayobject_uasort(Closure $op): mixed
{
    $slot = new Slot($op);
    (new ArrayObject([2, 1]))->uasort(function (int $a, int $b) use ($slot): int {
        $slot->run();
        return $a <=> $b;
    });
    return $slot->result();
}

function path_splheap_compare(Closure $op): mixed
{
    $slot = new Slot($op);
    $heap = new PathHeap($slot);
    $heap->insert(2);
    $heap->insert(1);
    return $slot->result();
}

function path_splobjectstorage_gethash(Closure $op): mixed
{
    $slot = new Slot($op);
    (new PathObjectStorage($slot))->attach(new stdClass());
    return $slot->result();
}

// ---------------------------------------------------------------------------- serialization

final class PathJson implements JsonSerializable
{
    public function __construct(private readonly Slot $slot) {}

    public function jsonSerialize(): mixed
    {
        $this->slot->run();
        return null;
    }
}

final class PathSerializeMagic
{
    public function __construct(private readonly Slot $slot) {}

    public function __serialize(): array
    {
        $this->slot->run();
        return [];
    }
}

final class PathSerializeSleep
{
    public function __construct(private readonly Slot $slot) {}

    public function __sleep(): array
    {
        $this->slot->run();
        return [];
    }
}

/** unserialize() has no constructor to pass the op to: the path sets the static Slot. */
final class PathUnserializeMagic
{
    public static ?Slot $slot = null;

    public function __unserialize(array $data): void
    {
        self::$slot->run();
    }
}

final class PathUnserializeWakeup
{
    public static ?Slot $slot = null;

    public function __wakeup(): void
    {
        self::$slot->run();
    }
}

/** The serialized form of an object of $class without properties. */
function path_serialized_empty_object(string $class): string
{
    return sprintf('O:%d:"%s":0:{}', strlen($class), $class);
}

function path_json_serializable(Closure $op): mixed
{
    $slot = new Slot($op);
    json_encode(new PathJson($slot));
    return $slot->result();
}

function path_serialize_magic(Closure $op): mixed
{
    $slot = new Slot($op);
    serialize(new PathSerializeMagic($slot));
    return $slot->result();
}

function path_serialize_sleep(Closure $op): mixed
{
    $slot = new Slot($op);
    serialize(new PathSerializeSleep($slot));
    return $slot->result();
}

function path_unserialize_magic(Closure $op): mixed
{
    PathUnserializeMagic::$slot = $slot = new Slot($op);
    unserialize(path_serialized_empty_object(PathUnserializeMagic::class));
    return $slot->result();
}

function path_unserialize_wakeup(Closure $op): mixed
{
    PathUnserializeWakeup::$slot = $slot = new Slot($op);
    unserialize(path_serialized_empty_object(PathUnserializeWakeup::class));
    return $slot->result();
}

// ------------------------------------------------------------------- errors and exceptions

function path_error_handler_trigger_error(Closure $op): mixed
{
    $slot = new Slot($op);
    set_error_handler(function () use ($slot): bool {
        $slot->run();
        return true;
    });
    try {
        trigger_error('corpus', E_USER_NOTICE);
    } finally {
        restore_error_handler();
    }
    return $slot->result();
}

/** The engine's own warning (an undefined array key) calls the error handler. */
function path_error_handler_engine_warning(Closure $op): mixed
{
    $slot = new Slot($op);
    set_error_handler(function () use ($slot): bool {
        $slot->run();
        return true;
    });
    try {
        $empty = [];
        $value = $empty['missing'];
    } finally {
        restore_error_handler();
    }
    return $slot->result();
}

final class PathException extends RuntimeException {}

function path_throw(): never
{
    throw new PathException('thrown for the corpus');
}

function path_exception_catch(Closure $op): mixed
{
    try {
        path_throw();
    } catch (PathException) {
        return $op();
    }
}

function path_exception_finally(Closure $op): mixed
{
    $result = null;
    try {
        try {
            path_throw();
        } finally {
            $result = $op();
        }
    } catch (PathException) {
        // expected: thrown before the finally block ran
    }
    return $result;
}

// ------------------------------------------------------------------------ output buffering

/** An output handler that runs the op and discards the output. */
function path_output_handler(Slot $slot): Closure
{
    return function (string $buffer, int $phase) use ($slot): string {
        $slot->run();
        return '';
    };
}

function path_ob_end_flush(Closure $op): mixed
{
    $slot = new Slot($op);
    ob_start(path_output_handler($slot));
    echo 'corpus';
    ob_end_flush();
    return $slot->result();
}

function path_ob_flush(Closure $op): mixed
{
    $slot = new Slot($op);
    ob_start(path_output_handler($slot));
    try {
        echo 'corpus';
        ob_flush();
    } finally {
        ob_end_clean();
    }
    return $slot->result();
}

/** With a chunk size, echo itself runs the handler once the buffer is full. */
function path_ob_chunk_size(Closure $op): mixed
{
    $slot = new Slot($op);
    ob_start(path_output_handler($slot), 1);
    try {
        echo 'corpus';
    } finally {
        ob_end_clean();
    }
    return $slot->result();
}

function path_ob_get_clean(Closure $op): mixed
{
    $slot = new Slot($op);
    ob_start(path_output_handler($slot));
    echo 'corpus';
    ob_get_clean();
    return $slot->result();
}

// ------------------------------------------------------------------------------ autoloading

/** Runs the op for the classes a path expects, then defines the class (with eval). */
final class PathAutoloader
{
    /** @var array<string, Slot> */
    private static array $expected = [];

    /** A class name nothing defines yet; loading it runs the op. */
    public static function expect(Slot $slot): string
    {
        $class = Corpus::uniqueName('PathAutoloaded');
        self::$expected[$class] = $slot;
        return $class;
    }

    public static function load(string $class): void
    {
        $slot = self::$expected[$class] ?? null;
        if ($slot === null) {
            return;
        }
        unset(self::$expected[$class]);
        $slot->run();
        eval("final class $class { public static function ping(): bool { return true; } }");
    }
}

function path_autoload_new(Closure $op): mixed
{
    $slot = new Slot($op);
    $class = PathAutoloader::expect($slot);
    new $class();
    return $slot->result();
}

/** `new Name` with the name written in the code (compiled by eval: each name is used once). */
function path_autoload_new_literal(Closure $op): mixed
{
    $slot = new Slot($op);
    $class = PathAutoloader::expect($slot);
    eval("new $class();");
    return $slot->result();
}

function path_autoload_class_exists(Closure $op): mixed
{
    $slot = new Slot($op);
    class_exists(PathAutoloader::expect($slot));
    return $slot->result();
}

function path_autoload_static_call(Closure $op): mixed
{
    $slot = new Slot($op);
    $class = PathAutoloader::expect($slot);
    $class::ping();
    return $slot->result();
}

function path_autoload_unserialize(Closure $op): mixed
{
    $slot = new Slot($op);
    unserialize(path_serialized_empty_object(PathAutoloader::expect($slot)));
    return $slot->result();
}

// -------------------------------------------------------------------------- include and eval

function path_include(Closure $op): mixed
{
    return include __DIR__ . '/include_op.php'; // returns $op()
}

function path_require(Closure $op): mixed
{
    return require __DIR__ . '/include_op.php';
}

function path_eval(Closure $op): mixed
{
    return eval('return $op();');
}

// ------------------------------------------------------------------------------- reflection

function path_reflection_function_invoke(Closure $op): mixed
{
    return (new ReflectionFunction('path_call_target'))->invoke($op);
}

function path_reflection_function_invoke_args(Closure $op): mixed
{
    return (new ReflectionFunction('path_call_target'))->invokeArgs([$op]);
}

function path_reflection_method_invoke(Closure $op): mixed
{
    return (new ReflectionMethod(PathInstanceMethod::class, 'run'))->invoke(new PathInstanceMethod($op));
}

function path_reflection_method_invoke_args(Closure $op): mixed
{
    return (new ReflectionMethod(PathStaticMethod::class, 'run'))->invokeArgs(null, [$op]);
}

function path_reflection_new_instance(Closure $op): mixed
{
    return (new ReflectionClass(PathConstruct::class))->newInstance($op)->result;
}

function path_reflection_new_instance_args(Closure $op): mixed
{
    return (new ReflectionClass(PathConstruct::class))->newInstanceArgs([$op])->result;
}

// --------------------------------------------------------- user stream wrapper, stream filter

/**
 * corpus-path://NAME: a stream with a few bytes ("<?php return 'included';" for NAME=code).
 * A path arms one event (open, read, write, close, url_stat) with a Slot; that event runs the op.
 */
final class PathStreamWrapper
{
    public const PROTOCOL = 'corpus-path';

    /** @var array<string, Slot> */
    private static array $armed = [];

    /** @var resource|null set by PHP */
    public $context;
    private string $data = '';
    private int $position = 0;

    public static function arm(string $event, Slot $slot): void
    {
        self::$armed[$event] = $slot;
    }

    private static function fire(string $event): void
    {
        $slot = self::$armed[$event] ?? null;
        if ($slot !== null) {
            unset(self::$armed[$event]);
            $slot->run();
        }
    }

    public function stream_open(string $path, string $mode, int $options, ?string &$openedPath): bool
    {
        self::fire('open');
        $this->data = parse_url($path, PHP_URL_HOST) === 'code' ? "<?php return 'included';" : 'data';
        return true;
    }

    public function stream_read(int $count): string|false
    {
        self::fire('read');
        $chunk = substr($this->data, $this->position, $count);
        $this->position += strlen($chunk);
        return $chunk;
    }

    public function stream_write(string $data): int
    {
        self::fire('write');
        return strlen($data);
    }

    public function stream_eof(): bool
    {
        return $this->position >= strlen($this->data);
    }

    public function stream_close(): void
    {
        self::fire('close');
    }

    public function stream_flush(): bool
    {
        return true;
    }

    public function stream_stat(): array|false
    {
        return ['size' => strlen($this->data)];
    }

    public function stream_set_option(int $option, int $arg1, ?int $arg2): bool
    {
        return false;
    }

    public function url_stat(string $path, int $flags): array|false
    {
        self::fire('url_stat');
        return ['mode' => 0100644, 'size' => 4];
    }
}

/** Passes data through; the armed Slot's op runs on the first filter() call. */
final class PathStreamFilter extends php_user_filter
{
    public const NAME = 'corpus.path';
    public static ?Slot $armed = null;

    public function filter($in, $out, &$consumed, bool $closing): int
    {
        if (self::$armed !== null) {
            $slot = self::$armed;
            self::$armed = null;
            $slot->run();
        }
        while ($bucket = stream_bucket_make_writeable($in)) {
            $consumed += $bucket->datalen;
            stream_bucket_append($out, $bucket);
        }
        return PSFS_PASS_ON;
    }
}

/** Opens a corpus-path:// stream or fails loudly. @return resource */
function path_wrapper_fopen(string $name, string $mode)
{
    $stream = fopen(PathStreamWrapper::PROTOCOL . "://$name", $mode);
    if ($stream === false) {
        throw new RuntimeException("fopen corpus-path://$name failed");
    }
    return $stream;
}

function path_stream_wrapper_open(Closure $op): mixed
{
    PathStreamWrapper::arm('open', $slot = new Slot($op));
    fclose(path_wrapper_fopen('data', 'r'));
    return $slot->result();
}

function path_stream_wrapper_read(Closure $op): mixed
{
    $stream = path_wrapper_fopen('data', 'r');
    PathStreamWrapper::arm('read', $slot = new Slot($op));
    fread($stream, 100);
    fclose($stream);
    return $slot->result();
}

function path_stream_wrapper_file_get_contents(Closure $op): mixed
{
    PathStreamWrapper::arm('read', $slot = new Slot($op));
    file_get_contents(PathStreamWrapper::PROTOCOL . '://data');
    return $slot->result();
}

function path_stream_wrapper_write(Closure $op): mixed
{
    $stream = path_wrapper_fopen('data', 'w');
    PathStreamWrapper::arm('write', $slot = new Slot($op));
    fwrite($stream, 'corpus');
    fclose($stream);
    return $slot->result();
}

function path_stream_wrapper_close(Closure $op): mixed
{
    $stream = path_wrapper_fopen('data', 'r');
    PathStreamWrapper::arm('close', $slot = new Slot($op));
    fclose($stream);
    return $slot->result();
}

/** file_exists() stats the URL (a new URL each time: PHP caches the last stat). */
function path_stream_wrapper_url_stat(Closure $op): mixed
{
    PathStreamWrapper::arm('url_stat', $slot = new Slot($op));
    file_exists(PathStreamWrapper::PROTOCOL . '://' . Corpus::uniqueName('stat'));
    return $slot->result();
}

/** include reads the PHP file through the wrapper: the op runs while the engine loads code. */
function path_stream_wrapper_include(Closure $op): mixed
{
    PathStreamWrapper::arm('read', $slot = new Slot($op));
    $included = include PathStreamWrapper::PROTOCOL . '://code';
    if ($included !== 'included') {
        throw new RuntimeException('the included code returned ' . corpus_describe($included));
    }
    return $slot->result();
}

function path_stream_filter_write(Closure $op): mixed
{
    $stream = fopen('php://memory', 'w+');
    stream_filter_append($stream, PathStreamFilter::NAME, STREAM_FILTER_WRITE);
    PathStreamFilter::$armed = $slot = new Slot($op);
    fwrite($stream, 'corpus');
    fclose($stream);
    return $slot->result();
}

function path_stream_filter_read(Closure $op): mixed
{
    $stream = fopen('php://memory', 'w+');
    fwrite($stream, 'corpus');
    rewind($stream);
    stream_filter_append($stream, PathStreamFilter::NAME, STREAM_FILTER_READ);
    PathStreamFilter::$armed = $slot = new Slot($op);
    fread($stream, 100);
    fclose($stream);
    return $slot->result();
}

// ---------------------------------------------------------------------- session save handler

final class PathSessionHandler implements SessionHandlerInterface
{
    public function __construct(private readonly ?Slot $onRead, private readonly ?Slot $onWrite) {}

    public function open(string $path, string $name): bool
    {
        return true;
    }

    public function close(): bool
    {
        return true;
    }

    public function read(string $id): string|false
    {
        $this->onRead?->run();
        return '';
    }

    public function write(string $id, string $data): bool
    {
        $this->onWrite?->run();
        return true;
    }

    public function destroy(string $id): bool
    {
        return true;
    }

    public function gc(int $max_lifetime): int|false
    {
        return 0;
    }
}

/** session_start() reads the session (handler read), session_write_close() writes it (handler write). */
function path_session_round_trip(PathSessionHandler $handler): void
{
    if (!session_set_save_handler($handler, false)) {
        throw new RuntimeException('session_set_save_handler failed');
    }
    session_id('fixed');
    if (!session_start()) {
        throw new RuntimeException('session_start failed');
    }
    try {
        $_SESSION['corpus'] = Corpus::uniqueName('value'); // changed data: write() is called
    } finally {
        session_write_close();
    }
}

function path_session_handler_read(Closure $op): mixed
{
    $slot = new Slot($op);
    path_session_round_trip(new PathSessionHandler($slot, null));
    return $slot->result();
}

function path_session_handler_write(Closure $op): mixed
{
    $slot = new Slot($op);
    path_session_round_trip(new PathSessionHandler(null, $slot));
    return $slot->result();
}

// ------------------------------------------------------------------- paths run at shutdown

function path_shutdown_function(Closure $op, Closure $done): void
{
    $slot = new Slot($op);
    register_shutdown_function(function () use ($slot, $done): void {
        $slot->run();
        $done($slot);
    });
}

/** Destroyed after the shutdown functions: the op runs in its destructor, then the check. */
final class PathDestructAtScriptEnd
{
    public function __construct(private readonly Slot $slot, private readonly Closure $done) {}

    public function __destruct()
    {
        $this->slot->run();
        ($this->done)($this->slot);
    }
}

/** A global variable: destroyed when the engine empties the global symbol table. */
function path_destruct_script_end_global(Closure $op, Closure $done): void
{
    $GLOBALS[Corpus::uniqueName('corpus_at_script_end_')] = new PathDestructAtScriptEnd(new Slot($op), $done);
}

/** Held by a static property: destroyed in the engine's pass over all remaining objects. */
function path_destruct_script_end_object_store(Closure $op, Closure $done): void
{
    Corpus::$atExit[] = new PathDestructAtScriptEnd(new Slot($op), $done);
}

// ---------------------------------------------------------------------------------- set-up

function corpus_setup(): void
{
    // Nothing reaches the SAPI before the end (a warning would count as sent headers and
    // session_start would refuse to run): the report is flushed with this buffer at exit.
    ob_start();
    spl_autoload_register([PathAutoloader::class, 'load']);
    if (!stream_wrapper_register(PathStreamWrapper::PROTOCOL, PathStreamWrapper::class)) {
        throw new RuntimeException('stream_wrapper_register failed');
    }
    if (!stream_filter_register(PathStreamFilter::NAME, PathStreamFilter::class)) {
        throw new RuntimeException('stream_filter_register failed');
    }
    // sessions in the CLI: no cookie or cache headers, no random garbage collection
    ini_set('session.save_path', '/tmp');
    ini_set('session.use_cookies', '0');
    ini_set('session.use_only_cookies', '0');
    ini_set('session.cache_limiter', '');
    ini_set('session.gc_probability', '0');
}

corpus_setup();
