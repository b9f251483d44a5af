package io.phasm.server.response;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.EncoderException;
import io.netty.handler.codec.http.HttpResponseEncoder;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.LastHttpContent;
import org.junit.jupiter.api.Test;

class AnswerTest {

    @Test
    void aResponseWrittenWholeIsIntact() {
        EmbeddedChannel channel = new EmbeddedChannel(new HttpResponseEncoder());
        Answer answer = Answer.afterWrite(channel.writeAndFlush(ErrorResponses.of(HttpResponseStatus.NOT_FOUND, "gone", true)), 404, 4).join();
        assertEquals(new Answer(404, 4, true), answer);
    }

    @Test
    void aClientThatWentAwayIsNotTheServersFault() {
        EmbeddedChannel channel = new EmbeddedChannel(new HttpResponseEncoder());
        channel.close();
        Answer answer = Answer.afterWrite(channel.writeAndFlush(LastHttpContent.EMPTY_LAST_CONTENT), 200, 10).join();
        assertEquals(false, answer.intact());
        assertNull(answer.serverFault());
    }

    @Test
    void aWriteTheServerGotWrongKeepsItsCause() {
        // The HTTP encoder refuses a body's end without its headers: a bug of the server's own.
        EmbeddedChannel channel = new EmbeddedChannel(new HttpResponseEncoder());
        Answer answer = Answer.afterWrite(channel.writeAndFlush(LastHttpContent.EMPTY_LAST_CONTENT), 200, 10).join();
        assertEquals(false, answer.intact());
        assertInstanceOf(EncoderException.class, answer.serverFault());
    }

    @Test
    void nothingMoreWrittenIsNotIntact() {
        assertEquals(new Answer(200, 5, false), Answer.afterWrite(null, 200, 5).join());
    }
}
