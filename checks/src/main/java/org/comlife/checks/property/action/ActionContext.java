package org.comlife.checks.property.action;

import java.util.List;
import org.comlife.model.ComEvent;
import org.comlife.model.ComThread;

/**
 * What an action has at hand when its thread performs it: the logical thread (every API call
 * goes through it), the run's handle values, the event this thread sets when it has done its last
 * action (null when no thread waits for it), the done events of the other chain threads, and
 * whether the chain is a correct use of the API, in which every answer is checked against the
 * contract (a misuse makes other answers legitimate, so a chain with one checks only invariants).
 */
public record ActionContext(ComThread self, HandleTable handles, ComEvent ownDone, List<ComEvent> othersDone,
                            boolean checksAnswers) {

    public ActionContext {
        othersDone = List.copyOf(othersDone);
    }
}
