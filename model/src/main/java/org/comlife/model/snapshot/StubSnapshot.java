package org.comlife.model.snapshot;

/** An exported object's stub: its external references and whether it still serves calls. */
public record StubSnapshot(int id, int objectId, String object, boolean classFactory, int extRefs, int weakRefs,
                           boolean disconnected) {
}
