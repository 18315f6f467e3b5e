package org.comlife.checks.property.action;

import java.util.List;
import org.comlife.model.ComEvent;
import org.comlife.model.ComThread;

/**
 * What an action has at hand when its thread performs it: the logical thread (every API call
 * goes through it), the run's handle values, and the events by which the chain's threads tell
 * each other they are done.
 */
public final class ActionContext {
    private final ComThread self;
    private final HandleTable handles;
    private final ComEvent ownDone;
    private final List<ComEvent> othersDone;

    public ActionContext(ComThread self, HandleTable handles, ComEvent ownDone, List<ComEvent> othersDone) {
        this.self = self;
        this.handles = handles;
        this.ownDone = ownDone;
        this.othersDone = List.copyOf(othersDone);
    }

    public ComThread self() {
        return self;
    }

    public HandleTable handles() {
        return handles;
    }

    /** Set when this thread has done its last action (null when no thread waits for it). */
    public ComEvent ownDone() {
        return ownDone;
    }

    /** The done events of the other chain threads. */
    public List<ComEvent> othersDone() {
        return othersDone;
    }
}
