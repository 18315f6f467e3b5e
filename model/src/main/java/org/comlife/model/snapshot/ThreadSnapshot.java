package org.comlife.model.snapshot;

import org.comlife.model.EntityRef;
import org.comlife.model.WaitMode;
import org.comlife.model.journal.PlainValue;

/** A logical thread: its apartment (null: none), whether it waits, and for what, as values (null when it does not). */
public record ThreadSnapshot(String process, String name, EntityRef apartment, int initCount, WaitMode waitMode,
                             PlainValue waitingFor) {
}
