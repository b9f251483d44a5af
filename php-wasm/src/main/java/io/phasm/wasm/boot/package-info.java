/**
 * Classes the JVM loads from its boot class path ({@code -Xbootclasspath/a:}
 * php-wasm/target/php-wasm-VERSION-boot.jar, set by bin/java-env.sh and the build's test runs),
 * because HotSpot honours {@code @ForceInline} only there: they let C2 inline memory accesses into
 * the largest compiled wasm functions, where it inlines nothing else (php-wasm/README.md,
 * "Memory access in the largest functions"). Loaded from the application class path instead (a
 * JVM started without the flag), they behave the same, only slower. They may use JDK types only:
 * the boot class loader cannot see Chicory's or Phasm's other classes.
 */
package io.phasm.wasm.boot;
