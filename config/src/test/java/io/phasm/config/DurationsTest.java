package io.phasm.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class DurationsTest {

    @Test
    void unitsAndBareSeconds() {
        assertEquals(Duration.ofMillis(250), Durations.parse("250ms"));
        assertEquals(Duration.ofSeconds(30), Durations.parse("30s"));
        assertEquals(Duration.ofSeconds(30), Durations.parse("30"));
        assertEquals(Duration.ofMinutes(5), Durations.parse("5M"));
        assertEquals(Duration.ofHours(1), Durations.parse("1 h"));
        assertEquals(Duration.ZERO, Durations.parse("0s"));
    }

    @Test
    void nonDurationsAndOverflowsAreRejected() {
        for (String text : List.of("", "-1s", "1.5s", "1d", "s", "ten seconds", "99999999999999999h")) {
            assertThrows(IllegalArgumentException.class, () -> Durations.parse(text), text);
        }
    }
}
