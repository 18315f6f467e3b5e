package org.comlife.reports.render;

import java.util.Locale;

/** Durations as people read them in a table: "45ms", "1.2s", "2m05s", "1h02m". */
public final class DurationText {
    private DurationText() {
    }

    public static String of(long millis) {
        if (millis < 1_000) {
            return millis + "ms";
        }
        if (millis < 60_000) {
            // Locale.ROOT: a decimal point, whatever the CI machine's locale.
            return String.format(Locale.ROOT, "%.1fs", millis / 1000.0);
        }
        long seconds = millis / 1000;
        if (seconds < 3600) {
            return String.format(Locale.ROOT, "%dm%02ds", seconds / 60, seconds % 60);
        }
        return String.format(Locale.ROOT, "%dh%02dm", seconds / 3600, seconds % 3600 / 60);
    }
}
