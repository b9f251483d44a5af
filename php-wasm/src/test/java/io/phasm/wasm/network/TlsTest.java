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
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
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
        openssl("req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj", "/CN=Phasm Test CA",
                "-keyout", "ca.key", "-out", "ca.pem");
        openssl("req", "-newkey", "rsa:2048", "-nodes", "-subj", "/CN=localhost", "-keyout", "server.key", "-out", "server.csr");
        Files.writeString(certs.resolve("san.ext"), "subjectAltName=DNS:localhost\n");
        openssl("x509", "-req", "-in", "server.csr", "-CA", "ca.pem", "-CAkey", "ca.key", "-CAcreateserial", "-days", "2",
                "-extfile", "san.ext", "-out", "server.pem");
        openssl("pkcs12", "-export", "-in", "server.pem", "-inkey", "server.key", "-passout", "pass:secret", "-out", "server.p12");

        KeyStore keys = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(certs.resolve("server.p12"))) {
            keys.load(in, "secret".toCharArray());
        }
        KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        kmf.init(keys, "secret".toCharArray());
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(kmf.getKeyManagers(), null, null);
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

    private static void openssl(String... args) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>(List.of("openssl"));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).directory(certs.toFile()).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IOException("openssl " + String.join(" ", args) + " failed: " + output);
        }
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
