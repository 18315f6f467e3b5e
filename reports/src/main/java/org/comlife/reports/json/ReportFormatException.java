package org.comlife.reports.json;

import java.io.IOException;

/** A report.json that cannot be read: malformed, of another schema version, or violating the schema's rules. */
public class ReportFormatException extends IOException {
    public ReportFormatException(String message) {
        super(message);
    }

    public ReportFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
