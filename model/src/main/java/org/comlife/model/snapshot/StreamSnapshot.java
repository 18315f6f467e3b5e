package org.comlife.model.snapshot;

import org.comlife.model.EntityRef;

/** A stream: its reference count (0 = freed) and read position. */
public record StreamSnapshot(EntityRef id, int refCount, int position, int packets) {
}
