<?php
// Output sent as it is produced: each flush() goes to the browser at once.
require __DIR__ . '/_layout.php';
page_start('Streaming');
for ($i = 1; $i <= 5; $i++) {
    echo "<p>Line $i of 5, sent at ", date('H:i:s'), ".</p>\n";
    ob_flush();
    flush();
    usleep(300000);
}
page_end();
