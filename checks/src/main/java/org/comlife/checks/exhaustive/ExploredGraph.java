package org.comlife.checks.exhaustive;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The states an exploration has met and the choices between them, shared by its workers. Besides
 * finding a state by its text, it keeps the states that may still have a choice nobody has
 * taken, shallowest first: a run that starts again from the initial state heads for the
 * shallowest of them. This order needs about as few runs as there can be (the README has the
 * measurements), because a run that leaves work behind at every state it passes finds work ahead
 * of it when its path joins one already taken.
 *
 * <p>It also tracks which states are done, from the end backwards: a state is done when every
 * choice out of it leads to a done state, so a search for work ahead of a run never enters a
 * finished part of the graph.
 */
final class ExploredGraph {
    private final ConcurrentHashMap<ExploredState, StateNode> nodes = new ConcurrentHashMap<>();
    private final LineTable lines = new LineTable();
    private final Object lock = new Object();
    private final AtomicReference<StateNode> initial = new AtomicReference<>();
    // Guarded by lock.
    private final PriorityQueue<Entry> withWork = new PriorityQueue<>();
    private long added;

    private record Entry(int depth, long order, StateNode node) implements Comparable<Entry> {
        @Override
        public int compareTo(Entry other) {
            return depth != other.depth ? Integer.compare(depth, other.depth) : Long.compare(order, other.order);
        }
    }

    /** The numbering of the lines of this graph's states. */
    LineTable lines() {
        return lines;
    }

    /** The node of a state already met, or null. */
    StateNode known(ExploredState state) {
        return nodes.get(state);
    }

    /** Adds a newly met state; the node that stands for it (another worker's, if it added it first). */
    StateNode add(ExploredState state, StateNode node) {
        StateNode earlier = nodes.putIfAbsent(state, node);
        return earlier == null ? node : earlier;
    }

    /** The texts of the states in which the program ended (nothing enabled, no invariant broken), sorted. */
    List<String> endStates() {
        return endStates(null);
    }

    /** As {@link #endStates()}, each written as {@code texts} has it (null: as this graph keeps it), without repeats. */
    List<String> endStates(Map<StateNode, String> texts) {
        List<String> lines = this.lines.inOrder();
        java.util.Set<String> ends = new java.util.TreeSet<>();
        for (Map.Entry<ExploredState, StateNode> entry : nodes.entrySet()) {
            List<String> enabled = entry.getValue().enabled();
            if (!entry.getValue().violating() && enabled != null && enabled.isEmpty()) {
                if (texts != null) {
                    ends.add(texts.get(entry.getValue()));
                    continue;
                }
                StringBuilder text = new StringBuilder();
                for (int number : entry.getKey().numbers()) {
                    text.append(text.length() == 0 ? "" : "\n").append(lines.get(number));
                }
                ends.add(text.toString());
            }
        }
        return new ArrayList<>(ends);
    }

    /** Every state met, by its text (for a checkpoint). */
    Map<ExploredState, StateNode> states() {
        return Collections.unmodifiableMap(nodes);
    }

    /** The state every run starts in, or null before the first run has looked. */
    StateNode initial() {
        return initial.get();
    }

    /** Whether {@code node} is the state every run starts in (the first run's, recorded by this call). */
    boolean isInitial(StateNode node) {
        return initial.compareAndSet(null, node) || initial.get() == node;
    }

    int size() {
        return nodes.size();
    }

    /**
     * Records the threads a state enables, the first time a run learns them; false when they
     * were known and differ (the program is not deterministic given the state).
     */
    boolean learnEnabled(StateNode node, List<String> threads) {
        return learnEnabled(node, threads, -1);
    }

