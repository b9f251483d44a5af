package io.phasm.wasm.phpt;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The larger phpt run, side by side with native PHP 8.2 (mvn -Pphpt): php-src's tests from the
 * unpacked source tree (php-wasm/build/fetch-sources.sh, or -Dphpt.src=DIR), the directories
 * in -Dphpt.dirs, native binary -Dphpt.native (default /usr/bin/php8.2, skipped if absent).
 * Reports pass rates per directory; it asserts nothing: it is a measurement.
 */
@Tag("phpt-full")
class PhptComparisonTest {

    @Test
    void report(@TempDir Path work) throws Exception {
        Path src = Path.of(System.getProperty("phpt.src", "target/build/php-src"));
        String dirs = System.getProperty("phpt.dirs", "tests/lang,tests/basic,tests/output,Zend/tests,ext/standard/tests/strings,"
                + "ext/standard/tests/array,ext/standard/tests/math,ext/date/tests,ext/json/tests,ext/pcre/tests,ext/spl/tests,"
                + "ext/mbstring/tests,ext/ctype/tests,ext/hash/tests,ext/zlib/tests,ext/sqlite3/tests,ext/pdo_sqlite/tests");
        Path nativeBinary = Path.of(System.getProperty("phpt.native", "/usr/bin/php8.2"));
        PhptRunner phasm = new PhptRunner(new PhasmPhp());
        PhptRunner nativePhp = Files.isExecutable(nativeBinary) ? new PhptRunner(new NativePhp(nativeBinary.toString())) : null;
        Map<String, int[]> rows = new TreeMap<>();
        for (String dir : dirs.split(",")) {
            int[] counts = new int[6]; // phasm pass/fail/skip, native pass/fail/skip
            for (Path phpt : PhptRunner.find(src.resolve(dir)).stream().filter(p -> p.getParent().equals(src.resolve(dir))).toList()) {
                counts[phasm.run(phpt, work.resolve("phasm")).outcome().ordinal()]++;
                if (nativePhp != null) {
                    counts[3 + nativePhp.run(phpt, work.resolve("native")).outcome().ordinal()]++;
                }
            }
            rows.put(dir, counts);
            System.out.printf("%-30s phasm %4d pass %4d fail %4d skip | native %4d pass %4d fail %4d skip%n",
                    dir, counts[0], counts[1], counts[2], counts[3], counts[4], counts[5]);
        }
        int[] total = new int[6];
        rows.values().forEach(c -> { for (int i = 0; i < 6; i++) total[i] += c[i]; });
        System.out.printf("TOTAL phasm %d/%d passed (%.1f%%) | native %d/%d passed (%.1f%%)%n",
                total[0], total[0] + total[1], 100.0 * total[0] / Math.max(1, total[0] + total[1]),
                total[3], total[3] + total[4], 100.0 * total[3] / Math.max(1, total[3] + total[4]));
    }
}
