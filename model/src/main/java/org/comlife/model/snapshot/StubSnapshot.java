package org.comlife.model.snapshot;

import org.comlife.model.EntityRef;

/** An exported object's stub: its external references and whether it still serves calls. */
public record StubSnapshot(EntityRef id, EntityRef objectId, String object, boolean classFactory, int extRefs,
                           int weakRefs, boolean disconnected) {
}
