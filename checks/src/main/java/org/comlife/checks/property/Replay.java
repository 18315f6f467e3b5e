package org.comlife.checks.property;

import java.util.List;
import org.comlife.checks.property.chain.ActionChain;
import org.comlife.checks.property.execute.CaseProperty;
import org.comlife.checks.property.execute.CaseRun;
import org.comlife.checks.property.execute.CaseRunner;
import org.comlife.checks.property.generate.ChainGenerator;
import org.comlife.checks.property.report.Counterexample;
import org.comlife.checks.schedule.ReplayChooser;
import org.comlife.model.runtime.RuntimeHelpers;

/**
 * Reproduces a case exactly: from its case seed (the generated chain and its random schedule,
 * as when it was found) or from a chain and a recorded schedule (a shrunk counterexample, step
 * for step). The journal of a replay equals the journal of the original run.
 */
public final class Replay {
    private Replay() {
    }

    /** The case the seed generates under these settings, run on its own scheduler seed. */
    public static CaseRun generatedCase(long caseSeed, PropertySettings settings, CaseProperty property) {
        return new CaseRunner(settings.implementation(), property).run(ChainGenerator.generate(caseSeed,
                settings.generation()));
    }

    /** A chain run along a recorded schedule (the thread of every step). */
    public static CaseRun schedule(ActionChain chain, List<String> schedule, RuntimeHelpers implementation,
                                   CaseProperty property) {
        return new CaseRunner(implementation, property).run(chain, new ReplayChooser(schedule));
    }

    /** A counterexample's minimal run, replayed against the implementation it was found with. */
    public static CaseRun counterexample(Counterexample counterexample, RuntimeHelpers implementation) {
        return schedule(counterexample.minimal().chain(), counterexample.minimal().schedule(), implementation,
                CaseProperty.INVARIANTS_ONLY);
    }
}
