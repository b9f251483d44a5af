package io.phasm.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.phasm.network.policy.NetworkPolicy;
import io.phasm.network.policy.Rule;
import io.phasm.network.tcp.ConnectionDenied;
import io.phasm.network.tcp.TcpConnection;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Connections through the bridge to a real server on loopback. */
class TcpConnectionTest {
    static ServerSocket upper;
    static NetworkBridge bridge;
    static final List<String> log = new CopyOnWriteArrayList<>();

    /** Answers each line with it in capitals, then closes after "BYE". */
    @BeforeAll
    static void start() throws IOException {
        upper = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread.ofVirtual().start(() -> {
            while (!upper.isClosed()) {
                try {
                    Socket s = upper.accept();
                    Thread.ofVirtual().start(() -> serve(s));
                } catch (IOException e) {
                    return;
                }
            }
        });
        bridge = new NetworkBridge(new NetworkPolicy(List.of(), List.of(Rule.allow("127.0.0.1:" + upper.getLocalPort()))), List.of(), log::add);
    }

    private static void serve(Socket s) {
        try (s) {
            InputStream in = s.getInputStream();
            StringBuilder line = new StringBuilder();
            int c;
            while ((c = in.read()) >= 0) {
                if (c == '\n') {
                    s.getOutputStream().write((line.toString().toUpperCase() + "\n").getBytes(StandardCharsets.UTF_8));
                    if (line.toString().equals("bye")) {
                        return;
                    }
                    line.setLength(0);
                } else {
                    line.append((char) c);
                }
            }
        } catch (IOException ignored) {
            // the client went away
        }
    }

    @AfterAll
    static void stop() throws IOException {
        bridge.close();
        upper.close();
    }

    private static InetSocketAddress loopback(int port) {
        return new InetSocketAddress(InetAddress.getLoopbackAddress(), port);
    }

    @Test
    void bytesGoBothWaysAndTheEndIsSeen() throws Exception {
        try (NetworkSession session = bridge.session()) {
            TcpConnection c = session.connect(loopback(upper.getLocalPort()), Duration.ofSeconds(5)).get(5, TimeUnit.SECONDS);
            byte[] hello = "hello\nbye\n".getBytes(StandardCharsets.UTF_8);
            assertEquals(hello.length, c.write(hello, 0, hello.length));
            StringBuilder got = new StringBuilder();
            byte[] buffer = new byte[3];
            while (true) {
                c.whenReadable().get(5, TimeUnit.SECONDS);
                int n = c.read(buffer, 0, buffer.length, false);
                if (n == 0) {
                    break;
                }
                got.append(new String(buffer, 0, n, StandardCharsets.UTF_8));
            }
            assertEquals("HELLO\nBYE\n", got.toString());
            assertTrue(c.hungUp());
        }
    }

    @Test
    void nothingYetReadsAsMinusOne() throws Exception {
        try (NetworkSession session = bridge.session()) {
            TcpConnection c = session.connect(loopback(upper.getLocalPort()), Duration.ofSeconds(5)).get(5, TimeUnit.SECONDS);
            assertEquals(-1, c.read(new byte[4], 0, 4, false));
            assertTrue(!c.whenReadable().isDone());
        }
    }

    @Test
    void aClosedPortIsRefusedAndAPolicyDenialSaysWhichRule() throws Exception {
        int closedPort;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = s.getLocalPort();
        }
        NetworkBridge open = new NetworkBridge(new NetworkPolicy(List.of(), List.of(Rule.allow("127.0.0.0/8"))), List.of(), log::add);
        try (NetworkSession session = open.session()) {
            ExecutionException refused = org.junit.jupiter.api.Assertions.assertThrows(ExecutionException.class,
                    () -> session.connect(loopback(closedPort), Duration.ofSeconds(5)).get(5, TimeUnit.SECONDS));
            assertInstanceOf(ConnectException.class, refused.getCause());
        } finally {
            open.close();
        }
        try (NetworkSession session = bridge.session()) {
            ExecutionException denied = org.junit.jupiter.api.Assertions.assertThrows(ExecutionException.class,
                    () -> session.connect(loopback(22), Duration.ofSeconds(5)).get(5, TimeUnit.SECONDS));
            assertInstanceOf(ConnectionDenied.class, denied.getCause());
            assertTrue(log.stream().anyMatch(l -> l.contains("127.0.0.1:22") && l.contains("deny 127.0.0.0/8")), log.toString());
        }
    }

    @Test
    void aRequestsConnectionsAndBytesAreLimited() throws Exception {
        NetworkBridge limited = new NetworkBridge(new NetworkPolicy(List.of(), List.of(Rule.allow("127.0.0.1:" + upper.getLocalPort()))),
                List.of(), new RequestLimits(2, 10), log::add);
        try (NetworkSession session = limited.session()) {
            TcpConnection first = session.connect(loopback(upper.getLocalPort()), Duration.ofSeconds(5)).get(5, TimeUnit.SECONDS);
            session.connect(loopback(upper.getLocalPort()), Duration.ofSeconds(5)).get(5, TimeUnit.SECONDS).close();
            ExecutionException third = org.junit.jupiter.api.Assertions.assertThrows(ExecutionException.class,
                    () -> session.connect(loopback(upper.getLocalPort()), Duration.ofSeconds(5)).get(5, TimeUnit.SECONDS));
            assertInstanceOf(ConnectionDenied.class, third.getCause());
            byte[] small = "hi\n".getBytes(StandardCharsets.UTF_8);
            assertEquals(small.length, first.write(small, 0, small.length));
            byte[] big = "0123456789\n".getBytes(StandardCharsets.UTF_8);
            IOException over = org.junit.jupiter.api.Assertions.assertThrows(IOException.class, () -> first.write(big, 0, big.length));
            assertTrue(over.getMessage().contains("limit"), over.getMessage());
            assertTrue(log.stream().anyMatch(l -> l.contains("limit of 2 connections")), log.toString());
            assertTrue(log.stream().anyMatch(l -> l.contains("limit of 10 bytes")), log.toString());
        } finally {
            limited.close();
        }
    }

    @Test
    void namesResolveFromTheHostsFile() throws Exception {
        try (NetworkSession session = bridge.session()) {
            List<InetAddress> addresses = session.resolve("localhost").get(5, TimeUnit.SECONDS);
            assertTrue(addresses.contains(InetAddress.getByName("127.0.0.1")), addresses.toString());
        }
    }
}
