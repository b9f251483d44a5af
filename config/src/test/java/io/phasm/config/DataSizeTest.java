package io.phasm.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class DataSizeTest {

    @Test
    void unitsAreBinaryAndCaseInsensitive() {
        assertEquals(new DataSize(512), DataSize.parse("512"));
        assertEquals(new DataSize(512), DataSize.parse("512b"));
        for (String text : List.of("16K", "16KB", "16KiB", "16kb", "16 kib")) {
            assertEquals(new DataSize(16 * 1024), DataSize.parse(text), text);
        }
        assertEquals(new DataSize(64L << 20), DataSize.parse("64MB"));
        assertEquals(new DataSize(1L << 30), DataSize.parse("1g"));
    }

    @Test
    void nonSizesAndOverflowsAreRejected() {
        for (String text : List.of("", "-1KB", "1.5MB", "1TB", "MB", "12 megabytes", "99999999999999GB")) {
            assertThrows(IllegalArgumentException.class, () -> DataSize.parse(text), text);
        }
    }

    @Test
    void printsInTheLargestExactUnit() {
        assertEquals("64MB", new DataSize(64L << 20).toString());
        assertEquals("1536KB", new DataSize(1536L * 1024).toString());
        assertEquals("1GB", new DataSize(1L << 30).toString());
        assertEquals("1025B", new DataSize(1025).toString());
        assertEquals("0B", new DataSize(0).toString());
    }
}
