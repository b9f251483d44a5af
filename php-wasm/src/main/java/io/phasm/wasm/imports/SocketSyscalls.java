package io.phasm.wasm.imports;

import com.dylibso.chicory.runtime.HostFunction;
import com.dylibso.chicory.runtime.Instance;
import com.dylibso.chicory.runtime.Memory;
import io.phasm.network.NetworkSession;
import io.phasm.network.tcp.TcpConnection;
import io.phasm.wasm.abi.Errno;
import io.phasm.wasm.asyncify.Suspender;
import io.phasm.wasm.fd.OpenFile;
import io.phasm.wasm.fd.SocketHandle;
import io.phasm.wasm.instance.PhpProcess;
import io.phasm.wasm.vfs.FsException;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The "env" socket imports on the network bridge: TCP client sockets (IPv4 and IPv6), with
 * Linux's blocking and non-blocking semantics. A call that would block suspends the instance
 * (or, where Asyncify cannot unwind, waits in place) until the connection is ready.
 *
 * Name resolution is in NameResolution. Listening sockets are refused (EACCES): PHP serves
 * through Phasm's HTTP server, not sockets of its own.
 */
public final class SocketSyscalls {
    static final int AF_INET = 2, AF_INET6 = 10;
    private static final int SOCK_STREAM = 1, SOCK_TYPE_MASK = 0xf, SOCK_NONBLOCK = 04000;
    private static final int SOL_SOCKET = 1, SO_TYPE = 3, SO_ERROR = 4;
    private static final int MSG_PEEK = 2, MSG_DONTWAIT = 0x40;
    /** A blocking connect() with no timeout of PHP's own: about what Linux's SYN retries give. */
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(75);

    private final PhpProcess process;
    private final Suspender suspender;

    public SocketSyscalls(PhpProcess process, Suspender suspender) {
        this.process = process;
        this.suspender = suspender;
    }

    public List<HostFunction> functions() {
        HostFunctions functions = new HostFunctions("env")
                .add("__syscall_socket", "i(iiiiii)", (inst, a) -> Results.i32(socket((int) a[0], (int) a[1])))
                .add("__syscall_connect", "i(iiiiii)", (inst, a) -> onSocket((int) a[0], s -> suspender.await(
                        () -> connect(inst.memory(), s, (int) a[1], (int) a[2]), Results.WHILE_UNWINDING)))
                .add("__syscall_sendto", "i(iiiiii)", (inst, a) -> onSocket((int) a[0], s -> suspender.await(
                        () -> send(s, inst.memory().readBytes((int) a[1], (int) a[2]), (int) a[3]), Results.WHILE_UNWINDING)))
                .add("__syscall_recvfrom", "i(iiiiii)", (inst, a) -> onSocket((int) a[0], s -> suspender.await(
                        () -> receive(inst.memory(), s, (int) a[1], (int) a[2], (int) a[3], (int) a[4], (int) a[5]), Results.WHILE_UNWINDING)))
                .add("__syscall_getsockopt", "i(iiiiii)", (inst, a) -> onSocket((int) a[0], s ->
                        Results.i32(getsockopt(inst.memory(), s, (int) a[1], (int) a[2], (int) a[3], (int) a[4]))))
                .add("__syscall_getsockname", "i(iiiiii)", (inst, a) -> onSocket((int) a[0], s ->
                        Results.i32(address(inst.memory(), s, true, (int) a[1], (int) a[2]))))
                .add("__syscall_getpeername", "i(iiiiii)", (inst, a) -> onSocket((int) a[0], s ->
                        Results.i32(address(inst.memory(), s, false, (int) a[1], (int) a[2]))));
        for (String refused : List.of("__syscall_bind", "__syscall_listen", "__syscall_accept4")) {
            functions.add(refused, "i(iiiiii)", (inst, a) -> onSocket((int) a[0], s -> Results.i32(-Errno.EACCES)));
        }
        for (String unsupported : List.of("__syscall_sendmsg", "__syscall_recvmsg")) {
            functions.add(unsupported, "i(iiiiii)", (inst, a) -> onSocket((int) a[0], s -> Results.i32(-Errno.EOPNOTSUPP)));
        }
        return functions.functions();
    }

    private interface SocketCall {
        long[] apply(SocketHandle socket);
    }

    private long[] onSocket(int fd, SocketCall call) {
        OpenFile file;
        try {
            file = process.descriptors().get(fd);
        } catch (FsException e) {
            return Results.i32(-e.errno());
        }
        return file instanceof SocketHandle socket ? call.apply(socket) : Results.i32(-Errno.ENOTSOCK);
    }

