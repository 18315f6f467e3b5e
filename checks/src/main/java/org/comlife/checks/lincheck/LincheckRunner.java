package org.comlife.checks.lincheck;

import org.comlife.model.runtime.RuntimeHelpers;
import org.jetbrains.lincheck.LincheckAssertionError;
import org.jetbrains.lincheck.datastructures.ModelCheckingOptions;
import org.jetbrains.lincheck.datastructures.StressOptions;

/**
 * Runs one linearizability check of a runtime helper with Lincheck, under a budget, against
 * the implementation given, and reports the outcome instead of throwing: a Lincheck failure
 * that is about the implementation is a finding; Lincheck failing in its own code, or giving up
 * on a hang, throws {@link LincheckBroke}, and anything else thrown propagates.
 */
public final class LincheckRunner {
    private LincheckRunner() {
    }

    public static LincheckOutcome check(HelperCheck check, LincheckStrategy strategy, RuntimeHelpers implementation,
                                        LincheckBudget budget) {
        long start = System.nanoTime();
        ImplementationUnderTest.Counted<LincheckFinding> counted = ImplementationUnderTest.with(implementation,
                () -> runLincheck(check, strategy, budget));
        long millis = (System.nanoTime() - start) / 1_000_000;
        LincheckFinding finding = counted.value();
        return new LincheckOutcome(check, strategy, implementation.name(), finding == null,
                finding == null ? null : finding.report(), finding, counted.invocations(), millis);
    }

    /** Null when Lincheck found nothing, else what it found. */
    private static LincheckFinding runLincheck(HelperCheck check, LincheckStrategy strategy, LincheckBudget budget) {
        LincheckInstallation.beforeRun();
        try {
            if (strategy == LincheckStrategy.MODEL_CHECKING) {
                new ModelCheckingOptions()
                        .iterations(budget.iterations())
                        .invocationsPerIteration(budget.invocationsPerIteration())
                        .threads(budget.threads())
                        .actorsPerThread(budget.actorsPerThread())
                        .actorsBefore(budget.actorsBefore())
                        .actorsAfter(0)
                        .sequentialSpecification(check.specification())
                        .check(check.operations());
            } else {
                new StressOptions()
                        .iterations(budget.iterations())
                        .invocationsPerIteration(budget.invocationsPerIteration())
                        .threads(budget.threads())
                        .actorsPerThread(budget.actorsPerThread())
                        .actorsBefore(budget.actorsBefore())
                        .actorsAfter(0)
                        .sequentialSpecification(check.specification())
                        .check(check.operations());
            }
            return null;
        } catch (LincheckAssertionError lincheckFailure) {
            return LincheckFailures.read(lincheckFailure, check.id());
        }
    }
}
