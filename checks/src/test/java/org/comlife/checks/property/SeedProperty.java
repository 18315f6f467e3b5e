package org.comlife.checks.property;

/** Reads a seed as a report prints it: {@code 0x…} (hexadecimal, all 64 bits) or decimal. */
final class SeedProperty {
    private SeedProperty() {
    }

    /** The seed, or null when the text is absent or blank. */
    static Long caseSeed(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String trimmed = text.trim();
        if (trimmed.startsWith("0x") || trimmed.startsWith("0X")) {
            return Long.parseUnsignedLong(trimmed.substring(2), 16);
        }
        return Long.parseLong(trimmed);
    }
}
