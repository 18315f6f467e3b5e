package org.comlife.model.journal;

import org.comlife.model.Invariant;

/**
 * A broken rule of the contract, detected by the model itself (the sanitizer): the invariant's
 * identity (one of the contract's ten, as in com-contract.md), what happened, where, and the journal step that
 * was the next to be recorded when it was detected (0 in a world that keeps no journal).
 */
public final class Violation {
    private final Invariant invariant;
    private final String description;
    private final String process;
    private final String thread;
    private final int step;

    public Violation(Invariant invariant, String description, String process, String thread, int step) {
        this.invariant = invariant;
        this.description = description;
        this.process = process;
        this.thread = thread;
        this.step = step;
    }

    public Invariant invariant() {
        return invariant;
    }

    public String description() {
        return description;
    }

    public String process() {
        return process;
    }

    public String thread() {
        return thread;
    }

    public int step() {
        return step;
    }

    @Override
    public String toString() {
        return "invariant " + invariant.number() + (step > 0 ? " at step " + step : "") + " (" + process + "/" + thread
                + "): " + description;
    }
}