    /**
     * As {@link #learnEnabled(StateNode, List)}, selecting the choices to explore (a bit each)
     * when this is the first time.
     */
    boolean learnEnabled(StateNode node, List<String> threads, int selected) {
        synchronized (lock) {
            if (!node.learnEnabled(threads)) {
                return node.sameEnabled(threads);
            }
            node.select(selected);
            node.open = node.selectedCount();
            if (threads.isEmpty()) {
                markDone(node);
            } else {
                withWork.add(new Entry(node.depth, added++, node));
            }
        }
        return true;
    }

    /**
     * Selects more choices of a state that is not done (partial-order reduction found they are
     * needed); they become work.
     */
    void select(StateNode node, int choices) {
        synchronized (lock) {
            int before = node.selectedCount();
            node.select(node.selected() | choices);
            int more = node.selectedCount() - before;
            if (more == 0) {
                return;
            }
            if (node.done()) {
                throw new IllegalStateException("choices selected in a state already done");
            }
            node.open += more;
            withWork.add(new Entry(node.depth, added++, node));
        }
    }

    /**
     * Works out again from the whole graph which states are done and which have work, after
     * choices were selected in states that may have been done (the end of a round of a reduced
     * exploration). Call it only while no run is under way.
     */
    void reopen() {
        synchronized (lock) {
            withWork.clear();
            List<StateNode> finished = new ArrayList<>();
            for (StateNode node : nodes.values()) {
                node.resetDone();
            }
            for (StateNode node : nodes.values()) {
                List<String> enabled = node.enabled();
                if (node.violating()) {
                    finished.add(node);
                    continue;
                }
                if (enabled == null) {
                    continue; // never stood in by a run: not done, and no work known
                }
                boolean untaken = false;
                for (int i = 0; i < enabled.size(); i++) {
                    if (!node.isSelected(i)) {
                        continue;
                    }
                    node.open++;
                    StateNode successor = node.successor(i);
                    if (successor == null || successor == StateNode.CLAIMED) {
                        untaken = true;
                    } else {
                        successor.waiting.add(node);
                    }
                }
                if (node.open == 0) {
                    finished.add(node);
                }
                if (untaken) {
                    withWork.add(new Entry(node.depth, added++, node));
                }
            }
            for (StateNode node : finished) {
                if (!node.done() || node.violating()) {
                    markDone(node);
                }
            }
        }
    }

    /** Records where a claimed choice led, and whether that makes its state done. */
    void resolve(StateNode from, int choice, StateNode to) {
        from.setSuccessor(choice, to);
        synchronized (lock) {
            if (to.done()) {
                closeOne(from);
            } else {
                to.waiting.add(from);
            }
        }
    }

    /**
     * Claims a choice of the shallowest state that has one nobody took, and returns the choices
     * from the initial state that lead there followed by the claimed one; null when no state has one.
     */
    List<Integer> claimShallowest() {
        synchronized (lock) {
            while (!withWork.isEmpty()) {
                StateNode node = withWork.peek().node();
                int choice = node.claimUntaken();
                if (choice >= 0) {
                    List<Integer> path = new ArrayList<>(node.depth + 1);
                    path.add(choice);
                    for (StateNode at = node; at.parent != null; at = at.parent) {
                        path.add(at.parentChoice);
                    }
                    Collections.reverse(path);
                    return path;
                }
                withWork.poll(); // every choice taken or being taken: never work again
            }
            return null;
        }
    }

    /** One more choice of {@code node} leads to a done state; done itself when that was the last. */
    private void closeOne(StateNode node) {
        if (--node.open == 0) {
            markDone(node);
        }
    }

    /** Marks a state done, and every state waiting on it whose last open choice that closes, and so on. */
    private void markDone(StateNode first) {
        Deque<StateNode> finished = new ArrayDeque<>();
        finished.push(first);
        while (!finished.isEmpty()) {
            StateNode node = finished.pop();
            node.setDone();
            List<StateNode> told = node.waiting;
            node.waiting = null;
            for (StateNode waiter : told == null ? List.<StateNode>of() : told) {
                if (--waiter.open == 0) {
                    finished.push(waiter);
                }
            }
        }
    }
}
