package org.comlife.checks.property.execute;

import java.util.List;
import org.comlife.checks.property.action.ActionContext;
import org.comlife.checks.property.action.HandleTable;
import org.comlife.checks.property.chain.ThreadApartment;
import org.comlife.model.ComEvent;
import org.comlife.model.ComThread;

/**
 * The body of one chain thread: CoInitializeEx (unless the thread is the uninitialized-thread
 * misuse), its actions with their waits and signals, then its end. An STA whose objects other
 * threads call keeps pumping until they are done, as a shell's main thread does; every wait of
 * the script pumps, so the chain never blocks an STA that others need.
 */
record ThreadScript(ThreadApartment apartment, List<ScriptedStep> steps, HandleTable handles, ComEvent ownDone,
                    List<ComEvent> othersDone, boolean pumpsUntilOthersDone, ActionCursor cursor,
                    String schedulerName, boolean checksAnswers) {

    ThreadScript {
        steps = List.copyOf(steps);
        othersDone = List.copyOf(othersDone);
    }

    void run(ComThread self) {
        if (apartment.kind() != null) {
            self.coInitializeEx(apartment.kind());
        }
        ActionContext context = new ActionContext(self, handles, ownDone, othersDone, checksAnswers);
        for (ScriptedStep step : steps) {
            cursor.enter(schedulerName, step.index());
            for (ComEvent earlier : step.waits()) {
                // An event already set would return at once: skip the call, the schedule stays shorter.
                if (!earlier.isSet()) {
                    self.waitForEventPumping(earlier);
                }
            }
            step.action().perform(context);
            if (step.signal() != null) {
                self.setEvent(step.signal());
            }
        }
        cursor.leave(schedulerName);
        if (ownDone != null && !ownDone.isSet()) {
            self.setEvent(ownDone);
        }
        if (pumpsUntilOthersDone) {
            for (ComEvent other : othersDone) {
                if (!other.isSet()) {
                    self.waitForEventPumping(other);
                }
            }
        }
    }
}
