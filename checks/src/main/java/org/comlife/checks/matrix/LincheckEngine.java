package org.comlife.checks.matrix;

import java.util.ArrayList;
import java.util.List;
import org.comlife.checks.faults.Fault;
import org.comlife.checks.faults.FaultKind;
import org.comlife.checks.lincheck.HelperCheck;
import org.comlife.checks.lincheck.LincheckFinding;
import org.comlife.checks.lincheck.LincheckInstallation;
import org.comlife.checks.lincheck.LincheckOutcome;
import org.comlife.checks.lincheck.LincheckRunner;
import org.comlife.checks.lincheck.LincheckStrategy;
import org.comlife.checks.lincheck.ProgramOutcome;
import org.comlife.checks.lincheck.ScenarioModelCheck;
import org.comlife.model.runtime.RuntimeHelpers;
import org.comlife.reports.schema.Counterexample;
import org.comlife.reports.schema.RawTrace;
import org.comlife.reports.schema.Step;

/**
 * Lincheck in the matrix: an implementation must be linearizable in all four helpers (every check of
 * {@link HelperCheck}) under the model checker; a runtime fault is caught when the helper check its entry names fails (every
 * helper check when it names none); a client fault is caught when Lincheck's model checker,
 * driving the fault's program on real threads, reaches a broken invariant. Lincheck failing in
 * its own code, or giving up on a run that does not end, is an error ({@code LincheckBroke}),
 * never a finding. A finding's counterexample is drawn like every engine's: a helper check's
 * threads with their operations, results and switch points; a program's API calls.
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

    /** Lincheck's agent instruments the model's loaded classes for every test and restores them after it. */
    @Override
    public boolean retransformsLoadedClasses() {
        return true;
    }

    /** The other engines run faster on classes without Lincheck's instrumentation. */
    @Override
    public void columnFinished() {
        LincheckInstallation.release();
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
        ProgramRef program = ProgramRef.fault(fault);
        ProgramOutcome outcome = ScenarioModelCheck.check(fault.id().toString(), fault.program(), fault.helpers(),
                scenarioInvocations);
        if (outcome.passed()) {
            return EngineFinding.clean(outcome.millis(), outcome.invocations(), "interleavings",
                    "program model-checked on real threads");
        }
        LincheckFinding found = outcome.finding();
        return new EngineFinding(true, outcome.millis(), outcome.invocations(), "interleavings",
                counterexample(found, "Lincheck's model checker over " + program.describe() + " on real threads"),
                "Lincheck's model checker over the program", replay(found, null, program), RawTrace.of(found.report()));
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
                LincheckFinding found = outcome.finding();
                return new EngineFinding(true, millis, invocations, "invocations",
                        counterexample(found, "Lincheck's model checker on the " + check.id() + " check: "
                                + check.claim()),
                        check.id() + " is not linearizable", replay(found, check, null), RawTrace.of(found.report()));
            }
        }
        return EngineFinding.clean(millis, invocations, "invocations", checks.size() == HelperCheck.values().length
                ? "all " + checks.size() + " helper checks linearizable" : checks.get(0).id() + " linearizable");
    }

    private static ReplayData replay(LincheckFinding found, HelperCheck check, ProgramRef program) {
        return new ReplayData.Lincheck(check, program, found.headline(), found.invariant());
    }

    /** The finding as the report draws it: a program's journal, or a helper check's threads and steps. */
    public static Counterexample counterexample(LincheckFinding found, String explanation) {
        if (found.kind() == LincheckFinding.Kind.CONTRACT_BROKEN) {
            int last = found.journal().isEmpty() ? 0 : found.journal().get(found.journal().size() - 1).step();
            return JournalCounterexample.of(found.journal(), last, found.headline(), explanation, null);
        }
        List<Step> steps = new ArrayList<>();
        for (LincheckFinding.Step step : found.steps()) {
            steps.add(new Step(steps.size() + 1, step.thread(), step.operation(), step.result(), step.note()));
        }
        List<String> threads = found.threads().isEmpty() ? List.of("Thread 1") : found.threads();
        // Results that no sequential order explains are seen only when every operation has ended.
        return new Counterexample(threads, steps, null, found.headline(), explanation, null);
    }
}
