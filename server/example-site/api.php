<?php
// A small JSON API: GET greets, POST takes a JSON body and sums its numbers.
header('Content-Type: application/json');

if ($_SERVER['REQUEST_METHOD'] === 'POST') {
    try {
        $input = json_decode(file_get_contents('php://input'), true, 16, JSON_THROW_ON_ERROR);
    } catch (JsonException $e) {
        http_response_code(400);
        echo json_encode(['error' => 'invalid JSON: ' . $e->getMessage()]);
        return;
    }
    $numbers = array_filter((array) ($input['numbers'] ?? []), 'is_numeric');
    echo json_encode(['count' => count($numbers), 'sum' => array_sum($numbers)]);
    return;
}
echo json_encode(['greeting' => 'Hello, ' . ($_GET['name'] ?? 'world') . '!', 'time' => date(DATE_ATOM), 'php' => PHP_VERSION]);
