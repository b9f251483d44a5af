package io.phasm.wasm.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import io.phasm.network.NetworkBridge;
import io.phasm.network.policy.NetworkPolicy;
import io.phasm.network.policy.Rule;
import io.phasm.wasm.PhpRun;
import io.phasm.wasm.vfs.HostMount;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Executors;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * TLS inside PHP's OpenSSL over the bridged TCP stream, against an HTTPS server whose
 * certificate (for "localhost" only) is signed by a CA this test makes with the openssl tool.
 */
class TlsTest {
    @TempDir
    static Path certs;
    static HttpsServer https;
    static NetworkBridge bridge;

    @BeforeAll
    static void start() throws Exception {
        TestCertificates made = TestCertificates.create(certs, "localhost", "DNS:localhost");
        SSLContext tls = made.serverContext();
        https = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
        https.setHttpsConfigurator(new HttpsConfigurator(tls));
        https.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        https.createContext("/secret", exchange -> {
            byte[] body = "over TLS".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        https.start();
        bridge = new NetworkBridge(new NetworkPolicy(List.of(), List.of(Rule.allow("127.0.0.1:" + https.getAddress().getPort()))),
                List.of(), m -> {});
    }

    @AfterAll
    static void stop() {
        bridge.close();
        https.stop(0);
    }

    private static PhpRun.Result fetch(String host, boolean trustTestCa) {
        String context = trustTestCa ? "stream_context_create(['ssl' => ['cafile' => '/certs/ca.pem']])" : "null";
        return PhpRun.php().network(bridge).mount(new HostMount(certs, "/certs", true)).code(
                "$r = file_get_contents('https://" + host + ":" + https.getAddress().getPort() + "/secret', false, " + context + ");"
                        + " var_dump($r);");
    }

    @Test
    void httpsWithAVerifiedCertificate() {
        PhpRun.Result r = fetch("localhost", true);
        assertEquals("string(8) \"over TLS\"\n", r.stdout(), r::toString);
    }

    @Test
    void aCertificateForAnotherNameIsRefused() {
        PhpRun.Result r = fetch("127.0.0.1", true);
        assertTrue(r.stdout().contains("Peer certificate CN=`localhost' did not match expected CN=`127.0.0.1'"), r::toString);
        assertTrue(r.stdout().endsWith("bool(false)\n"), r::toString);
    }

    @Test
    void anUntrustedCaIsRefused() {
        PhpRun.Result r = fetch("localhost", false);
        assertTrue(r.stdout().contains("certificate verify failed"), r::toString);
        assertTrue(r.stdout().endsWith("bool(false)\n"), r::toString);
    }
}
