package org.comlife.model.snapshot;

import org.comlife.model.WaitMode;

/** A logical thread: where it is and whether it waits. */
public record ThreadSnapshot(String process, String name, String apartment, int initCount, WaitMode waitMode) {
}
