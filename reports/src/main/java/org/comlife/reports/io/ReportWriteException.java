package org.comlife.reports.io;

import java.io.IOException;
import java.nio.file.Path;

/** A report that could not be written; the message names the path and the reason. */
public class ReportWriteException extends IOException {
    private final transient Path path;

    public ReportWriteException(Path path, String reason, Throwable cause) {
        super("cannot write the report to " + path + ": " + reason, cause);
        this.path = path;
    }

    /** The file or folder that could not be written. */
    public Path path() {
        return path;
    }
}
