package io.phasm.asyncify.harness;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import io.phasm.wasm.network.MariaDb;
import io.phasm.wasm.network.TestCertificates;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The real servers the corpus talks to, on loopback: HTTP and HTTPS (a test CA), a line echo
 * over TCP and MariaDB. {@link #environment()} is what the scripts read (see corpus/README.md).
 */
final class CorpusServers implements AutoCloseable {
    private static final String PACKAGE_ZIP = "/dist/demo-pkg-1.0.0.zip";

    private final HttpServer http;
    private final HttpsServer https;
    private final ServerSocket echo;
    private final MariaDb mariaDb;
    private final TestCertificates certificates;

    private CorpusServers(HttpServer http, HttpsServer https, ServerSocket echo, MariaDb mariaDb, TestCertificates certificates) {
        this.http = http;
        this.https = https;
        this.echo = echo;
        this.mariaDb = mariaDb;
        this.certificates = certificates;
    }

    static CorpusServers start(Path workDir) throws IOException, InterruptedException, GeneralSecurityException {
        TestCertificates certificates = TestCertificates.create(Files.createDirectories(workDir.resolve("certs")), "127.0.0.1", "IP:127.0.0.1");
        InetSocketAddress loopback = new InetSocketAddress(InetAddress.getLoopbackAddress(), 0);
        HttpServer http = HttpServer.create(loopback, 100);
        HttpsServer https = HttpsServer.create(loopback, 100);
        https.setHttpsConfigurator(new HttpsConfigurator(certificates.serverContext()));
        byte[] zip = packageZip();
        for (HttpServer server : new HttpServer[] {http, https}) {
            String base = (server == https ? "https" : "http") + "://127.0.0.1:" + server.getAddress().getPort();
            server.createContext("/", exchange -> answer(exchange, base, zip));
            server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
            server.start();
        }
        ServerSocket echo = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread.ofVirtual().start(() -> acceptEchoClients(echo));
        MariaDb mariaDb = MariaDb.start(Files.createDirectories(workDir.resolve("mariadb")));
        return new CorpusServers(http, https, echo, mariaDb, certificates);
    }

    /** The corpus's environment variables. */
    Map<String, String> environment() {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("PHASM_HTTP", "http://127.0.0.1:" + http.getAddress().getPort());
        env.put("PHASM_HTTPS", "https://127.0.0.1:" + https.getAddress().getPort());
        env.put("PHASM_TCP_ECHO", "127.0.0.1:" + echo.getLocalPort());
        env.put("PHASM_MYSQL_HOST", "127.0.0.1");
        env.put("PHASM_MYSQL_PORT", Integer.toString(mariaDb.port));
        env.put("PHASM_MYSQL_USER", MariaDb.USER);
        env.put("PHASM_MYSQL_PASSWORD", MariaDb.PASSWORD);
        env.put("PHASM_MYSQL_DB", MariaDb.DATABASE);
        return env;
    }

    /** host:port entries PHP must be allowed to reach (the policy denies loopback by default). */
    String destinations() {
        return String.join(",", "127.0.0.1:" + http.getAddress().getPort(), "127.0.0.1:" + https.getAddress().getPort(),
                "127.0.0.1:" + echo.getLocalPort(), "127.0.0.1:" + mariaDb.port);
    }

    /** The CA that signed the HTTPS server's certificate. */
    Path caFile() {
        return certificates.caFile();
    }

    private static void answer(HttpExchange exchange, String base, byte[] zip) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String query = exchange.getRequestURI().getQuery() == null ? "" : exchange.getRequestURI().getQuery();
        byte[] body;
        int status = 200;
        switch (path) {
            case "/hello" -> body = bytes("hello");
            case "/slow" -> {
                sleep(Long.parseLong(parameter(query, "ms", "20")));
                body = bytes("slow");
            }
            case "/bytes" -> body = "x".repeat(Integer.parseInt(parameter(query, "n", "1"))).getBytes(StandardCharsets.US_ASCII);
            case "/echo" -> body = exchange.getRequestBody().readAllBytes();
            case "/packages.json" -> body = bytes("{\"packages\":{\"demo/pkg\":{\"1.0.0\":{\"name\":\"demo/pkg\",\"version\":\"1.0.0\","
                    + "\"dist\":{\"type\":\"zip\",\"url\":\"" + base + PACKAGE_ZIP + "\",\"shasum\":\"" + sha1(zip) + "\"}}}}}");
            case PACKAGE_ZIP -> body = zip;
            default -> {
                status = 404;
                body = bytes("not found");
            }
        }
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private static void acceptEchoClients(ServerSocket echo) {
        while (!echo.isClosed()) {
            try {
                Socket client = echo.accept();
                Thread.ofVirtual().start(() -> echoLines(client));
            } catch (IOException closed) {
                return;
            }
        }
    }

    /** Sends back every byte as it arrives: line by line for a client that writes lines. */
    private static void echoLines(Socket client) {
        try (client; InputStream in = client.getInputStream(); OutputStream out = client.getOutputStream()) {
            byte[] buffer = new byte[8192];
            for (int n; (n = in.read(buffer)) > 0; ) {
                out.write(buffer, 0, n);
                out.flush();
            }
        } catch (IOException clientGone) {
            // the script closed or reset its end: nothing to do
        }
    }

    private static byte[] packageZip() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("src/Demo.php"));
            zip.write(bytes("<?php class Demo {}"));
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }

    private static String parameter(String query, String name, String otherwise) {
        for (String pair : query.split("&")) {
            if (pair.startsWith(name + "=")) {
                return pair.substring(name.length() + 1);
            }
        }
        return otherwise;
    }

    private static String sha1(byte[] data) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(data));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() throws IOException, InterruptedException {
        http.stop(0);
        https.stop(0);
        echo.close();
        mariaDb.close();
    }
}
