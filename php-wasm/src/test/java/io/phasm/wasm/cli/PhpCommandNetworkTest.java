package io.phasm.wasm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.phasm.network.NetworkBridge;
import io.phasm.wasm.PhpRun;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import org.junit.jupiter.api.Test;

/** The php command's network: what PHASM_NETWORK_ALLOW opens, without a web request's limits. */
class PhpCommandNetworkTest {
    @Test
    void aCommandLineMayOpenMoreConnectionsThanAWebRequest() throws IOException {
        try (ServerSocket server = new ServerSocket(0, 200, InetAddress.getLoopbackAddress())) {
            Thread.ofVirtual().start(() -> {
                while (!server.isClosed()) {
                    try (Socket client = server.accept()) {
                        client.getOutputStream().write('x');
                    } catch (IOException closed) {
                        return;
                    }
                }
            });
            NetworkBridge network = PhpCommand.network("127.0.0.1:" + server.getLocalPort());
            try {
                // 100 > the 64 connections a web request may open (composer install opens hundreds).
                PhpRun.Result r = PhpRun.php().network(network).code("""
                        $ok = 0;
                        for ($i = 0; $i < 100; $i++) {
                            $s = fsockopen('127.0.0.1', %d, $errno, $errstr, 5);
                            if ($s && fread($s, 1) === 'x') { $ok++; }
                            if ($s) { fclose($s); }
                        }
                        echo $ok;
                        """.formatted(server.getLocalPort()));
                assertEquals("100", r.stdout(), r::toString);
            } finally {
                network.close();
            }
        }
    }
}
