package io.phasm.wasm.instance;

import static io.phasm.wasm.PhpRun.php;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.phasm.wasm.PhpRun.Result;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each extension WordPress and Composer need does real work in the real module. */
class ExtensionsTest {
    @TempDir
    Path dir;

    private Result run(String code) {
        Result r = php().in(dir).args("-d", "phar.readonly=0", "-r", code);
        assertEquals(0, r.exitCode(), () -> "stdout: " + r.stdout() + "\nstderr: " + r.stderr());
        return r;
    }

    @Test
    void everyRequiredExtensionIsLoaded() {
        Result r = run("""
                $need = ['openssl', 'zlib', 'zip', 'dom', 'xml', 'simplexml', 'xmlreader', 'xmlwriter', 'libxml',
                  'mysqlnd', 'mysqli', 'pdo_mysql', 'pdo_sqlite', 'sqlite3', 'mbstring', 'ctype', 'filter', 'tokenizer',
                  'session', 'fileinfo', 'phar', 'json', 'hash', 'sockets', 'pcre', 'spl', 'date', 'iconv', 'bcmath'];
                echo implode(',', array_diff($need, array_map('strtolower', get_loaded_extensions())));
                """);
        assertEquals("", r.stdout());
    }

    @Test
    void sqliteDatabaseOnAMountedDirectory() throws Exception {
        Result r = run("""
                $db = new PDO('sqlite:' . getcwd() . '/app.db');
                $db->setAttribute(PDO::ATTR_ERRMODE, PDO::ERRMODE_EXCEPTION);
                $db->exec('CREATE TABLE posts (id INTEGER PRIMARY KEY, title TEXT)');
                $stmt = $db->prepare('INSERT INTO posts (title) VALUES (?)');
                $db->beginTransaction();
                foreach (['a', 'b', 'c'] as $t) { $stmt->execute([$t]); }
                $db->commit();
                $s3 = new SQLite3(getcwd() . '/app.db');
                echo $s3->querySingle('SELECT group_concat(title) FROM posts'), ' ', $db->query('SELECT COUNT(*) FROM posts')->fetchColumn();
                """);
        assertEquals("a,b,c 3", r.stdout());
        byte[] header = Files.readAllBytes(dir.resolve("app.db"));
        assertEquals("SQLite format 3", new String(header, 0, 15));
    }

    @Test
    void zipAndUnzip() {
        Result r = run("""
                $z = new ZipArchive();
                $z->open('a.zip', ZipArchive::CREATE);
                $z->addFromString('dir/hello.txt', str_repeat('hello ', 1000));
                $z->close();
                $z = new ZipArchive();
                $z->open('a.zip');
                $z->extractTo('out');
                echo $z->numFiles, ' ', strlen(file_get_contents('out/dir/hello.txt')), ' ', filesize('a.zip') < 6000 ? 'compressed' : 'stored';
                """);
        assertEquals("1 6000 compressed", r.stdout());
    }

    @Test
    void xmlParsers() {
        Result r = run("""
                $xml = '<feed><entry id="1"><title>One</title></entry><entry id="2"><title>Two</title></entry></feed>';
                $s = simplexml_load_string($xml);
                $d = new DOMDocument(); $d->loadXML($xml);
                $xp = new DOMXPath($d);
                $r = new XMLReader(); $r->XML($xml); $n = 0; while ($r->read()) { if ($r->name === 'entry' && $r->nodeType === XMLReader::ELEMENT) $n++; }
                $w = new XMLWriter(); $w->openMemory(); $w->startElement('a'); $w->writeAttribute('b', 'c'); $w->endElement();
                $p = xml_parser_create(); xml_parse_into_struct($p, $xml, $vals);
                echo $s->entry[1]->title, ' ', $xp->evaluate('string(//entry[@id=1]/title)'), ' ', $n, ' ', $w->outputMemory(), ' ', count($vals);
                """);
        assertEquals("Two One 2 <a b=\"c\"/> 8", r.stdout());
    }

