package io.phasm.wasm.imports;

import com.dylibso.chicory.runtime.HostFunction;
import com.dylibso.chicory.runtime.Instance;
import com.dylibso.chicory.runtime.Memory;
import io.phasm.network.NetworkSession;
import io.phasm.network.dns.Resolver;
import io.phasm.wasm.abi.CStrings;
import io.phasm.wasm.asyncify.Suspender;
import io.phasm.wasm.instance.PhpProcess;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * getaddrinfo, gethostbyname_r and getnameinfo on the network bridge's resolver (hosts file,
 * then DNS), suspending while a query is out.
 *
 * getaddrinfo returns one result, as Emscripten's own does: this libc's freeaddrinfo frees the
 * first addrinfo and its address only, so a longer list would leak. The result is the first
 * address of the requested family (IPv4 first when any will do).
 */
public final class NameResolution {
    private static final int AF_UNSPEC = 0, SOCK_STREAM = 1, SOCK_DGRAM = 2, IPPROTO_TCP = 6, IPPROTO_UDP = 17;
    private static final int AI_PASSIVE = 0x01, AI_NUMERICHOST = 0x04;
    private static final int EAI_NONAME = -2, EAI_AGAIN = -3, EAI_FAMILY = -6, EAI_SERVICE = -8, EAI_MEMORY = -10, EAI_OVERFLOW = -12;
    private static final int HOST_NOT_FOUND = 1, TRY_AGAIN = 2;
    private static final int ADDRINFO_SIZE = 32;

    private final PhpProcess process;
    private final Suspender suspender;
    /** The addresses a suspended lookup found, collected by the import when the instance resumes. */
    private List<InetAddress> found;
    private Throwable failure;

    public NameResolution(PhpProcess process, Suspender suspender) {
        this.process = process;
        this.suspender = suspender;
    }

    public List<HostFunction> functions() {
        return new HostFunctions("env")
                .add("getaddrinfo", "i(iiii)", (inst, a) -> getaddrinfo(inst, (int) a[0], (int) a[1], (int) a[2], (int) a[3]))
                .add("gethostbyname_r", "i(iiiiii)", (inst, a) -> gethostbyname(inst, (int) a[0], (int) a[1], (int) a[2], (int) a[3], (int) a[4], (int) a[5]))
                .add("getnameinfo", "i(iiiiiii)", (inst, a) -> Results.i32(getnameinfo(inst.memory(), (int) a[0], (int) a[1], (int) a[2], (int) a[3], (int) a[4], (int) a[5])))
                .add("getprotobyname", "i(i)", (inst, a) -> Results.i32(0))
                .add("getprotobynumber", "i(i)", (inst, a) -> Results.i32(0))
                .functions();
    }

    /**
     * Resolves name: a literal address at once, a name through the bridge (suspending). Returns
     * null while the instance unwinds (the import must then return Results.WHILE_UNWINDING at
     * once), else the outcome.
     */
    private Optional<List<InetAddress>> lookUp(String name, boolean numericOnly) {
        Optional<InetAddress> literal = literal(name);
        if (literal.isPresent()) {
            return Optional.of(List.of(literal.get()));
        }
        Optional<NetworkSession> network = process.network();
        if (numericOnly || network.isEmpty()) {
            failure = null;
            return Optional.empty();
        }
        long[] r = suspender.await(() -> network.get().resolve(name).handle((addresses, error) -> {
            found = addresses;
            failure = error;
            return Results.i32(0);
        }), Results.WHILE_UNWINDING);
        if (r == Results.WHILE_UNWINDING) {
            return null;
        }
        List<InetAddress> result = found;
        found = null;
        return failure == null ? Optional.of(result) : Optional.empty();
    }

