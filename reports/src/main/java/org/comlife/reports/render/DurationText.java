package org.comlife.reports.render;

import java.util.Locale;

/** Durations as people read them in a table: "45 ms", "1.2 s", "2 min 05 s", "1 h 02 min". */
public final class DurationText {
    private DurationText() {
    }

    public static String of(long millis) {
        if (millis < 1_000) {
            return millis + " ms";
        }
        if (millis < 60_000) {
            // Locale.ROOT: a decimal point, whatever the CI machine's locale.
            return String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
        }
        long seconds = millis / 1000;
        if (seconds < 3600) {
            return String.format(Locale.ROOT, "%d min %02d s", seconds / 60, seconds % 60);
        }
        return String.format(Locale.ROOT, "%d h %02d min", seconds / 3600, seconds % 3600 / 60);
    }
}
