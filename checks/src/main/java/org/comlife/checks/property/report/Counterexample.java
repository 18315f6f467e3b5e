package org.comlife.checks.property.report;

import org.comlife.checks.property.chain.GeneratedCase;
import org.comlife.checks.property.execute.CaseRun;
import org.comlife.checks.property.shrink.ShrinkReport;
import org.comlife.model.Invariant;

/**
 * A failing case found by a property run: where it came from (the run's seed, the case's index
 * and its own seed, which alone regenerates it), the implementation, the case as generated and
 * its failing run, and the shrunk run with its recorded schedule, which replays exactly.
 */
public record Counterexample(long runSeed, int caseIndex, String implementation, String vocabulary,
                             GeneratedCase generated, CaseRun original, CaseRun minimal, ShrinkReport shrink) {

    public long caseSeed() {
        return generated.caseSeed();
    }

    /** The invariant the counterexample breaks, or null for a failure of another kind. */
    public Invariant invariant() {
        return minimal.failure().invariant();
    }
}
