package org.comlife.checks.faults;

/**
 * A fault's id, spelled as the contract's bug table spells it: lowercase words of letters and
 * digits joined by single hyphens, e.g. {@code double-unmarshal}. Code compares ids, never their
 * text; the text is for parsing what a user typed and for writing reports.
 *
 * <p>A final class, not a record: JPF builds the catalogue inside its VM and cannot run the
 * bootstrap methods a record's {@code equals} and {@code hashCode} use.
 */
public final class FaultId {
    private final String text;

    private FaultId(String text) {
        this.text = text;
    }

    /** The id with this spelling; anything else than lowercase words joined by hyphens is refused. */
    public static FaultId of(String text) {
        if (!isWellFormed(text)) {
            throw new IllegalArgumentException("a fault id is lowercase words joined by hyphens, such as "
                    + "double-unmarshal; got '" + text + "'");
        }
        return new FaultId(text);
    }

    /** Whether the text spells an id: words of a-z and 0-9, joined by single hyphens. */
    public static boolean isWellFormed(String text) {
        if (text == null || text.isEmpty() || text.charAt(0) == '-' || text.charAt(text.length() - 1) == '-') {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean wordCharacter = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
            boolean separator = c == '-' && text.charAt(i - 1) != '-';
            if (!wordCharacter && !separator) {
                return false;
            }
        }
        return true;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof FaultId && text.equals(((FaultId) other).text);
    }

    @Override
    public int hashCode() {
        return text.hashCode();
    }

    /** The id's text, for reports, file names and messages. */
    @Override
    public String toString() {
        return text;
    }
}
