package org.comlife.reports.render;

import java.util.Locale;

/** A count with its noun, singular or plural as the number needs: "1 step", "2 steps", "12,345 states". */
public final class CountText {
    private CountText() {
    }

    /** The count and the noun, whose plural adds an "s". */
    public static String of(long count, String singular) {
        return of(count, singular, singular + "s");
    }

    public static String of(long count, String singular, String plural) {
        return String.format(Locale.ROOT, "%,d ", count) + (count == 1 ? singular : plural);
    }
}
