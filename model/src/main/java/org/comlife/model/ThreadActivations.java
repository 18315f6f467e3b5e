package org.comlife.model;

import java.util.Arrays;

/**
 * The activations under way on one logical thread, numbered: the journal records with each
 * call which activation made it, and an explorer asks which results the thread's code can
 * still hold.
 *
 * <p>An activation is a run of code on the thread that COM started: an API call, or a call
 * posted to the thread's STA that COM dispatches while the thread pumps. They nest, innermost
 * last: the pumping API call, the dispatched call inside it, the API calls its object code
 * makes. Each gets the next number; 0 stands for the thread's own code, under every
 * activation. Only the thread itself changes this state.
 *
 * <table>
 *   <caption>The state table</caption>
 *   <tr><th>event</th><th>effect</th><th>answers</th></tr>
 *   <tr><td>{@link #begin}</td><td>push the next number</td><td>-</td></tr>
 *   <tr><td>{@link #end}</td><td>pop the innermost</td><td>the activation that made it (the new innermost, or 0)</td></tr>
 *   <tr><td>{@link #caller}</td><td>-</td><td>the innermost, or 0</td></tr>
 *   <tr><td>{@link #canSeeResultsOf}</td><td>-</td><td>whether that activation is 0 or still under way</td></tr>
 * </table>
 */
final class ThreadActivations {
    /** How many activations this thread has begun: the latest's number. */
    @Untracked("only the thread itself changes or reads it during a step; explorers read it between steps")
    private int begun;
    /** The numbers of the activations under way, innermost last. */
    @Untracked("only the thread itself changes or reads it during a step; explorers read it between steps")
    private int[] underWay = new int[4];
    @Untracked("only the thread itself changes or reads it during a step; explorers read it between steps")
    private int count;

    /** An activation begins: an API call, or a dispatched call COM runs on the thread. */
    void begin() {
        if (count == underWay.length) {
            underWay = Arrays.copyOf(underWay, count * 2);
        }
        underWay[count++] = ++begun;
    }

    /** Ends the innermost activation; returns who made it (0: the thread's own code). */
    int end() {
        count--;
        return caller();
    }

    /** The activation under way that a call made now is made by: 0 for the thread's own code. */
    int caller() {
        return count == 0 ? 0 : underWay[count - 1];
    }

    /** The thread's own code always; an activation only while it is under way. */
    boolean canSeeResultsOf(int caller) {
        if (caller == 0) {
            return true;
        }
        for (int i = 0; i < count; i++) {
            if (underWay[i] == caller) {
                return true;
            }
        }
        return false;
    }
}
