package org.comlife.model.snapshot;

/** A stream: its reference count (0 = freed) and read position. */
public record StreamSnapshot(int id, int refCount, int position, int packets) {
}
