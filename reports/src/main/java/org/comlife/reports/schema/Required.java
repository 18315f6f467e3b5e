package org.comlife.reports.schema;

import java.util.List;

/**
 * Argument checks shared by the schema records, so that a malformed report fails where it is
 * built (or read) rather than later in a renderer.
 */
final class Required {
    private Required() {
    }

    static String text(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(what + " must not be blank");
        }
        return value;
    }

    /** A copy that is immutable; a missing list (absent from JSON) reads as empty. */
    static <T> List<T> list(List<T> values, String what) {
        if (values == null) {
            return List.of();
        }
        for (T value : values) {
            if (value == null) {
                throw new IllegalArgumentException(what + " must not contain null");
            }
        }
        return List.copyOf(values);
    }
}
