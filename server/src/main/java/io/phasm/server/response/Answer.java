package io.phasm.server.response;

import io.netty.channel.ChannelFuture;
import java.io.IOException;
import java.util.concurrent.CompletableFuture;

/**
 * How a request was answered, for the access log and the connection: the status, the body
 * bytes sent, and whether the response went out whole (if not, the connection is closed).
 * A write that failed for another reason than the client having gone away keeps its cause:
 * that is the server's fault and belongs in the error log.
 */
public record Answer(int status, long bytes, boolean intact, Throwable serverFault) {

    public Answer(int status, long bytes, boolean intact) {
        this(status, bytes, intact, null);
    }

    /** The answer once the response's last write completes (null: nothing more was written). */
    public static CompletableFuture<Answer> afterWrite(ChannelFuture lastWrite, int status, long bytes) {
        CompletableFuture<Answer> answer = new CompletableFuture<>();
        if (lastWrite == null) {
            answer.complete(new Answer(status, bytes, false));
        } else {
            lastWrite.addListener(f -> answer.complete(f.isSuccess() ? new Answer(status, bytes, true)
                    : new Answer(status, bytes, false, f.cause() instanceof IOException ? null : f.cause())));
        }
        return answer;
    }
}
