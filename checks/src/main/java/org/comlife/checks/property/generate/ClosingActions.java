package org.comlife.checks.property.generate;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.SplittableRandom;
import org.comlife.checks.property.action.Action;
import org.comlife.checks.property.action.ActionKind;
import org.comlife.checks.property.chain.ChainStep;
import org.comlife.checks.property.state.ChainState;

/**
 * The closing part of a chain: whatever the free part left open is given back in a random order
 * (the kinds with a closing weight: streams unmarshaled or discarded, locks undone, cookies
 * revoked, pointers released), then some threads end (the kinds with ending odds). With misuses
 * enabled, a few misuse actions may slip in, and each kind with a placement for an enabled misuse
 * places one of its groups of steps, once, when the state offers one.
 */
final class ClosingActions {
    /** How many misuse actions the closing part may add: it must still end. */
    private static final int MISUSES_WHILE_CLOSING = 2;

    private ClosingActions() {
    }

    static void append(ChainState state, SplittableRandom random, Vocabulary vocabulary, List<ChainStep> steps) {
        List<ActionKind> kinds = vocabulary.kinds();
        List<ActionKind> misuses = new ArrayList<>();
        List<ActionKind> unplaced = new ArrayList<>();
        for (ActionKind kind : kinds) {
            if (kind.misuse() != null && kind.weight() > 0) {
                misuses.add(kind);
            }
            if (kind.placement() != null && vocabulary.allows(kind.placement().enabledBy())) {
                unplaced.add(kind);
            }
        }
        int misusesLeft = misuses.isEmpty() ? 0 : MISUSES_WHILE_CLOSING;
        while (true) {
            for (Iterator<ActionKind> pending = unplaced.iterator(); pending.hasNext(); ) {
                ActionKind kind = pending.next();
                if (random.nextBoolean() && place(state, random, kind, steps)) {
                    pending.remove();
                }
            }
            ChainStep step = null;
            if (misusesLeft > 0 && random.nextInt(3) == 0) {
                step = WeightedPick.step(state, random, misuses, ActionKind::weight);
                misusesLeft--;
            }
            if (step == null) {
                step = WeightedPick.step(state, random, kinds, ActionKind::closingWeight);
            }
            if (step == null) {
                break;
            }
            add(state, steps, step);
        }
        if (misusesLeft > 0 && random.nextBoolean()) {
            ChainStep late = WeightedPick.step(state, random, misuses, ActionKind::weight);
            if (late != null) {
                add(state, steps, late);
            }
        }
        endThreads(state, random, kinds, steps);
    }

    /** Places one of the kind's groups whose steps are valid in order; false when the state offers none. */
    private static boolean place(ChainState state, SplittableRandom random, ActionKind kind, List<ChainStep> steps) {
        List<List<ChainStep>> valid = new ArrayList<>();
        for (List<ChainStep> group : kind.placement().groups().apply(state)) {
            if (validInOrder(state.copy(), group)) {
                valid.add(group);
            }
        }
        if (valid.isEmpty()) {
            return false;
        }
        for (ChainStep step : valid.get(random.nextInt(valid.size()))) {
            add(state, steps, step);
        }
        return true;
    }

    private static boolean validInOrder(ChainState trial, List<ChainStep> group) {
        for (ChainStep step : group) {
            if (step.action().precondition(trial, step.thread()) != null) {
                return false;
            }
            step.action().apply(trial, step.thread());
        }
        return true;
    }

    /** Each thread, in a random order, may end with the first ending kind it can take that its odds choose. */
    private static void endThreads(ChainState state, SplittableRandom random, List<ActionKind> kinds,
                                   List<ChainStep> steps) {
        List<Integer> order = new ArrayList<>();
        for (int thread = 0; thread < state.threads().size(); thread++) {
            order.add(random.nextInt(order.size() + 1), thread);
        }
        for (int thread : order) {
            for (ActionKind kind : kinds) {
                Action ends = ending(kind, state, thread);
                if (ends != null && random.nextInt(4) < kind.endingOdds(state, thread)) {
                    add(state, steps, new ChainStep(thread, ends));
                    break;
                }
            }
        }
    }

    /** The kind's action that may end the thread now, or null. */
    private static Action ending(ActionKind kind, ChainState state, int thread) {
        if (kind.endingOdds(state, thread) == 0) {
            return null;
        }
        for (Action candidate : kind.candidates().apply(state)) {
            if (candidate.precondition(state, thread) == null) {
                return candidate;
            }
        }
        return null;
    }

    private static void add(ChainState state, List<ChainStep> steps, ChainStep step) {
        step.action().apply(state, step.thread());
        steps.add(step);
    }
}
