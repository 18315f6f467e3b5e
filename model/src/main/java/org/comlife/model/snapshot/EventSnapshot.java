package org.comlife.model.snapshot;

/** An event of the world's programs: its name and whether it is signaled. */
public record EventSnapshot(String name, boolean signaled) {
}