    @Test
    void hashingAndOpenssl() {
        Result r = run("""
                $key = openssl_pkey_new(['private_key_bits' => 1024, 'private_key_type' => OPENSSL_KEYTYPE_RSA]);
                openssl_sign('data', $sig, $key, OPENSSL_ALGO_SHA256);
                $pub = openssl_pkey_get_details($key)['key'];
                $iv = str_repeat("\\0", 16);
                $enc = openssl_encrypt('secret', 'aes-256-cbc', str_repeat('k', 32), 0, $iv);
                echo hash('sha256', 'abc'), ' ', md5('abc'), ' ', hash_hmac('sha1', 'data', 'key'), ' ',
                  openssl_verify('data', $sig, $pub, OPENSSL_ALGO_SHA256), ' ',
                  openssl_decrypt($enc, 'aes-256-cbc', str_repeat('k', 32), 0, $iv), ' ', strlen(random_bytes(16)), ' ',
                  password_verify('pw', password_hash('pw', PASSWORD_BCRYPT, ['cost' => 4])) ? 'pw-ok' : 'pw-bad';
                """);
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad 900150983cd24fb0d6963f7d28e17f72 "
                + "104152c5bfdca07bc633eebd46199f0255c9f49d 1 secret 16 pw-ok", r.stdout());
    }

    @Test
    void stringsEncodingsAndCompression() {
        Result r = run("""
                echo mb_strtoupper('héllo wörld'), ' ', mb_strlen('日本語'), ' ', mb_substr('日本語テキスト', 2, 3), ' ',
                  strlen(gzdecode(gzencode(str_repeat('a', 10000)))), ' ', gzuncompress(gzcompress('zz')), ' ',
                  ctype_alpha('abc') ? 'alpha' : '-', ' ', filter_var('10', FILTER_VALIDATE_INT), ' ',
                  iconv('UTF-8', 'ISO-8859-1', 'é') === "\\xe9" ? 'iconv' : '-', ' ', bcmul('123456789123456789', '1000'), ' ',
                  count(token_get_all('<?php echo 1 + 2;')), ' ', (new finfo(FILEINFO_MIME_TYPE))->buffer('<?php echo 1;'), ' ',
                  json_encode(json_decode('{"a":[1,2,{"b":null}]}', true));
                """);
        assertEquals("HÉLLO WÖRLD 3 語テキ 10000 zz alpha 10 iconv 123456789123456789000 9 text/x-php {\"a\":[1,2,{\"b\":null}]}", r.stdout());
    }

    @Test
    void sessionsAndPhar() {
        Result r = run("""
                ini_set('session.save_path', getcwd()); ini_set('session.use_cookies', '0');
                session_start(); $_SESSION['n'] = 41; $id = session_id(); session_write_close();
                session_id($id); session_start(); echo $_SESSION['n'] + 1, ' ';
                $p = new Phar(getcwd() . '/app.phar'); $p['index.php'] = '<?php echo "from phar";'; $p->setStub('<?php __HALT_COMPILER();');
                include 'phar://' . getcwd() . '/app.phar/index.php';
                """);
        assertEquals("42 from phar", r.stdout());
    }

    @Test
    void socketsAndMysqlClientsAreAvailable() {
        // The network bridge is a later step: here only that the APIs exist and fail cleanly.
        Result r = run("""
                echo function_exists('socket_create') ? 'sockets ' : '', class_exists('mysqli') ? 'mysqli ' : '',
                  in_array('mysql', PDO::getAvailableDrivers()) ? 'pdo_mysql ' : '';
                echo @fsockopen('127.0.0.1', 9, $errno, $errstr, 1) === false ? 'refused' : 'connected';
                """);
        assertEquals("sockets mysqli pdo_mysql refused", r.stdout());
    }
}
