package io.phasm.wasm.imports;

import io.netty.channel.ConnectTimeoutException;
import io.phasm.network.tcp.ConnectionDenied;
import io.phasm.wasm.abi.Errno;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketException;
import java.nio.channels.ClosedChannelException;
import java.util.Locale;
import java.util.concurrent.CompletionException;

/** What a failed network operation is to PHP: the errno Linux would have given. */
final class NetworkErrors {
    private NetworkErrors() {}

    static int errno(Throwable failure) {
        Throwable e = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
        String message = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
        return switch (e) {
            case ConnectionDenied denied -> Errno.ECONNREFUSED; // the sandbox refuses as a closed port would
            case ConnectTimeoutException timeout -> Errno.ETIMEDOUT;
            case NoRouteToHostException unreachable -> Errno.EHOSTUNREACH;
            case ConnectException refused -> message.contains("network is unreachable") ? Errno.ENETUNREACH : Errno.ECONNREFUSED;
            case ClosedChannelException closed -> Errno.EPIPE;
            case SocketException s when message.contains("reset") -> Errno.ECONNRESET;
            case SocketException s when message.contains("broken pipe") -> Errno.EPIPE;
            case java.io.IOException io when message.contains("reset") -> Errno.ECONNRESET;
            case java.io.IOException io when message.contains("timed out") -> Errno.ETIMEDOUT;
            default -> Errno.EIO;
        };
    }
}
