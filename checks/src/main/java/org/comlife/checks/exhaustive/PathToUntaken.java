package org.comlife.checks.exhaustive;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;

/**
 * Finds the nearest choice nobody has taken ahead of a run: a breadth-first search from the
 * run's state over the choices already resolved, skipping done states, which claims the choice
 * it finds. The run follows the way there instead of starting again from the initial state: the
 * program is deterministic given the state, so a resolved choice leads where it led before (the
 * run checks the threads enabled at every state it passes). The search looks at a bounded
 * number of states: past that, starting again is cheaper than searching on.
 */
final class PathToUntaken {
    /** States a search looks at before it gives up on the work ahead of a run. */
    static final int SEARCH_LIMIT = 2_000;

    private PathToUntaken() {
    }

    /**
     * The choices to take from {@code start} (whose enabled threads are known), the last one
     * claimed; null when no choice nobody took was found ahead.
     */
    static List<Integer> from(StateNode start) {
        Map<StateNode, StateNode> cameFrom = new IdentityHashMap<>();
        Map<StateNode, Integer> choiceInto = new IdentityHashMap<>();
        Queue<StateNode> queue = new ArrayDeque<>();
        cameFrom.put(start, start);
        queue.add(start);
        int looked = 0;
        while (!queue.isEmpty() && looked++ < SEARCH_LIMIT) {
            StateNode node = queue.remove();
            int untaken = node.claimUntaken();
            if (untaken >= 0) {
                List<Integer> choices = new ArrayList<>();
                choices.add(untaken);
                for (StateNode at = node; at != start; at = cameFrom.get(at)) {
                    choices.add(choiceInto.get(at));
                }
                Collections.reverse(choices);
                return choices;
            }
            List<String> enabled = node.enabled();
            for (int i = 0; i < enabled.size(); i++) {
                StateNode successor = node.successor(i);
                if (successor != null && successor != StateNode.CLAIMED && !successor.done()
                        && successor.enabled() != null && !cameFrom.containsKey(successor)) {
                    cameFrom.put(successor, node);
                    choiceInto.put(successor, i);
                    queue.add(successor);
                }
            }
        }
        return null;
    }
}
