package org.comlife.checks.cli;

import org.comlife.checks.faults.Fault;
import org.comlife.checks.matrix.JournalCounterexample;
import org.comlife.checks.matrix.PropertyEngine;
import org.comlife.checks.property.PropertySettings;
import org.comlife.checks.property.Replay;
import org.comlife.checks.property.execute.CaseProperty;
import org.comlife.checks.property.execute.CaseRun;
import org.comlife.model.runtime.RuntimeHelpers;

/**
 * Replays the property engine's case from its seed: the same chain and the same random
 * interleaving, generated as the hunt generated it for the row (a fault's misuses enabled, or
 * correct chains for the implementation under test), run against the implementation given.
 */
final class CaseReplay {
    private CaseReplay() {
    }

    /** {@code fault} null: the reference row's correct chains. */
    static Replayed run(Fault fault, long caseSeed, RuntimeHelpers helpers) {
        PropertySettings settings = fault == null ? PropertySettings.defaults(caseSeed)
                : PropertyEngine.huntSettings(fault, caseSeed, 1);
        CaseRun run = Replay.generatedCase(caseSeed, settings.withImplementation(helpers), CaseProperty.INVARIANTS_ONLY);
        int last = run.journal().isEmpty() ? 0 : run.journal().get(run.journal().size() - 1).step();
        if (!run.failed()) {
            return Replayed.clean(JournalCounterexample.of(run.journal(), 0, "no invariant broken", null, null));
        }
        String problem = run.failure().headline();
        return new Replayed(null, problem, run.failure().invariant(), Replayed.categoryOf(problem),
                JournalCounterexample.of(run.journal(), last, problem, null, null));
    }
}
