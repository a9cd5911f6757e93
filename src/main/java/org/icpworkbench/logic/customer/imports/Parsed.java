package org.icpworkbench.logic.customer.imports;

import java.util.List;
import java.util.Optional;

/**
 * The result of parsing one cell: a value (empty for a blank cell), or a failure with a message key and arguments.
 */
public record Parsed<T>(Optional<T> value, String errorKey, List<String> arguments) {

    public Parsed {
        arguments = List.copyOf(arguments);
    }

    public static <T> Parsed<T> of(T value) {
        return new Parsed<>(Optional.of(value), null, List.of());
    }

    public static <T> Parsed<T> blank() {
        return new Parsed<>(Optional.empty(), null, List.of());
    }

    public static <T> Parsed<T> failure(String errorKey, String... arguments) {
        return new Parsed<>(Optional.empty(), errorKey, List.of(arguments));
    }

    public boolean failed() {
        return errorKey != null;
    }
}
