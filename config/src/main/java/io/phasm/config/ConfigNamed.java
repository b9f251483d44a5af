package io.phasm.config;

import java.util.Arrays;
import java.util.stream.Collectors;

/** A choice written in the configuration by a name of its own (an enum constant such as {@code per-request}). */
interface ConfigNamed {
    String configName();

    /** The constant of type written name; IllegalArgumentException if none is (the binder reports it with what is expected). */
    static <E extends Enum<E> & ConfigNamed> E fromConfigName(Class<E> type, String name) {
        return Arrays.stream(type.getEnumConstants()).filter(value -> value.configName().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(name));
    }

    /** The names type's constants are written as, for an error message: "a or b". */
    static <E extends Enum<E> & ConfigNamed> String configNames(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(ConfigNamed::configName).collect(Collectors.joining(" or "));
    }
}
