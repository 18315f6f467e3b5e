package org.comlife.reports.schema;

/** The outcome of a whole matrix, as a CI gate reads it. */
public enum Verdict {
    PASS,
    FAIL
}
