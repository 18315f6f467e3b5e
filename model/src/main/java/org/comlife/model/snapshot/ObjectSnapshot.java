package org.comlife.model.snapshot;

/** A COM object not yet destroyed: its id, name, home apartment and reference count. */
public record ObjectSnapshot(int id, String name, int homeApartmentId, int refs) {
}
