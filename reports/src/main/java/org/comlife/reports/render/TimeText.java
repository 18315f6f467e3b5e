package org.comlife.reports.render;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

/** A report's date-time as people read it: to the second, in UTC, e.g. "2025-06-01 12:00:00 UTC". */
public final class TimeText {
    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss 'UTC'");

    private TimeText() {
    }

    /** The ISO-8601 date-time with offset (as in report.json), in UTC to the second; any other text unchanged. */
    public static String of(String isoDateTime) {
        try {
            return OffsetDateTime.parse(isoDateTime).atZoneSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS)
                    .format(FORMAT);
        } catch (DateTimeParseException e) {
            return isoDateTime;
        }
    }
}
