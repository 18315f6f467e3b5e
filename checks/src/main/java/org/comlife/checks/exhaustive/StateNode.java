package org.comlife.checks.exhaustive;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * One distinct state in the graph an exploration has met: the threads it enables (learnt the
 * first time a run stands in it and the scheduler asks which to run) and, for each, where that
 * choice leads — not taken yet, claimed by a run that is taking it now, or the state it led to.
 * It also keeps the choice that first led into it, so a run can get back to it from the initial
 * state, and whether it is done: every choice out of it resolved and every state they lead to
 * done, so nothing is left to explore from it. A violating state is never expanded: done at once.
 * The bookkeeping of done is {@link ExploredGraph}'s, under its lock.
 */
final class StateNode {
    /** Marks a choice a run is taking now: the state it leads to is not known yet. */
    static final StateNode CLAIMED = new StateNode(false, null, -1, -1);

    private final boolean violating;
    /** The state whose choice first led here (null for the initial state), and that choice. */
    final StateNode parent;
    final int parentChoice;
    /** Steps from the initial state along the first path that led here. */
    final int depth;
    /** Null until a run learns which threads this state enables. */
    private volatile List<String> enabled;
    private volatile AtomicReferenceArray<StateNode> successors;
    private volatile boolean done;
    /** What partial-order reduction keeps of this state; null when the exploration is not reduced. */
    final NodeFacts facts;
    /** The choices to explore, a bit each ({@link StubbornSets}); every choice when not reduced. */
    private volatile int selected = -1;

    // Guarded by the graph's lock.
    /** Choices out of here not yet known to lead to a done state. */
    int open;
    /** The states with a choice leading here, told when this one is done (one entry per such choice). */
    List<StateNode> waiting = new ArrayList<>(2);

    StateNode(boolean violating, StateNode parent, int parentChoice, int depth) {
        this(violating, parent, parentChoice, depth, null);
    }

    StateNode(boolean violating, StateNode parent, int parentChoice, int depth, NodeFacts facts) {
        this.violating = violating;
        this.parent = parent;
        this.parentChoice = parentChoice;
        this.depth = depth;
        this.done = violating;
        this.facts = facts;
    }

    /** Whether choice {@code index} is one to explore. */
    boolean isSelected(int index) {
        return index >= 31 || (selected & (1 << index)) != 0;
    }

    /** The choices to explore, a bit each. */
    int selected() {
        return selected;
    }

    /** Sets the choices to explore; the graph keeps its count of open choices in step. */
    void select(int choices) {
        selected = choices;
    }

    /** How many of the choices are to be explored. */
    int selectedCount() {
        List<String> threads = enabled;
        int count = 0;
        for (int i = 0; threads != null && i < threads.size(); i++) {
            count += isSelected(i) ? 1 : 0;
        }
        return count;
    }

    boolean violating() {
        return violating;
    }

    List<String> enabled() {
        return enabled;
    }

    /**
     * Records the threads this state enables; true for the first run to learn them. The
     * program is deterministic given the state, so a later run that is offered others has found
     * nondeterminism ({@link #sameEnabled}).
     */
    synchronized boolean learnEnabled(List<String> threads) {
        if (enabled != null) {
            return false;
        }
        successors = new AtomicReferenceArray<>(threads.size());
        // The scheduler writes each name afresh at every step: one copy of each is kept.
        List<String> names = new ArrayList<>(threads.size());
        for (String thread : threads) {
            names.add(thread.intern());
        }
        enabled = List.copyOf(names);
        return true;
    }

    boolean sameEnabled(List<String> threads) {
        return enabled.equals(threads);
    }

    /** The state choice {@code index} leads to, {@link #CLAIMED} while it is being taken, or null if not taken. */
    StateNode successor(int index) {
        return successors.get(index);
    }

    /** Claims the first choice nobody has taken; its index, or -1 when there is none (or none known yet). */
    int claimUntaken() {
        AtomicReferenceArray<StateNode> choices = successors;
        if (choices == null) {
            return -1;
        }
        for (int i = 0; i < choices.length(); i++) {
            if (isSelected(i) && choices.get(i) == null && choices.compareAndSet(i, null, CLAIMED)) {
                return i;
            }
        }
        return -1;
    }

    /** Claims choice {@code index} if nobody has taken it. */
    boolean claim(int index) {
        return successors.compareAndSet(index, null, CLAIMED);
    }

    void setSuccessor(int index, StateNode successor) {
        successors.set(index, successor);
    }

    boolean done() {
        return done;
    }

    void setDone() {
        done = true;
    }

    /** Forgets whether this state is done, for the graph to work it out again (violating states stay done). */
    void resetDone() {
        done = violating;
        open = 0;
        waiting = new ArrayList<>(2);
    }
}