    private int socket(int family, int type) {
        if (family != AF_INET && family != AF_INET6) {
            return -Errno.EAFNOSUPPORT;
        }
        if ((type & SOCK_TYPE_MASK) != SOCK_STREAM) {
            return -Errno.EPROTONOSUPPORT; // TCP only: PHP's own traffic (HTTP, databases) is all TCP
        }
        if (process.network().isEmpty()) {
            return -Errno.EACCES;
        }
        try {
            return process.descriptors().add(new SocketHandle((type & SOCK_NONBLOCK) != 0));
        } catch (FsException e) {
            return -e.errno();
        }
    }

    /** connect(): blocking waits for the outcome; non-blocking answers EINPROGRESS and SO_ERROR tells later. */
    private CompletableFuture<long[]> connect(Memory memory, SocketHandle socket, int address, int length) {
        CompletableFuture<TcpConnection> previous = socket.connecting();
        if (previous != null) {
            int errno = !previous.isDone() ? Errno.EALREADY : socket.connection() != null ? Errno.EISCONN : socket.takeError();
            return done(-(errno == 0 ? Errno.ECONNREFUSED : errno));
        }
        InetSocketAddress target = Sockaddrs.read(memory, address, length);
        if (target == null) {
            return done(-Errno.EAFNOSUPPORT);
        }
        NetworkSession network = process.network().orElseThrow();
        CompletableFuture<TcpConnection> attempt = network.connect(target, CONNECT_TIMEOUT);
        socket.startConnecting(attempt);
        if (socket.nonBlocking() && !attempt.isDone()) {
            attempt.whenComplete((c, e) -> {
                if (e != null) {
                    socket.connectFailed(NetworkErrors.errno(e));
                }
            });
            return done(-Errno.EINPROGRESS);
        }
        return attempt.handle((c, e) -> Results.i32(e == null ? 0 : -NetworkErrors.errno(e)));
    }

    private CompletableFuture<long[]> send(SocketHandle socket, byte[] data, int flags) {
        TcpConnection c = socket.connection();
        if (c == null) {
            return done(-Errno.ENOTCONN);
        }
        try {
            int n = c.write(data, 0, data.length);
            if (n >= 0) {
                return done(n);
            }
        } catch (IOException e) {
            return done(-NetworkErrors.errno(e));
        }
        if (socket.nonBlocking() || (flags & MSG_DONTWAIT) != 0) {
            return done(-Errno.EAGAIN);
        }
        return c.whenWritable().thenCompose(ready -> send(socket, data, flags));
    }

    private CompletableFuture<long[]> receive(Memory memory, SocketHandle socket, int buffer, int length, int flags,
                                              int address, int addressLength) {
        TcpConnection c = socket.connection();
        if (c == null) {
            return done(-Errno.ENOTCONN);
        }
        byte[] chunk = new byte[Math.max(0, length)];
        int n;
        try {
            n = c.read(chunk, 0, chunk.length, (flags & MSG_PEEK) != 0);
        } catch (IOException e) {
            return done(-NetworkErrors.errno(e));
        }
        if (n >= 0) {
            memory.write(buffer, chunk, 0, n);
            if (address != 0 && addressLength != 0) {
                Sockaddrs.write(memory, c.remoteAddress(), address, addressLength);
            }
            return done(n);
        }
        if (socket.nonBlocking() || (flags & MSG_DONTWAIT) != 0) {
            return done(-Errno.EAGAIN);
        }
        return c.whenReadable().thenCompose(ready -> receive(memory, socket, buffer, length, flags, address, addressLength));
    }

    private static int getsockopt(Memory memory, SocketHandle socket, int level, int option, int value, int valueLength) {
        int value32 = 0;
        if (level == SOL_SOCKET && option == SO_ERROR) {
            value32 = socket.takeError();
        } else if (level == SOL_SOCKET && option == SO_TYPE) {
            value32 = SOCK_STREAM;
        }
        if (value != 0 && valueLength != 0 && memory.readInt(valueLength) >= 4) {
            memory.writeI32(value, value32);
            memory.writeI32(valueLength, 4);
        }
        return 0;
    }

    private static int address(Memory memory, SocketHandle socket, boolean local, int address, int addressLength) {
        TcpConnection c = socket.connection();
        if (c == null) {
            return -Errno.ENOTCONN;
        }
        Sockaddrs.write(memory, local ? c.localAddress() : c.remoteAddress(), address, addressLength);
        return 0;
    }

    private static CompletableFuture<long[]> done(int result) {
        return CompletableFuture.completedFuture(Results.i32(result));
    }
}
