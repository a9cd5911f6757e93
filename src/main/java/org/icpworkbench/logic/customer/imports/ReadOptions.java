package org.icpworkbench.logic.customer.imports;

import java.nio.charset.Charset;
import java.util.Optional;

/**
 * How to read a customer or prospect file: the text encoding the user chose (empty: detect it, ADR 0012) and the
 * size limits.
 */
public record ReadOptions(Optional<Charset> encoding, ImportLimits limits) {

    /** Detected encoding, limits from the system properties. */
    public static ReadOptions automatic() {
        return new ReadOptions(Optional.empty(), ImportLimits.fromSystemProperties());
    }

    public ReadOptions withEncoding(Optional<Charset> chosen) {
        return new ReadOptions(chosen, limits);
    }

    public ReadOptions withLimits(ImportLimits newLimits) {
        return new ReadOptions(encoding, newLimits);
    }
}
