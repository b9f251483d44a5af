<?php
// A form with server-side validation and the post/redirect/get pattern.
require __DIR__ . '/_layout.php';
session_start();

$errors = [];
if ($_SERVER['REQUEST_METHOD'] === 'POST') {
    $name = trim($_POST['name'] ?? '');
    $colour = $_POST['colour'] ?? '';
    if ($name === '') {
        $errors[] = 'Please give a name.';
    }
    if (!in_array($colour, ['red', 'green', 'blue'], true)) {
        $errors[] = 'Please pick a colour.';
    }
    if (!$errors) {
        $_SESSION['last_form'] = ['name' => $name, 'colour' => $colour];
        header('Location: /form.php?saved=1', true, 303);
        exit;
    }
    http_response_code(422);
}

page_start('Form');
if (isset($_GET['saved'], $_SESSION['last_form'])) {
    printf("<p class=\"ok\">Saved: %s likes %s.</p>\n", htmlspecialchars($_SESSION['last_form']['name']), htmlspecialchars($_SESSION['last_form']['colour']));
}
foreach ($errors as $error) {
    echo '<p class="error">', htmlspecialchars($error), "</p>\n";
}
?>
<form method="post" action="/form.php">
  <label>Name <input name="name" value="<?= htmlspecialchars($_POST['name'] ?? '') ?>"></label>
  <label>Colour <select name="colour"><option></option><option>red</option><option>green</option><option>blue</option></select></label>
  <button>Save</button>
</form>
<?php
page_end();
