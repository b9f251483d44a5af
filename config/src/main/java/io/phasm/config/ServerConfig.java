package io.phasm.config;

import java.time.Duration;

/**
 * The HTTP side: where to listen and how much a client may take or send.
 *
 * @param host listen address
 * @param port listen port; 0 picks a free one
 * @param idleTimeout a keep-alive connection with no request in flight is closed after this
 * @param requestTimeout a request's head and body must arrive within this
 * @param maxBodySize larger request bodies get 413
 * @param maxHeaderSize limit of the request line and headers together
 * @param gzip whether responses are compressed for clients that accept it
 * @param shutdownTimeout how long a graceful shutdown waits for requests in flight
 */
public record ServerConfig(String host, int port, Duration idleTimeout, Duration requestTimeout,
                           DataSize maxBodySize, DataSize maxHeaderSize, boolean gzip, Duration shutdownTimeout) {
}
