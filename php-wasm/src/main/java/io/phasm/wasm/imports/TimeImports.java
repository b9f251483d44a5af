package io.phasm.wasm.imports;

import com.dylibso.chicory.runtime.HostFunction;
import com.dylibso.chicory.runtime.Instance;
import com.dylibso.chicory.runtime.Memory;
import io.phasm.wasm.abi.CStrings;
import io.phasm.wasm.abi.CStructs.Tm;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.zone.ZoneRules;
import java.util.List;

/**
 * The "env" clock and calendar imports. time_t is 32-bit in this libc. The local zone is the
 * one given (the JVM's by default); PHP's own date functions use date.timezone instead.
 */
public final class TimeImports {
    private final ZoneId zone;
    private final long startNanos = System.nanoTime();

    public TimeImports(ZoneId zone) {
        this.zone = zone;
    }

    public List<HostFunction> functions() {
        return new HostFunctions("env")
                .add("time", "i(i)", (inst, a) -> {
                    int now = (int) Instant.now().getEpochSecond();
                    if (a[0] != 0) {
                        inst.memory().writeI32((int) a[0], now);
                    }
                    return Results.i32(now);
                })
                .add("gettimeofday", "i(ii)", (inst, a) -> {
                    Instant now = Instant.now();
                    inst.memory().writeI32((int) a[0], (int) now.getEpochSecond());
                    inst.memory().writeI32((int) a[0] + 4, now.getNano() / 1000);
                    return Results.i32(0);
                })
                .add("clock_gettime", "i(ii)", (inst, a) -> clockGettime(inst.memory(), (int) a[0], (int) a[1]))
                .add("__clock_gettime", "i(ii)", (inst, a) -> clockGettime(inst.memory(), (int) a[0], (int) a[1]))
                .add("emscripten_get_now", "d()", (inst, a) -> Results.f64((System.nanoTime() - startNanos) / 1e6))
                .add("difftime", "d(ii)", (inst, a) -> Results.f64((double) ((int) a[0] - (int) a[1])))
                .add("_tzset_js", "v(iii)", (inst, a) -> tzset(inst, (int) a[0], (int) a[1], (int) a[2]))
                .add("_localtime_js", "v(ii)", (inst, a) -> {
                    writeTm(inst.memory(), (int) a[1], Instant.ofEpochSecond(inst.memory().readInt((int) a[0])).atZone(zone));
                    return Results.none();
                })
                .add("_gmtime_js", "v(ii)", (inst, a) -> {
                    writeTm(inst.memory(), (int) a[1], Instant.ofEpochSecond(inst.memory().readInt((int) a[0])).atZone(ZoneOffset.UTC));
                    return Results.none();
                })
                .add("_mktime_js", "i(i)", (inst, a) -> Results.i32(mktime(inst.memory(), (int) a[0])))
                .add("strftime", "i(iiii)", (inst, a) -> Results.i32(strftime(inst.memory(), (int) a[0], (int) a[1], (int) a[2], (int) a[3])))
                // strptime() is not provided: PHP's deprecated strptime() then reports failure.
                .add("strptime", "i(iii)", (inst, a) -> Results.i32(0))
                .functions();
    }

    private long[] clockGettime(Memory memory, int clock, int timespec) {
        long sec;
        long nsec;
        if (clock == 0) { // CLOCK_REALTIME
            Instant now = Instant.now();
            sec = now.getEpochSecond();
            nsec = now.getNano();
        } else if (clock >= 1 && clock <= 7) { // monotonic, CPU-time and boot clocks
            long t = System.nanoTime() - startNanos;
            sec = t / 1_000_000_000L;
            nsec = t % 1_000_000_000L;
        } else {
            return Results.i32(-io.phasm.wasm.abi.Errno.EINVAL);
        }
        memory.writeI32(timespec, (int) sec);
        memory.writeI32(timespec + 4, (int) nsec);
        return Results.i32(0);
    }

    private long[] tzset(Instance instance, int timezone, int daylight, int tzname) {
        ZoneRules rules = zone.getRules();
        int year = java.time.Year.now(zone).getValue();
        int winter = rules.getOffset(LocalDateTime.of(year, 1, 1, 0, 0)).getTotalSeconds();
        int summer = rules.getOffset(LocalDateTime.of(year, 7, 1, 0, 0)).getTotalSeconds();
        int standard = Math.min(winter, summer);
        Memory memory = instance.memory();
        memory.writeI32(timezone, -standard);
        memory.writeI32(daylight, winter != summer ? 1 : 0);
        int standardName = CStrings.allocate(instance, zoneName(standard));
        int summerName = CStrings.allocate(instance, zoneName(Math.max(winter, summer)));
        memory.writeI32(tzname, standardName);
        memory.writeI32(tzname + 4, summerName);
        return Results.none();
    }

    private static String zoneName(int offsetSeconds) {
        int minutes = Math.abs(offsetSeconds) / 60;
        return String.format("UTC%s%02d%02d", offsetSeconds < 0 ? "-" : "+", minutes / 60, minutes % 60);
    }

    private void writeTm(Memory memory, int tm, ZonedDateTime t) {
        memory.writeI32(tm + Tm.SEC, t.getSecond());
        memory.writeI32(tm + Tm.MIN, t.getMinute());
        memory.writeI32(tm + Tm.HOUR, t.getHour());
        memory.writeI32(tm + Tm.MDAY, t.getDayOfMonth());
        memory.writeI32(tm + Tm.MON, t.getMonthValue() - 1);
        memory.writeI32(tm + Tm.YEAR, t.getYear() - 1900);
        memory.writeI32(tm + Tm.WDAY, t.getDayOfWeek().getValue() % 7);
        memory.writeI32(tm + Tm.YDAY, t.getDayOfYear() - 1);
        memory.writeI32(tm + Tm.ISDST, t.getZone().getRules().isDaylightSavings(t.toInstant()) ? 1 : 0);
        memory.writeI32(tm + Tm.GMTOFF, t.getOffset().getTotalSeconds());
    }

    /** mktime: normalizes the broken-down local time (fields may overflow) and returns epoch seconds. */
    private int mktime(Memory memory, int tm) {
        ZonedDateTime t = localDateTime(memory, tm).atZone(zone);
        long seconds = t.toEpochSecond();
        if (seconds < Integer.MIN_VALUE || seconds > Integer.MAX_VALUE) {
            return -1;
        }
        writeTm(memory, tm, t);
        return (int) seconds;
    }

    private int strftime(Memory memory, int out, int max, int format, int tm) {
        String text = Strftime.format(memory.readCString(format), readTm(memory, tm));
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        if (bytes.length + 1 > max) {
            return 0;
        }
        memory.write(out, bytes);
        memory.writeByte(out + bytes.length, (byte) 0);
        return bytes.length;
    }

    private ZonedDateTime readTm(Memory memory, int tm) {
        return localDateTime(memory, tm).atZone(ZoneOffset.ofTotalSeconds(memory.readInt(tm + Tm.GMTOFF)));
    }

    /** The date-time a struct tm describes; out-of-range fields carry over as mktime() wants. */
    private static LocalDateTime localDateTime(Memory memory, int tm) {
        return LocalDateTime.of(memory.readInt(tm + Tm.YEAR) + 1900, 1, 1, 0, 0)
                .plusMonths(memory.readInt(tm + Tm.MON))
                .plusDays(memory.readInt(tm + Tm.MDAY) - 1L)
                .plusHours(memory.readInt(tm + Tm.HOUR))
                .plusMinutes(memory.readInt(tm + Tm.MIN))
                .plusSeconds(memory.readInt(tm + Tm.SEC));
    }
}
