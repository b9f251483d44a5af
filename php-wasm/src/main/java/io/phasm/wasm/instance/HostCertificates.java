package io.phasm.wasm.instance;

import io.phasm.wasm.vfs.HostMount;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The host's trusted CA certificates, for PHP's OpenSSL: Debian keeps them in /etc/ssl/certs,
 * with the bundle ca-certificates.crt. Mounted read-only at the same path and named as
 * openssl.cafile, so https:// and TLS database connections verify peers by default.
 */
public final class HostCertificates {
    public static final String DIRECTORY = "/etc/ssl/certs";
    public static final String BUNDLE = DIRECTORY + "/ca-certificates.crt";

    private HostCertificates() {}

    /** The mount, if this host has the bundle. */
    public static Optional<HostMount> mount() {
        Path bundle = Path.of(BUNDLE);
        return Files.isRegularFile(bundle) ? Optional.of(new HostMount(bundle.getParent(), DIRECTORY, true)) : Optional.empty();
    }

    /** The php.ini line pointing OpenSSL at the bundle (empty if the host has none). */
    public static String iniLine() {
        return mount().isPresent() ? "openssl.cafile=" + BUNDLE + "\n" : "";
    }
}
