package org.comlife.checks.matrix;

import org.comlife.checks.faults.Fault;
import org.comlife.checks.faults.FaultKind;
import org.comlife.checks.lincheck.HelperCheck;
import org.comlife.checks.lincheck.LincheckOutcome;
import org.comlife.checks.lincheck.LincheckRunner;
import org.comlife.checks.lincheck.LincheckStrategy;
import org.comlife.checks.lincheck.ProgramOutcome;
import org.comlife.checks.lincheck.ScenarioModelCheck;
import org.comlife.model.runtime.RuntimeHelpers;
import org.comlife.reports.schema.Counterexample;
import org.comlife.reports.schema.RawTrace;
import org.comlife.reports.schema.Step;
import java.util.List;

/**
 * Lincheck in the matrix: an implementation must be linearizable in all four helpers (every check of
 * {@link HelperCheck}) under the model checker; a runtime fault is caught when the helper check its entry names fails (every
 * helper check when it names none); a client fault is caught when Lincheck's model checker,
 * driving the fault's program on real threads, reaches a broken invariant.
 */
public final class LincheckEngine implements Engine {
    private final int scenarioInvocations;

    public LincheckEngine(int scenarioInvocations) {
        this.scenarioInvocations = scenarioInvocations;
    }

    @Override
    public EngineId id() {
        return EngineId.LINCHECK;
    }

    @Override
    public String unavailableReason() {
        return null;
    }

    @Override
    public EngineFinding checkImplementation(RuntimeHelpers implementation) {
        return helperChecks(implementation, List.of(HelperCheck.values()));
    }

    @Override
    public EngineFinding hunt(Fault fault) {
        if (fault.kind() == FaultKind.RUNTIME) {
            return helperChecks(fault.helpers(), fault.lincheckCheck() == null ? List.of(HelperCheck.values())
                    : List.of(fault.lincheckCheck()));
        }
        ProgramOutcome outcome = ScenarioModelCheck.check(fault.id().toString(), fault.program(), fault.helpers(),
                scenarioInvocations);
        if (outcome.passed()) {
            return EngineFinding.clean(outcome.millis(), outcome.invocations(), "interleavings",
                    "program model-checked on real threads");
        }
        return new EngineFinding(true, outcome.millis(), outcome.invocations(), "interleavings",
                lincheckReport(fault.id().toString()), "Lincheck's model checker over the program",
                ReplayData.NONE, output(outcome.failure()));
    }

    private static EngineFinding helperChecks(RuntimeHelpers implementation, List<HelperCheck> checks) {
        long millis = 0;
        long invocations = 0;
        for (HelperCheck check : checks) {
            LincheckOutcome outcome = LincheckRunner.check(check, LincheckStrategy.MODEL_CHECKING, implementation,
                    check.modelCheckingBudget());
            millis += outcome.millis();
            invocations += outcome.invocations();
            if (!outcome.passed()) {
                return new EngineFinding(true, millis, invocations, "invocations", lincheckReport(check.id()),
                        check.id() + " is not linearizable", ReplayData.NONE, output(outcome.failure()));
            }
        }
        return EngineFinding.clean(millis, invocations, "invocations", checks.size() == HelperCheck.values().length
                ? "the four helpers linearizable" : checks.get(0).id() + " linearizable");
    }

    /** A placeholder until Lincheck's interleaving becomes steps: the interleaving is in the cell's trace. */
    private static Counterexample lincheckReport(String what) {
        return new Counterexample(List.of("lincheck"), List.of(new Step(1, "lincheck", "Lincheck report for " + what,
                "failed", null)), 1, "linearizability or an invariant (Lincheck's own output says which)",
                "Lincheck's interleaving is in its own output", "deterministic: rerun the same Lincheck check (no seed needed)");
    }

    /** Lincheck's own report (megabytes at times): the report keeps an excerpt, and the whole in a file. */
    private static RawTrace output(String failure) {
        return failure == null || failure.isBlank() ? null : RawTrace.of(failure);
    }
}
