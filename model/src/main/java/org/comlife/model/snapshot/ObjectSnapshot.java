package org.comlife.model.snapshot;

import org.comlife.model.EntityRef;

/** A COM object not yet destroyed: its id, name, home apartment and reference count. */
public record ObjectSnapshot(EntityRef id, String name, EntityRef homeApartmentId, int refs) {
}
