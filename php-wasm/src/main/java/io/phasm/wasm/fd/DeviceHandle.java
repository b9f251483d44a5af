package io.phasm.wasm.fd;

import io.phasm.wasm.abi.Errno;
import io.phasm.wasm.vfs.Device;
import io.phasm.wasm.vfs.FsException;
import io.phasm.wasm.vfs.Stat;

/** An opened character device (stdio streams, /dev/null, /dev/urandom...). */
public final class DeviceHandle extends OpenFile {
    private final Device device;

    public DeviceHandle(String path, int statusFlags, Device device) {
        super(path, statusFlags);
        this.device = device;
    }

    @Override
    public int read(byte[] buffer, int offset, int len) {
        if (!readable()) {
            throw new FsException(Errno.EBADF, "not open for reading");
        }
        int n = device.read(buffer, offset, len);
        if (n == -Errno.EAGAIN) {
            throw new FsException(Errno.EAGAIN, "no data yet");
        }
        return n;
    }

    @Override
    public int write(byte[] buffer, int offset, int len) {
        if (!writable()) {
            throw new FsException(Errno.EBADF, "not open for writing");
        }
        return device.write(buffer, offset, len);
    }

    @Override
    public Stat stat() {
        return device.stat();
    }

    @Override
    public boolean isTerminal() {
        return device.isTerminal();
    }
}
