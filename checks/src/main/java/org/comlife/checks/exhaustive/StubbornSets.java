package org.comlife.checks.exhaustive;

import java.util.ArrayList;
import java.util.List;

/**
 * Partial-order reduction: which of the threads a state enables must be explored from it. The
 * answer is a stubborn set of threads, closed under three rules, with footprints of steps
 * learnt by running them ({@link EntityClasses}) and what each thread may still do learnt from
 * the steps it was seen to take ({@link ThreadFutures}):
 *
 * <table>
 *   <caption>The closure of a set T of threads in a state</caption>
 *   <tr><th>member r of T</th><th>adds every thread q (of the state, or not started yet) such that</th></tr>
 *   <tr><td>enabled</td><td>the footprint of r's step conflicts with what q may still do, or writes q's own
 *       state (its process ends it, or r starts it)</td></tr>
 *   <tr><td>blocked</td><td>q may still write something deciding whether r can go on reads</td></tr>
 *   <tr><td>not started</td><td>q may still write r's own state (start it)</td></tr>
 * </table>
 *
 * The explored choices are the enabled members of T. A state's choices go through these states:
 *
 * <table>
 *   <caption>One state's choices over an exploration</caption>
 *   <tr><th>when</th><th>what is selected</th></tr>
 *   <tr><td>a run learns the enabled threads</td><td>the smallest closure of one enabled thread, with each
 *       untaken step's footprint guessed from what its thread did at the same progress elsewhere (nothing
 *       when never seen)</td></tr>
 *   <tr><td>a selected step is taken</td><td>its footprint replaces the guess, the thread's futures grow, the
 *       closure of the selection is worked out again and its new enabled members are selected</td></tr>
 *   <tr><td>no work is left (end of a round)</td><td>every state's closure is worked out again with the
 *       futures as they now are; if any state needs more, those choices are selected and another round
 *       runs; otherwise the exploration is complete</td></tr>
 *   <tr><td>one choice only, or a blocked thread looking again because nobody could run</td><td>that
 *       choice</td></tr>
 * </table>
 *
 * <p><b>Why the verdicts are kept.</b> When the last round ends, every explored state x has a
 * selection P(x) that is the enabled part of a closed set T(x), computed with the final
 * futures, and the explored graph R is acyclic (checked; a cycle is an error, never a verdict).
 * Claim: for every path w of the full graph from an explored state x, R has a path from x
 * equivalent to w·v for some v (equivalence: reordering adjacent steps whose footprints do not
 * conflict; such steps commute, and each keeps its footprint, because a step behaves the same
 * until it first touches something the other wrote). By induction on the height of x in R.
 * A lemma first: a step of a thread q outside T(x) on a path w of threads outside T(x) is
 * independent of every selected step p and is in what q may still do at x. Indeed, moving p
 * to the front of the path so far, the step of q after p behaves the same up to its first
 * conflicting access, which it therefore makes too; by the claim at x.p (lower in R) it shows
 * up, as the same step, in R after x.p, at a progress of q no lower than at x, so it is in q's
 * futures at x, and a conflict with p would have put q into T(x). Then: if w contains a step of
 * T(x), its first is by an enabled member p (a blocked member can only be woken by a write that
 * the second rule put into T; a thread not started, by the third), p commutes to the front and
 * the claim at x.p finishes; otherwise any selected p commutes with all of w (and no step of w
 * disables it: checked on every explored step), so w·p ≡ p·w. Hence every end state of the full
 * graph is in R. For the invariants checked in every state: a step that changes what they read
 * of a process ({@link ObservedState}) is given a write of that process's observed class, so
 * such steps keep their order, and the prefix of R's path up to the last of them that w
 * contains has the same observed state as w's end. A broken invariant found in R is a real
 * one (R's paths are runs of the program); one in the full graph shows up in R.
 *
 * <p>The argument assumes what the explorer already assumes (a thread's code is deterministic
 * given the state; threads share nothing outside the model that the model does not order) and
 * that the model reports every access ({@code StateAccess}), which a test of the model checks.
 */
