package org.comlife.checks.exhaustive;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The end of a round of a reduced exploration (no work left): every state's selection is
 * checked against what the threads are now known to do ({@link StubbornSets}), and what the
 * proof of the reduction assumes of the explored graph is checked too:
 *
 * <table>
 *   <caption>What the end of a round finds, and what follows</caption>
 *   <tr><th>found</th><th>outcome</th></tr>
 *   <tr><td>a state whose closure now has enabled members not selected</td><td>they are selected: another round</td></tr>
 *   <tr><td>a step after which a thread enabled before it is not (and the step did not end that thread)</td>
 *       <td>an error: the reduction assumes no step disables another</td></tr>
 *   <tr><td>a cycle of explored steps</td><td>an error: the program can run forever, and the reduction's
 *       proof needs an acyclic graph</td></tr>
 *   <tr><td>none of these</td><td>the exploration is complete</td></tr>
 * </table>
 */
final class ReductionRounds {
    /** What a round's end found: more to explore, an error, or neither (complete). */
    record Outcome(boolean more, String error) {
    }

    private ReductionRounds() {
    }

    /** Checks every state; selects what is missing. Call it only while no run is under way. */
    static Outcome check(ExploredGraph graph, Reduction reduction) {
        boolean more = false;
        for (StateNode node : graph.states().values()) {
            List<String> enabled = node.enabled();
            if (node.violating() || enabled == null || enabled.isEmpty()) {
                continue;
            }
            NodeFacts facts = node.facts;
            for (int i = 0; i < enabled.size(); i++) {
                if (!node.isSelected(i)) {
                    continue;
                }
                StateNode next = node.successor(i);
                if (next == null || next == StateNode.CLAIMED || facts.step(i) == null) {
                    return new Outcome(false, "a selected choice of a state was never taken (" + enabled.get(i) + ")");
                }
                String disabled = disabled(enabled, i, next, facts, reduction);
                if (disabled != null) {
                    return new Outcome(false, "the step of " + enabled.get(i) + " disabled " + disabled
                            + ", which could run before it: partial-order reduction assumes no step disables another"
                            + " (explore without reductions)");
                }
            }
            int required = reduction.stubborn.required(enabled, facts, node.selected());
            if ((required & ~node.selected()) != 0) {
                node.select(node.selected() | required);
                more = true;
            }
        }
        if (!more && hasCycle(graph)) {
            return new Outcome(false, "the explored steps form a cycle: the program can run forever, and "
                    + "partial-order reduction needs every run to end (explore without reductions)");
        }
        return new Outcome(more, null);
    }

    /**
     * A thread enabled before the step of choice {@code taken} and not after it, unless the step
     * ended it. Interchangeable threads are renamed from state to state, so they are counted per
     * group: a group with fewer enabled members after the step (its stepping member apart) lost one.
     */
    private static String disabled(List<String> enabled, int taken, StateNode next, NodeFacts facts,
                                   Reduction reduction) {
        List<String> after = next.enabled();
        if (after == null || facts.recheck()) {
            return null;
        }
        Map<String, Integer> groupsAfter = new HashMap<>();
        for (String thread : after) {
            groupsAfter.merge(reduction.classes.threadKey(thread), 1, Integer::sum);
        }
        Map<String, Integer> groupsBefore = new HashMap<>();
        for (int j = 0; j < enabled.size(); j++) {
            String thread = enabled.get(j);
            String key = reduction.classes.threadKey(thread);
            if (j == taken || facts.step(taken).writes(reduction.classes.threadState(thread))) {
                continue;
            }
            if (key.equals(thread) ? !after.contains(thread)
                    : groupsBefore.merge(key, 1, Integer::sum) > groupsAfter.getOrDefault(key, 0)) {
                return thread;
            }
        }
        return null;
    }

    /** Whether the selected, taken choices form a cycle: a depth-first search that meets a state on its own path. */
    private static boolean hasCycle(ExploredGraph graph) {
        Map<StateNode, Boolean> onPath = new IdentityHashMap<>();
        for (StateNode root : graph.states().values()) {
            if (onPath.containsKey(root)) {
                continue;
            }
            Deque<StateNode> path = new ArrayDeque<>();
            Deque<Integer> nextChoice = new ArrayDeque<>();
            path.push(root);
            nextChoice.push(0);
            onPath.put(root, true);
            while (!path.isEmpty()) {
                StateNode node = path.peek();
                int choice = nextChoice.pop();
                List<String> enabled = node.enabled();
                if (enabled == null || choice >= enabled.size()) {
                    onPath.put(path.pop(), false);
                    continue;
                }
                nextChoice.push(choice + 1);
                StateNode next = node.isSelected(choice) ? node.successor(choice) : null;
                if (next == null || next == StateNode.CLAIMED) {
                    continue;
                }
                Boolean seen = onPath.get(next);
                if (Boolean.TRUE.equals(seen)) {
                    return true;
                }
                if (seen == null) {
                    onPath.put(next, true);
                    path.push(next);
                    nextChoice.push(0);
                }
            }
        }
        return false;
    }
}
