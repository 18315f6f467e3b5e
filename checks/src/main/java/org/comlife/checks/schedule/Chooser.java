package org.comlife.checks.schedule;

import java.util.List;

/** Decides which of the enabled logical threads runs next: at random from a seed, by replay, or by a search. */
@FunctionalInterface
public interface Chooser {

    /**
     * The index in {@code enabled} (thread names, sorted) of the thread to run at this step.
     * Throwing {@link ScheduleDiverged} stops the run.
     */
    int choose(List<String> enabled, int step);
}
