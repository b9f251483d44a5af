<?php
// Multipart uploads: PHP parses the body into $_FILES; the file is inspected, not kept.
require __DIR__ . '/_layout.php';

page_start('Upload');
if ($_SERVER['REQUEST_METHOD'] === 'POST') {
    $file = $_FILES['file'] ?? null;
    if ($file === null || $file['error'] !== UPLOAD_ERR_OK) {
        http_response_code(400);
        echo '<p class="error">Upload failed (error code ', (int) ($file['error'] ?? -1), ").</p>\n";
    } else {
        printf("<p class=\"ok\">Received %s: %d bytes, %s, sha256 %s.</p>\n", htmlspecialchars($file['name']), $file['size'],
            htmlspecialchars(mime_content_type($file['tmp_name']) ?: 'unknown type'), hash_file('sha256', $file['tmp_name']));
        if (isset($_POST['note']) && $_POST['note'] !== '') {
            echo '<p>Note: ', htmlspecialchars($_POST['note']), "</p>\n";
        }
    }
}
?>
<form method="post" enctype="multipart/form-data" action="/upload.php">
  <input type="file" name="file"> <input name="note" placeholder="a note"> <button>Upload</button>
</form>
<?php
page_end();
