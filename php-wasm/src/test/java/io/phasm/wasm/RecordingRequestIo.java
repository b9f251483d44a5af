package io.phasm.wasm;

import io.phasm.wasm.imports.RequestIo;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Collects what PHP sends; serves a fixed request body. */
public final class RecordingRequestIo implements RequestIo {
    public final ByteArrayOutputStream body = new ByteArrayOutputStream();
    public final List<String> headers = new ArrayList<>();
    public final List<String> log = new ArrayList<>();
    public volatile int status;
    public int flushes;
    private final byte[] requestBody;
    private int read;

    public RecordingRequestIo(String requestBody) {
        this.requestBody = requestBody.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public int writeOutput(byte[] bytes) {
        body.writeBytes(bytes);
        return bytes.length;
    }

    @Override
    public void flush() {
        flushes++;
    }

    @Override
    public void sendHeaders(int status, List<String> headerLines) {
        this.status = status;
        headers.addAll(headerLines);
    }

    @Override
    public byte[] readBody(int max) {
        int n = Math.min(max, requestBody.length - read);
        byte[] chunk = java.util.Arrays.copyOfRange(requestBody, read, read + n);
        read += n;
        return chunk;
    }

    @Override
    public void log(String message, int syslogLevel) {
        log.add(message);
    }

    public String text() {
        return body.toString(StandardCharsets.UTF_8);
    }
}
