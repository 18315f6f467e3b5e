package org.comlife.reports.schema;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * One column of the matrix: an engine that checks rows.
 *
 * @param id                the short name cells refer to, e.g. "lincheck"
 * @param name              the name shown to people
 * @param description       one sentence on how the engine searches
 * @param available         whether the engine could run on this machine
 * @param unavailableReason why it could not, and what to do about it; required when not available
 */
@JsonPropertyOrder({"id", "name", "description", "available", "unavailableReason"})
public record EngineInfo(String id, String name, String description, boolean available, String unavailableReason) {

    public EngineInfo {
        Required.text(id, "engine id");
        Required.text(name, "engine name (" + id + ")");
        if (!available) {
            Required.text(unavailableReason, "unavailableReason of unavailable engine " + id);
        }
    }

    /** An engine that can run. */
    public static EngineInfo available(String id, String name, String description) {
        return new EngineInfo(id, name, description, true, null);
    }

    /** An engine that cannot run here, with the reason and the remedy. */
    public static EngineInfo unavailable(String id, String name, String description, String reason) {
        return new EngineInfo(id, name, description, false, reason);
    }
}
