package org.comlife.checks.property.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Predicate;
import org.comlife.checks.property.action.ActionKind;
import org.comlife.checks.property.chain.ChainStep;
import org.comlife.checks.property.state.ChainState;

/** Picks one valid step: a kind by weight among the kinds that have a proposal, then one proposal uniformly. */
final class WeightedPick {
    private WeightedPick() {
    }

    /** A step of one of the weighted kinds, or null when none has a valid proposal. */
    static ChainStep step(ChainState state, SplittableRandom random, Map<ActionKind, Integer> weights,
                          Predicate<ChainStep> permitted) {
        List<ActionKind> kinds = new ArrayList<>();
        List<List<ChainStep>> proposals = new ArrayList<>();
        int total = 0;
        for (Map.Entry<ActionKind, Integer> entry : weights.entrySet()) {
            if (entry.getValue() <= 0) {
                continue;
            }
            List<ChainStep> valid = new ArrayList<>();
            for (ChainStep proposal : ActionProposals.of(entry.getKey(), state)) {
                if (permitted.test(proposal)) {
                    valid.add(proposal);
                }
            }
            if (!valid.isEmpty()) {
                kinds.add(entry.getKey());
                proposals.add(valid);
                total += entry.getValue();
            }
        }
        if (total == 0) {
            return null;
        }
        int ticket = random.nextInt(total);
        for (int i = 0; i < kinds.size(); i++) {
            ticket -= weights.get(kinds.get(i));
            if (ticket < 0) {
                List<ChainStep> valid = proposals.get(i);
                return valid.get(random.nextInt(valid.size()));
            }
        }
        throw new IllegalStateException("weights changed while picking");
    }
}
