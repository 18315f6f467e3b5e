package org.comlife.checks.property.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.ToIntFunction;
import org.comlife.checks.property.action.Action;
import org.comlife.checks.property.action.ActionKind;
import org.comlife.checks.property.chain.ChainStep;
import org.comlife.checks.property.state.ChainState;

/** Picks one valid step: a kind by weight among the kinds that have a proposal, then one proposal uniformly. */
final class WeightedPick {
    private WeightedPick() {
    }

    /** A step of one of the kinds with a positive weight, or null when none has a valid proposal. */
    static ChainStep step(ChainState state, SplittableRandom random, List<ActionKind> kinds,
                          ToIntFunction<ActionKind> weight) {
        List<ActionKind> possible = new ArrayList<>();
        List<List<ChainStep>> proposals = new ArrayList<>();
        int total = 0;
        for (ActionKind kind : kinds) {
            List<ChainStep> valid = weight.applyAsInt(kind) > 0 ? proposals(kind, state) : List.of();
            if (!valid.isEmpty()) {
                possible.add(kind);
                proposals.add(valid);
                total += weight.applyAsInt(kind);
            }
        }
        if (total == 0) {
            return null;
        }
        int ticket = random.nextInt(total);
        for (int i = 0; i < possible.size(); i++) {
            ticket -= weight.applyAsInt(possible.get(i));
            if (ticket < 0) {
                List<ChainStep> valid = proposals.get(i);
                return valid.get(random.nextInt(valid.size()));
            }
        }
        throw new IllegalStateException("weights changed while picking");
    }

    /** Every action of the kind some thread may perform in the state: its candidates, kept by its precondition. */
    static List<ChainStep> proposals(ActionKind kind, ChainState state) {
        List<Action> candidates = kind.candidates().apply(state);
        List<ChainStep> valid = new ArrayList<>();
        for (int thread = 0; thread < state.threads().size(); thread++) {
            for (Action action : candidates) {
                if (action.precondition(state, thread) == null) {
                    valid.add(new ChainStep(thread, action));
                }
            }
        }
        return valid;
    }
}
