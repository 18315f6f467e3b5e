package org.comlife.checks.property.execute;

import java.util.HashMap;
import java.util.Map;

/**
 * Which chain step each client thread is performing, so every scheduler step can be labelled
 * with the action it served. The shrinker uses the labels to drop exactly the turns of the
 * actions it removes from a chain, keeping the rest of the interleaving (and so the race).
 */
final class ActionCursor {
    /** The label of turns that belong to no action: a prologue, an end, or a server thread. */
    static final int NO_ACTION = -1;

    private final Map<String, Integer> current = new HashMap<>();

    synchronized void enter(String thread, int step) {
        current.put(thread, step);
    }

    synchronized void leave(String thread) {
        current.put(thread, NO_ACTION);
    }

    /** The step the thread is in (read while it is parked: the turn it just ended served that step). */
    synchronized int labelOf(String thread) {
        return current.getOrDefault(thread, NO_ACTION);
    }
}
