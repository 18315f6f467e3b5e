package org.comlife.checks.cli;

import org.comlife.checks.lincheck.HelperCheck;
import org.comlife.checks.lincheck.LincheckFinding;
import org.comlife.checks.lincheck.LincheckOutcome;
import org.comlife.checks.lincheck.LincheckRunner;
import org.comlife.checks.lincheck.LincheckStrategy;
import org.comlife.checks.lincheck.LincheckTierBudgets;
import org.comlife.checks.lincheck.ProgramOutcome;
import org.comlife.checks.lincheck.ScenarioModelCheck;
import org.comlife.checks.matrix.LincheckEngine;
import org.comlife.checks.matrix.ProgramRef;
import org.comlife.model.runtime.RuntimeHelpers;

/**
 * Replays a Lincheck finding: Lincheck's search is deterministic given the check and the
 * implementation, so the same check (a helper check, or its model checker over a program) is run
 * again against the implementation given.
 */
final class LincheckReplay {
    private LincheckReplay() {
    }

    static Replayed run(HelperCheck check, ProgramRef program, RuntimeHelpers helpers) {
        LincheckFinding found;
        if (check != null) {
            LincheckOutcome outcome = LincheckRunner.check(check, LincheckStrategy.MODEL_CHECKING, helpers,
                    check.modelCheckingBudget());
            found = outcome.finding();
        } else {
            ProgramOutcome outcome = ScenarioModelCheck.check(program.toString(), program.program(), helpers,
                    LincheckTierBudgets.SCENARIO_INVOCATIONS);
            found = outcome.finding();
        }
        if (found == null) {
            return Replayed.clean(null);
        }
        return new Replayed(null, found.headline(), found.invariant(), Replayed.categoryOf(found.headline()),
                LincheckEngine.counterexample(found, null));
    }
}
