package org.icpworkbench.logic.portrait;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.icpworkbench.model.questionnaire.QuestionField;

/** Reading structured values as the runner stores them, and the median the statistics share. */
final class FieldValues {

    static final MathContext MC = MathContext.DECIMAL64;

    private FieldValues() {
    }

    static boolean hasValue(Object value) {
        return value != null && !(value instanceof String text && text.isBlank())
                && !(value instanceof Collection<?> list && list.isEmpty())
                && !(value instanceof Map<?, ?> map && map.isEmpty());
    }

    /** A number stored as a number or typed as text (a decimal comma allowed). */
    static Optional<BigDecimal> decimal(Object value) {
        if (value instanceof BigDecimal number) {
            return Optional.of(number);
        }
        if (value instanceof Number number) {
            return Optional.of(new BigDecimal(number.toString()));
        }
        if (value instanceof String text) {
            try {
                return Optional.of(new BigDecimal(text.strip().replace(',', '.')));
            } catch (NumberFormatException notANumber) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** The median of sorted values; of an even count the mean of the two middle ones. */
    static BigDecimal median(List<BigDecimal> sorted) {
        int size = sorted.size();
        return size % 2 == 1 ? sorted.get(size / 2)
                : sorted.get(size / 2 - 1).add(sorted.get(size / 2)).divide(BigDecimal.valueOf(2), MC);
    }

    /** The field of this answer's own question with the merged field's key: its options are the ones it was asked with. */
    static QuestionField ownField(GivenAnswer one, QuestionField fallback) {
        return one.question().fields().stream().filter(field -> field.key().equals(fallback.key())).findFirst().orElse(fallback);
    }

    static Optional<Long> productId(Object element) {
        if (element instanceof Number number) {
            return Optional.of(number.longValue());
        }
        if (element instanceof String text && text.strip().matches("\\d{1,18}")) {
            return Optional.of(Long.parseLong(text.strip()));
        }
        return Optional.empty();
    }
}
