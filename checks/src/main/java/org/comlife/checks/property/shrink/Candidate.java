package org.comlife.checks.property.shrink;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.comlife.checks.property.action.Action;
import org.comlife.checks.property.chain.ActionChain;
import org.comlife.checks.property.chain.ChainStep;

/**
 * A chain one shrink step away, and which steps of the current chain it removed (empty when it
 * only made something plainer): the shrinker replays the current schedule without those steps' turns.
 */
public record Candidate(ActionChain chain, Set<Integer> removed) {

    public Candidate {
        removed = Set.copyOf(removed);
    }

    /** The chain without the given steps. */
    public static Candidate without(ActionChain chain, Set<Integer> steps) {
        List<ChainStep> kept = new ArrayList<>();
        for (int i = 0; i < chain.steps().size(); i++) {
            if (!steps.contains(i)) {
                kept.add(chain.steps().get(i));
            }
        }
        return new Candidate(chain.withSteps(kept), steps);
    }

    /** One candidate per plainer action, each in place of step {@code index}. */
    public static List<Candidate> replacing(ActionChain chain, int index, List<Action> plainer) {
        List<Candidate> candidates = new ArrayList<>();
        for (Action action : plainer) {
            List<ChainStep> steps = new ArrayList<>(chain.steps());
            steps.set(index, new ChainStep(steps.get(index).thread(), action));
            candidates.add(new Candidate(chain.withSteps(steps), Set.of()));
        }
        return candidates;
    }
}
