package io.phasm.wasm.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import io.phasm.network.NetworkBridge;
import io.phasm.network.policy.NetworkPolicy;
import io.phasm.network.policy.Rule;
import io.phasm.wasm.PhpRun;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** PHP talking HTTP and raw TCP to real servers on loopback through the network bridge. */
class HttpClientTest {
    static HttpServer http;
    static NetworkBridge bridge;
    static final List<String> networkLog = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void start() throws IOException {
        http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
        http.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        http.createContext("/hello", exchange -> {
            byte[] body = ("hello " + exchange.getRequestMethod() + " " + exchange.getRequestURI()).getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        http.createContext("/big", exchange -> {
            byte[] body = "0123456789".repeat(300_000).getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        http.createContext("/slow", exchange -> {
            try {
                Thread.sleep(Long.parseLong(exchange.getRequestURI().getQuery()));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            byte[] body = "late".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        http.start();
        bridge = new NetworkBridge(new NetworkPolicy(List.of(), List.of(Rule.allow("127.0.0.1:" + port()))), List.of(), networkLog::add);
    }

    @AfterAll
    static void stop() {
        bridge.close();
        http.stop(0);
    }

    static int port() {
        return http.getAddress().getPort();
    }

    private static PhpRun.Result php(String code) {
        return PhpRun.php().network(bridge).code(code);
    }

    @Test
    void fileGetContentsOverHttp() {
        // the second response comes 50 ms late, so PHP surely waits for it (a cold JVM can be slow
        // enough that every answer from loopback is already there when PHP first looks)
        PhpRun.Result r = php("echo file_get_contents('http://127.0.0.1:" + port() + "/hello?x=1'), ' ', "
                + "file_get_contents('http://127.0.0.1:" + port() + "/slow?50');");
        assertEquals("hello GET /hello?x=1 late", r.stdout(), r::toString);
        assertTrue(r.suspensions() > 0, "the wait suspended the instance");
        assertEquals(0, r.fallbacks());
    }

    @Test
    void localhostResolvesThroughTheHostsFile() {
        PhpRun.Result r = php("echo gethostbyname('localhost'), ' ', file_get_contents('http://localhost:" + port() + "/hello');");
        assertEquals("127.0.0.1 hello GET /hello", r.stdout(), r.stderr());
    }

    @Test
    void aLargeBodyArrivesWhole() {
        PhpRun.Result r = php("$b = file_get_contents('http://127.0.0.1:" + port() + "/big'); echo strlen($b), ' ', md5($b);");
        String expected = "3000000 " + md5("0123456789".repeat(300_000));
        assertEquals(expected, r.stdout(), r.stderr());
    }

    private static String md5(String s) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("MD5").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void fsockopenSpeaksRawTcp() {
        PhpRun.Result r = php("""
                $s = fsockopen('127.0.0.1', %d, $errno, $errstr, 5);
                fwrite($s, "GET /hello HTTP/1.0\\r\\nHost: x\\r\\n\\r\\n");
                $response = stream_get_contents($s);
                fclose($s);
                echo substr($response, 0, 15), '|', substr($response, -16);
                """.formatted(port()));
        assertEquals("HTTP/1.1 200 OK|hello GET /hello", r.stdout(), r.stderr());
    }

    @Test
    void streamSelectWaitsForTheSlowerOfTwo() {
        PhpRun.Result r = php("""
                $a = stream_socket_client('tcp://127.0.0.1:%1$d'); $b = stream_socket_client('tcp://127.0.0.1:%1$d');
                fwrite($a, "GET /slow?600 HTTP/1.0\\r\\n\\r\\n"); fwrite($b, "GET /slow?50 HTTP/1.0\\r\\n\\r\\n");
                $order = [];
                $open = ['a' => $a, 'b' => $b];
                while ($open) {
                    $read = array_values($open); $w = $e = null;
                    if (stream_select($read, $w, $e, 5) < 1) { echo 'timeout'; break; }
                    foreach ($open as $name => $s) {
                        if (in_array($s, $read, true)) { stream_get_contents($s); $order[] = $name; unset($open[$name]); }
                    }
                }
                echo implode(',', $order);
                """.formatted(port()));
        assertEquals("b,a", r.stdout(), r.stderr());
    }

    @Test
    void aRefusedPortFailsAsOnLinux() throws IOException {
        int closed;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closed = s.getLocalPort();
        }
        NetworkBridge open = new NetworkBridge(new NetworkPolicy(List.of(), List.of(Rule.allow("127.0.0.0/8"))), List.of(), networkLog::add);
        try {
            PhpRun.Result r = PhpRun.php().network(open).code("$s = @fsockopen('127.0.0.1', " + closed + ", $errno, $errstr, 2); var_dump($s, $errno, $errstr);");
            // errno is this libc's number for ECONNREFUSED (WASI numbering: 14; Linux: 111)
            assertEquals("bool(false)\nint(14)\nstring(18) \"Connection refused\"\n", r.stdout(), r.stderr());
        } finally {
            open.close();
        }
    }

    @Test
    void aDestinationThePolicyDeniesLooksRefusedAndIsLogged() {
        PhpRun.Result r = php("$s = @fsockopen('127.0.0.1', 22, $errno, $errstr, 2); var_dump($s, $errstr);");
        assertEquals("bool(false)\nstring(18) \"Connection refused\"\n", r.stdout(), r.stderr());
        assertTrue(networkLog.stream().anyMatch(l -> l.contains("127.0.0.1:22") && l.contains("deny 127.0.0.0/8")), networkLog.toString());
    }

    @Test
    void aConnectionResetMidResponseIsReportedAsOnLinux() throws Exception {
        try (ServerSocket rude = new ServerSocket(0, 5, InetAddress.getLoopbackAddress())) {
            Thread.ofVirtual().start(() -> {
                try (java.net.Socket s = rude.accept()) {
                    s.getInputStream().read(new byte[1024]);
                    s.getOutputStream().write("HTTP/1.0 200 OK\r\nContent-Length: 100000\r\n\r\npartial".getBytes(StandardCharsets.UTF_8));
                    s.getOutputStream().flush();
                    Thread.sleep(200);
                    s.setSoLinger(true, 0); // close with RST
                } catch (IOException | InterruptedException ignored) {
                    // the test reads what PHP saw
                }
            });
            NetworkBridge open = new NetworkBridge(new NetworkPolicy(List.of(), List.of(Rule.allow("127.0.0.1:" + rude.getLocalPort()))),
                    List.of(), networkLog::add);
            try {
                PhpRun.Result r = PhpRun.php().network(open).code(
                        "$s = fsockopen('127.0.0.1', " + rude.getLocalPort() + "); fwrite($s, \"GET / HTTP/1.0\\r\\n\\r\\n\");"
                                + " $got = ''; while (($chunk = fread($s, 8192)) !== false && $chunk !== '') { $got .= $chunk; }"
                                + " echo substr($got, -7), ' ', var_export($chunk, true), ' ', var_export(feof($s), true);");
                // As on Linux: recv() fails with ECONNRESET, so the read that meets the reset returns
                // false (a clean end of stream would give ''), and the stream is at its end.
                assertEquals("partial false true", r.stdout(), r::toString);
            } finally {
                open.close();
            }
        }
    }

    /**
     * A host that never answers a connect, made for real: a listener that never accepts, its
     * accept queue filled, so the kernel drops further SYNs and the connect hangs as it would
     * towards a black-holed address.
     */
    @Test
    void aConnectToASilentHostTimesOutAsOnLinux() throws IOException {
        try (ServerSocket silent = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            List<java.net.Socket> queued = new java.util.ArrayList<>();
            try {
                while (queued.size() < 16) {
                    java.net.Socket s = new java.net.Socket();
                    try {
                        s.connect(silent.getLocalSocketAddress(), 300);
                        queued.add(s);
                    } catch (java.net.SocketTimeoutException full) {
                        s.close();
                        break; // the accept queue is full: connects now hang
                    }
                }
                NetworkBridge open = new NetworkBridge(new NetworkPolicy(List.of(), List.of(Rule.allow("127.0.0.1:" + silent.getLocalPort()))),
                        List.of(), networkLog::add);
                try {
                    PhpRun.Result r = PhpRun.php().network(open).code(
                            "$t = microtime(true); $s = @fsockopen('127.0.0.1', " + silent.getLocalPort() + ", $errno, $errstr, 1.0);"
                                    + " printf('%s %s %.1f', var_export($s, true), $errstr, microtime(true) - $t);");
                    // musl's text for ETIMEDOUT, as PHP on Alpine prints it (glibc says "Connection timed out").
                    assertTrue(r.stdout().matches("false Operation timed out 1\\.[0-2]"), r::toString);
                    assertTrue(r.suspensions() > 0, "the wait for the connect suspended the instance");
                } finally {
                    open.close();
                }
            } finally {
                for (java.net.Socket s : queued) {
                    s.close();
                }
            }
        }
    }

    @Test
    void aReadPastTheStreamTimeoutReturnsWithTimedOutSet() {
        PhpRun.Result r = php("""
                $s = fsockopen('127.0.0.1', %d);
                stream_set_timeout($s, 0, 300000);
                fwrite($s, "GET /slow?3000 HTTP/1.0\r\n\r\n");
                $t = microtime(true);
                $got = fread($s, 100);
                printf('%%s %%s %%.1f', var_export($got, true), var_export(stream_get_meta_data($s)['timed_out'], true), microtime(true) - $t);
                """.formatted(port()));
        // As native PHP 8.2 answers the same script: false, with timed_out set.
        assertEquals("false true 0.3", r.stdout(), r::toString);
    }

    @Test
    void anUnknownNameFailsLikeNxdomain() {
        PhpRun.Result r = php("var_dump(gethostbyname('no-such-host.invalid'));");
        assertEquals("string(20) \"no-such-host.invalid\"\n", r.stdout(), r.stderr());
    }
}
