<?php
// Sessions are files in the server's session directory, shared by every instance.
require __DIR__ . '/_layout.php';
session_start();
$_SESSION['visits'] = ($_SESSION['visits'] ?? 0) + 1;
if (isset($_GET['theme'])) {
    setcookie('theme', $_GET['theme'] === 'dark' ? 'dark' : 'light', ['path' => '/', 'samesite' => 'Lax']);
}
if (isset($_GET['reset'])) {
    session_destroy();
    header('Location: /session.php', true, 302);
    exit;
}

page_start('Session');
printf("<p>You have visited this page %d time%s in this session.</p>\n", $_SESSION['visits'], $_SESSION['visits'] === 1 ? '' : 's');
printf("<p>Theme cookie: %s. <a href=\"?theme=dark\">dark</a> · <a href=\"?theme=light\">light</a> · <a href=\"?reset=1\">forget me</a></p>\n",
    htmlspecialchars($_COOKIE['theme'] ?? 'not set'));
page_end();