final class StubbornSets {
    private final EntityClasses classes;
    private final ThreadFutures futures;

    StubbornSets(EntityClasses classes, ThreadFutures futures) {
        this.classes = classes;
        this.futures = futures;
    }

    /** The choices to select first in a state: the enabled part of the smallest closure of one enabled thread. */
    int seed(List<String> enabled, NodeFacts facts) {
        if (enabled.size() <= 1 || facts.recheck()) {
            return all(enabled.size());
        }
        int best = all(enabled.size());
        for (int choice = 0; choice < enabled.size(); choice++) {
            int closure = required(enabled, facts, 1 << choice);
            if (Integer.bitCount(closure) < Integer.bitCount(best)) {
                best = closure;
            }
        }
        return best;
    }

    /** The enabled part of the closure of the selected choices (a bit per choice). */
    int required(List<String> enabled, NodeFacts facts, int selected) {
        if (enabled.size() <= 1 || facts.recheck() || enabled.size() > 30) {
            return all(enabled.size());
        }
        List<String> universe = universe(facts);
        boolean[] member = new boolean[universe.size()];
        List<Integer> queue = new ArrayList<>();
        for (int choice = 0; choice < enabled.size(); choice++) {
            if ((selected & (1 << choice)) != 0) {
                int at = universe.indexOf(enabled.get(choice));
                member[at] = true;
                queue.add(at);
            }
        }
        while (!queue.isEmpty()) {
            int r = queue.remove(queue.size() - 1);
            String thread = universe.get(r);
            int choice = enabled.indexOf(thread);
            int index = facts.indexOf(thread);
            for (int q = 0; q < universe.size(); q++) {
                if (!member[q] && adds(thread, choice, index, facts, universe.get(q))) {
                    member[q] = true;
                    queue.add(q);
                }
            }
        }
        int required = 0;
        for (int choice = 0; choice < enabled.size(); choice++) {
            if (member[universe.indexOf(enabled.get(choice))]) {
                required |= 1 << choice;
            }
        }
        return required;
    }

    /** Whether member r (a choice, or a thread of the state, or one not started) of T forces q into T. */
    private boolean adds(String r, int choice, int index, NodeFacts facts, String q) {
        Footprint qMay = mayStillDo(q, facts);
        if (choice >= 0) {
            Footprint step = facts.step(choice);
            if (step == null) {
                step = futures.at(classes.threadKey(r), facts.progress[index]);
            }
            return step != null && (step.conflicts(qMay) || step.writes(classes.threadState(q)));
        }
        if (index >= 0) {
            Footprint wait = facts.waitOf(index);
            return wait != null && qMay.writesAnyOf(wait);
        }
        return qMay.writes(classes.threadState(r));
    }

    /** What thread q may still do from this state: from its progress here, or all it was seen to do if not started. */
    private Footprint mayStillDo(String q, NodeFacts facts) {
        int progress = facts.progressOf(q);
        return futures.from(classes.threadKey(q), Math.max(progress, 0));
    }

    /**
     * The threads the closure ranges over: those of the state that have not ended, and every
     * thread key seen elsewhere that the state has not met (a server not launched yet).
     */
    private List<String> universe(NodeFacts facts) {
        List<String> universe = new ArrayList<>();
        List<String> keysHere = new ArrayList<>();
        for (int i = 0; i < facts.threads.size(); i++) {
            keysHere.add(classes.threadKey(facts.threads.get(i)));
            if (facts.progress[i] >= 0) {
                universe.add(facts.threads.get(i));
            }
        }
        for (String key : futures.threads()) {
            if (!keysHere.contains(key)) {
                universe.add(key);
            }
        }
        return universe;
    }

    static int all(int choices) {
        return choices >= 31 ? -1 : (1 << choices) - 1;
    }
}
