package io.phasm.wasm.fd;

import io.phasm.network.tcp.TcpConnection;
import io.phasm.wasm.abi.Errno;
import io.phasm.wasm.vfs.FsException;
import java.io.IOException;
import io.phasm.wasm.vfs.NodeType;
import io.phasm.wasm.vfs.Stat;
import java.util.concurrent.CompletableFuture;

/**
 * A TCP socket descriptor: created unconnected, then connecting (a pending connection) and
 * connected, or failed with the errno a later SO_ERROR reports. The bytes themselves go
 * through the connection; the socket imports do the waiting.
 */
public final class SocketHandle extends OpenFile {
    private CompletableFuture<TcpConnection> connecting;
    private TcpConnection connection;
    private int pendingError;

    public SocketHandle(boolean nonBlocking) {
        super("socket:[tcp]", O_RDWR | (nonBlocking ? O_NONBLOCK : 0));
    }

    public boolean nonBlocking() {
        return (statusFlags() & O_NONBLOCK) != 0;
    }

    /** The pending connect, or null if none was started. */
    public synchronized CompletableFuture<TcpConnection> connecting() {
        return connecting;
    }

    public synchronized void startConnecting(CompletableFuture<TcpConnection> attempt) {
        this.connecting = attempt;
    }

    /** The connected connection, or null (not yet, or failed). */
    public synchronized TcpConnection connection() {
        if (connection == null && connecting != null && connecting.isDone() && !connecting.isCompletedExceptionally()) {
            connection = connecting.join();
        }
        return connection;
    }

    /** A connect failed: SO_ERROR reports errno once. */
    public synchronized void connectFailed(int errno) {
        pendingError = errno;
    }

    /** SO_ERROR: the pending error, cleared by reading it. */
    public synchronized int takeError() {
        int e = pendingError;
        pendingError = 0;
        return e;
    }

    @Override
    public synchronized int pollEvents() {
        if (connecting == null) {
            return POLLOUT | POLLHUP; // never connected, as Linux reports it
        }
        if (!connecting.isDone()) {
            return 0;
        }
        TcpConnection c = connection();
        if (c == null) {
            return POLLOUT | POLLERR | POLLHUP; // connect failed: SO_ERROR says why
        }
        int events = 0;
        if (c.canRead()) {
            events |= POLLIN;
        }
        if (c.canWrite()) {
            events |= POLLOUT;
        }
        if (c.failed()) {
            events |= POLLERR;
        }
        return events;
    }

    @Override
    public synchronized CompletableFuture<?> whenEventsChange(int interest) {
        if (connecting == null) {
            return null;
        }
        if (!connecting.isDone()) {
            return connecting.handle((c, e) -> null);
        }
        TcpConnection c = connection();
        if (c == null) {
            return null;
        }
        if ((interest & POLLIN) != 0 && (interest & POLLOUT) != 0) {
            return CompletableFuture.anyOf(c.whenReadable(), c.whenWritable());
        }
        return (interest & POLLOUT) != 0 ? c.whenWritable() : c.whenReadable();
    }

    /** The connection, or ENOTCONN for a socket that is not (or no longer) connected. */
    private TcpConnection connected() {
        TcpConnection c = connection();
        if (c == null) {
            throw new FsException(Errno.ENOTCONN, "socket not connected");
        }
        return c;
    }

    /**
     * read() on the descriptor (OpenSSL reads TLS records this way, with O_NONBLOCK set):
     * what has arrived, 0 at the end, EAGAIN if nothing yet. Waiting is poll()'s job.
     */
    @Override
    public int read(byte[] buffer, int offset, int len) {
        TcpConnection c = connected();
        try {
            int n = c.read(buffer, offset, len, false);
            if (n < 0) {
                throw new FsException(Errno.EAGAIN, "no data yet");
            }
            return n;
        } catch (IOException e) {
            throw new FsException(Errno.ECONNRESET, String.valueOf(e.getMessage()));
        }
    }

    /** write() on the descriptor (OpenSSL's way): all taken, or EAGAIN when the send buffer is full. */
    @Override
    public int write(byte[] buffer, int offset, int len) {
        TcpConnection c = connected();
        try {
            int n = c.write(buffer, offset, len);
            if (n < 0) {
                throw new FsException(Errno.EAGAIN, "send buffer full");
            }
            return n;
        } catch (IOException e) {
            throw new FsException(Errno.EPIPE, String.valueOf(e.getMessage()));
        }
    }

    @Override
    public Stat stat() {
        return new Stat(NodeType.SOCKET, 0777, 0, 0, 1, 0, 0, 0);
    }

    @Override
    protected synchronized void close() {
        if (connection() != null) {
            connection.close();
        } else if (connecting != null) {
            connecting.thenAccept(TcpConnection::close);
        }
    }
}
