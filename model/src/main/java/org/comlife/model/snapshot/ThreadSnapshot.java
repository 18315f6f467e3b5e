package org.comlife.model.snapshot;

import org.comlife.model.WaitMode;

/** A logical thread: where it is, whether it waits, and for what (null when it does not). */
public record ThreadSnapshot(String process, String name, String apartment, int initCount, WaitMode waitMode,
                             String waitingFor) {
}
