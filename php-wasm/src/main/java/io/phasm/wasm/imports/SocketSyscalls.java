package io.phasm.wasm.imports;

import com.dylibso.chicory.runtime.HostFunction;
import io.phasm.wasm.abi.Errno;
import java.util.List;

/**
 * The "env" socket and name-resolution imports, until the network bridge provides them:
 * sockets cannot be created (EAFNOSUPPORT) and names do not resolve (EAI_FAIL), so PHP reports
 * a network failure instead of hanging. Calls on descriptors that are not sockets get ENOTSOCK.
 */
public final class SocketSyscalls {
    private static final int EAI_FAIL = -4;
    private static final List<String> DESCRIPTOR_CALLS = List.of("__syscall_accept4", "__syscall_bind",
            "__syscall_connect", "__syscall_getpeername", "__syscall_getsockname", "__syscall_getsockopt",
            "__syscall_listen", "__syscall_recvfrom", "__syscall_recvmsg", "__syscall_sendmsg", "__syscall_sendto");

    public List<HostFunction> functions() {
        HostFunctions functions = new HostFunctions("env")
                .add("__syscall_socket", "i(iiiiii)", (inst, a) -> Results.i32(-Errno.EAFNOSUPPORT))
                .add("getaddrinfo", "i(iiii)", (inst, a) -> Results.i32(EAI_FAIL))
                .add("getnameinfo", "i(iiiiiii)", (inst, a) -> Results.i32(EAI_FAIL))
                .add("gethostbyname_r", "i(iiiiii)", (inst, a) -> {
                    inst.memory().writeI32((int) a[4], 0); // *result = NULL
                    inst.memory().writeI32((int) a[5], 3); // *h_errnop = NO_RECOVERY
                    return Results.i32(Errno.ENOSYS);
                })
                .add("getprotobyname", "i(i)", (inst, a) -> Results.i32(0))
                .add("getprotobynumber", "i(i)", (inst, a) -> Results.i32(0));
        for (String name : DESCRIPTOR_CALLS) {
            functions.add(name, "i(iiiiii)", (inst, a) -> Results.i32(-Errno.ENOTSOCK));
        }
        return functions.functions();
    }
}
