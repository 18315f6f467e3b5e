package org.comlife.reports.schema;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Whether a row checks the correct implementation or one seeded fault, and where that fault lives. */
public enum RowKind {
    /** The implementation believed correct: every engine should pass it. */
    @JsonProperty("reference")
    REFERENCE,
    /** A fault seeded in the code that uses the implementation under check. */
    @JsonProperty("client-fault")
    CLIENT_FAULT,
    /** A fault seeded in the implementation under check itself. */
    @JsonProperty("runtime-fault")
    RUNTIME_FAULT;

    /** Whether rows of this kind are expected to be caught rather than passed. */
    public boolean isFault() {
        return this != REFERENCE;
    }

    /** The name used in report.json and shown to people. */
    public String label() {
        return switch (this) {
            case REFERENCE -> "reference";
            case CLIENT_FAULT -> "client-fault";
            case RUNTIME_FAULT -> "runtime-fault";
        };
    }
}
