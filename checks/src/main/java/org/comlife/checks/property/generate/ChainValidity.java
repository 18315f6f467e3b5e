package org.comlife.checks.property.generate;

import org.comlife.checks.property.chain.ActionChain;
import org.comlife.checks.property.chain.ChainStep;
import org.comlife.checks.property.state.ChainState;

/**
 * Whether a chain is a valid use of the API (every action's precondition holds in generation
 * order, and everything taken is given back by the end), and the abstract state it ends in.
 * Generated chains are valid by construction; the shrinker keeps only valid candidates, so a
 * shrunk counterexample never shows a bug the chain itself made up.
 */
public final class ChainValidity {
    private ChainValidity() {
    }

    /** Why the chain is not valid, or null when it is. */
    public static String check(ActionChain chain) {
        if (chain.server().workerRevokes() && !chain.server().worker()) {
            return "a revoking worker needs a worker thread";
        }
        ChainState state = new ChainState(chain.threads(), chain.server());
        int number = 1;
        for (ChainStep step : chain.steps()) {
            if (step.thread() < 0 || step.thread() >= chain.threads().size()) {
                return "step " + number + " names no thread";
            }
            String reason = step.action().precondition(state, step.thread());
            if (reason != null) {
                return "step " + number + " (" + step.action().describe() + "): " + reason;
            }
            step.action().apply(state, step.thread());
            number++;
        }
        return state.openHandles();
    }

    /** The abstract state after every step of a valid chain. */
    public static ChainState finalState(ActionChain chain) {
        String reason = check(chain);
        if (reason != null) {
            throw new IllegalArgumentException("not a valid chain: " + reason);
        }
        ChainState state = new ChainState(chain.threads(), chain.server());
        for (ChainStep step : chain.steps()) {
            step.action().apply(state, step.thread());
        }
        return state;
    }
}
