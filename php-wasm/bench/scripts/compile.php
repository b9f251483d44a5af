<?php
// Compile-heavy: PHP source compiled again and again (what every request does without opcache):
// ~200 KB of functions, classes, closures, match, string interpolation, heredocs.
$unit = <<<'PHP'
final class Order%1$d implements \JsonSerializable {
    public function __construct(private array $lines = [], private ?string $coupon = null) {}
    public function add(string $sku, int $qty, float $price): static {
        $this->lines[] = ['sku' => $sku, 'qty' => $qty, 'price' => $price];
        return $this;
    }
    public function total(): float {
        $sum = array_sum(array_map(fn($l) => $l['qty'] * $l['price'], $this->lines));
        return match (true) {
            $this->coupon === 'HALF' => $sum / 2,
            $sum > 100 => $sum * 0.9,
            default => $sum,
        };
    }
    public function jsonSerialize(): mixed {
        return ['lines' => count($this->lines), 'total' => sprintf("%%.2f", $this->total()), 'label' => "order {$this->coupon}"];
    }
}
function render%1$d(array $rows, string $title = "Report"): string {
    $out = "<h1>" . htmlspecialchars($title) . "</h1>\n";
    foreach ($rows as $i => ['name' => $name, 'value' => $value]) {
        if ($i %% 2 === 0 && $value !== null) { $out .= "<tr class=even><td>$name</td><td>{$value}</td></tr>"; }
        elseif (is_array($value)) { $out .= implode(',', $value); }
        else { $out .= <<<HTML
            <tr><td>{$name}</td><td>none</td></tr>
            HTML; }
    }
    return $out;
}
PHP;
$source = '';
for ($i = 0; $i < 80; $i++) {
    $source .= sprintf($unit, $i);
}
// a namespace per run and round: the same source compiles anew and nothing is redeclared, also
// when rounds.php runs this script again in the same process
$run = $GLOBALS['compileRuns'] = ($GLOBALS['compileRuns'] ?? 0) + 1;
$start = microtime(true);
$bytes = 0;
for ($round = 0; $round < 20; $round++) {
    eval("namespace Run{$run}\\Round$round;\n" . $source);
    $bytes += strlen($source);
}
printf("compiled=%d bytes\ntime=%.3f\n", $bytes, microtime(true) - $start);
