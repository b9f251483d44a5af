package io.phasm.server.response;

import io.netty.channel.ChannelFuture;
import java.util.concurrent.CompletableFuture;

/**
 * How a request was answered, for the access log and the connection: the status, the body
 * bytes sent, and whether the response went out whole (if not, the connection is closed).
 */
public record Answer(int status, long bytes, boolean intact) {

    /** The answer once the response's last write completes (null: nothing more was written). */
    public static CompletableFuture<Answer> afterWrite(ChannelFuture lastWrite, int status, long bytes) {
        CompletableFuture<Answer> answer = new CompletableFuture<>();
        if (lastWrite == null) {
            answer.complete(new Answer(status, bytes, false));
        } else {
            lastWrite.addListener(f -> answer.complete(new Answer(status, bytes, f.isSuccess())));
        }
        return answer;
    }
}
