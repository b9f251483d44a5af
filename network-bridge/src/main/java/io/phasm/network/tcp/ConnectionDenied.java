package io.phasm.network.tcp;

import java.net.ConnectException;

/** The sandbox policy refused the destination: PHP sees it as a refused connection. */
public final class ConnectionDenied extends ConnectException {
    public ConnectionDenied(String message) {
        super(message);
    }
}
