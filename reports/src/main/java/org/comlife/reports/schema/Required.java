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

    /**
     * A path relative to the report's folder, such as {@code traces/x.txt}, or null: letters,
     * digits, '.', '_', '-' and '/' only, with no empty or ".." part, so that it can be a link in
     * report.html and can never leave the folder.
     */
    static String relativePath(String value, String what) {
        if (value == null) {
            return null;
        }
        boolean safe = value.matches("[A-Za-z0-9._/-]+")
                && java.util.Arrays.stream(value.split("/", -1)).noneMatch(part -> part.isEmpty() || part.equals(".."));
        if (!safe) {
            throw new IllegalArgumentException(what + " must be a path inside the report folder (letters, digits, "
                    + "'.', '_', '-', '/'; no '..'), got '" + value + "'");
        }
        return value;
    }

    /** The text in at most {@code max} characters, ending with "…" when it was longer; never half a surrogate pair. */
    static String cut(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int end = max - 1;
        end -= Character.isHighSurrogate(text.charAt(end - 1)) ? 1 : 0;
        return text.substring(0, end) + "…";
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