    private long[] getaddrinfo(Instance inst, int nodePtr, int servicePtr, int hints, int out) {
        Memory memory = inst.memory();
        int flags = 0, family = AF_UNSPEC, type = 0, protocol = 0;
        if (hints != 0) {
            flags = memory.readInt(hints);
            family = memory.readInt(hints + 4);
            type = memory.readInt(hints + 8);
            protocol = memory.readInt(hints + 12);
        }
        if (type == 0) {
            type = protocol == IPPROTO_UDP ? SOCK_DGRAM : SOCK_STREAM;
        }
        if (protocol == 0) {
            protocol = type == SOCK_DGRAM ? IPPROTO_UDP : IPPROTO_TCP;
        }
        if (family != AF_UNSPEC && family != SocketSyscalls.AF_INET && family != SocketSyscalls.AF_INET6) {
            return Results.i32(EAI_FAMILY);
        }
        if (nodePtr == 0 && servicePtr == 0) {
            return Results.i32(EAI_NONAME);
        }
        int port = 0;
        if (servicePtr != 0) {
            try {
                port = Integer.parseInt(memory.readCString(servicePtr));
            } catch (NumberFormatException e) {
                return Results.i32(EAI_SERVICE); // service names (/etc/services) are not looked up
            }
        }
        List<InetAddress> addresses;
        if (nodePtr == 0) {
            boolean passive = (flags & AI_PASSIVE) != 0;
            addresses = List.of(family == SocketSyscalls.AF_INET6
                    ? address(passive ? "::" : "::1") : address(passive ? "0.0.0.0" : "127.0.0.1"));
        } else {
            Optional<List<InetAddress>> result = lookUp(memory.readCString(nodePtr), (flags & AI_NUMERICHOST) != 0);
            if (result == null) {
                return Results.WHILE_UNWINDING;
            }
            if (result.isEmpty()) {
                return Results.i32(failure == null || Resolver.isNoSuchName(failure) ? EAI_NONAME : EAI_AGAIN);
            }
            addresses = result.get();
        }
        int wanted = family;
        Optional<InetAddress> chosen = addresses.stream()
                .filter(a -> wanted == AF_UNSPEC || Sockaddrs.familyOf(a) == wanted)
                .findFirst();
        if (chosen.isEmpty()) {
            return Results.i32(EAI_NONAME);
        }
        byte[] sockaddr = Sockaddrs.encode(new InetSocketAddress(chosen.get(), port));
        int sa = malloc(inst, sockaddr.length);
        int ai = malloc(inst, ADDRINFO_SIZE);
        if (sa == 0 || ai == 0) {
            return Results.i32(EAI_MEMORY);
        }
        memory.write(sa, sockaddr);
        memory.write(ai, new byte[ADDRINFO_SIZE]);
        memory.writeI32(ai + 4, Sockaddrs.familyOf(chosen.get()));
        memory.writeI32(ai + 8, type);
        memory.writeI32(ai + 12, protocol);
        memory.writeI32(ai + 16, sockaddr.length);
        memory.writeI32(ai + 20, sa);
        memory.writeI32(out, ai);
        return Results.i32(0);
    }

    /** gethostbyname_r(name, ret, buf, buflen, result, h_errnop): IPv4 addresses, laid out in buf. */
    private long[] gethostbyname(Instance inst, int namePtr, int ret, int buf, int bufLength, int result, int herrno) {
        Memory memory = inst.memory();
        String name = memory.readCString(namePtr);
        Optional<List<InetAddress>> found = lookUp(name, false);
        if (found == null) {
            return Results.WHILE_UNWINDING;
        }
        List<InetAddress> v4 = found.orElse(List.of()).stream().filter(a -> a instanceof Inet4Address).toList();
        // buf: the addresses, the address list (pointers, NULL), the alias list (NULL), the name.
        byte[] nameBytes = name.getBytes(StandardCharsets.UTF_8);
        int fitting = Math.max(0, (bufLength - nameBytes.length - 1 - 8) / 8);
        if (v4.size() > fitting) {
            v4 = v4.subList(0, fitting); // PHP uses the first address; more only if they fit
        }
        if (v4.isEmpty()) {
            // Failure is *result NULL with h_errno, and 0 returned: PHP retries only on ERANGE.
            memory.writeI32(result, 0);
            boolean again = found.isEmpty() && failure != null && !Resolver.isNoSuchName(failure);
            memory.writeI32(herrno, again ? TRY_AGAIN : HOST_NOT_FOUND);
            return Results.i32(0);
        }
        int addressesAt = buf, listAt = buf + 4 * v4.size(), aliasesAt = listAt + 4 * (v4.size() + 1), nameAt = aliasesAt + 4;
        for (int i = 0; i < v4.size(); i++) {
            memory.write(addressesAt + 4 * i, v4.get(i).getAddress());
            memory.writeI32(listAt + 4 * i, addressesAt + 4 * i);
        }
        memory.writeI32(listAt + 4 * v4.size(), 0);
        memory.writeI32(aliasesAt, 0);
        memory.write(nameAt, nameBytes);
        memory.writeByte(nameAt + nameBytes.length, (byte) 0);
        memory.writeI32(ret, nameAt);
        memory.writeI32(ret + 4, aliasesAt);
        memory.writeI32(ret + 8, SocketSyscalls.AF_INET);
        memory.writeI32(ret + 12, 4);
        memory.writeI32(ret + 16, listAt);
        memory.writeI32(result, ret);
        memory.writeI32(herrno, 0);
        return Results.i32(0);
    }

    /** Numeric host and port only (what NI_NUMERICHOST|NI_NUMERICSERV give): no reverse DNS. */
    private static int getnameinfo(Memory memory, int sa, int saLength, int host, int hostLength, int serv, int servLength) {
        InetSocketAddress address = Sockaddrs.read(memory, sa, saLength);
        if (address == null) {
            return EAI_FAMILY;
        }
        if (host != 0 && !CStrings.writeBounded(memory, host, hostLength, address.getAddress().getHostAddress())) {
            return EAI_OVERFLOW;
        }
        if (serv != 0 && !CStrings.writeBounded(memory, serv, servLength, Integer.toString(address.getPort()))) {
            return EAI_OVERFLOW;
        }
        return 0;
    }

    private static Optional<InetAddress> literal(String name) {
        if (!name.matches("[0-9.]+|.*:.*")) {
            return Optional.empty();
        }
        try {
            return Optional.of(address(name.startsWith("[") && name.endsWith("]") ? name.substring(1, name.length() - 1) : name));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static InetAddress address(String literal) {
        return InetAddress.ofLiteral(literal);
    }

    private static int malloc(Instance inst, int size) {
        return (int) inst.export("malloc").apply(size)[0];
    }
}
