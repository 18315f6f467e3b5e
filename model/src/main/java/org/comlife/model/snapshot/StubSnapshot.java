package org.comlife.model.snapshot;

import org.comlife.model.EntityRef;

/**
 * An exported object's stub: its external references, whether it still serves calls, and
 * whether its object has been destroyed (which a live stub never allows: it holds a reference).
 */
public record StubSnapshot(EntityRef id, EntityRef objectId, String object, boolean classFactory, int extRefs,
                           int weakRefs, boolean disconnected, boolean objectDestroyed) {
}
