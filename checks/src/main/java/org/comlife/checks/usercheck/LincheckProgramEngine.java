package org.comlife.checks.usercheck;

import org.comlife.checks.lincheck.LincheckFinding;
import org.comlife.checks.lincheck.LincheckInstallation;
import org.comlife.checks.lincheck.LincheckTierBudgets;
import org.comlife.checks.lincheck.ProgramOutcome;
import org.comlife.checks.lincheck.ScenarioModelCheck;
import org.comlife.checks.matrix.EngineFinding;
import org.comlife.checks.matrix.EngineId;
import org.comlife.checks.matrix.LincheckEngine;
import org.comlife.checks.matrix.ProgramRef;
import org.comlife.checks.matrix.ReplayData;
import org.comlife.model.runtime.RuntimeHelpers;
import org.comlife.reports.schema.RawTrace;

/**
 * Lincheck's model checker on a user's program: the program's threads run on real Java threads
 * and Lincheck chooses their interleaving at every shared-memory access; every invariant is
 * checked at the end of each run. Lincheck has no time bound of its own and one interleaving of
 * a program costs a second or more, so the engine first runs {@value #PROBE} interleavings,
 * and from what they cost, runs as many as the budget allows (at most {@code maxInvocations};
 * Lincheck's search is deterministic, so the second run begins with the probe's). A failure
 * comes with the journal of the run that broke the contract, and what broke (or Lincheck's own
 * report, when a thread failed with no broken invariant to explain it) as the cell's trace. Lincheck failing in its own code, or giving up on a run that does not end, is an
 * engine error ({@link org.comlife.checks.lincheck.LincheckBroke}), never a finding. Running the
 * same check again replays a failure; {@code comlife replay} does when it came within the
 * first {@value LincheckTierBudgets#SCENARIO_INVOCATIONS} interleavings, which is what it runs.
 */
final class LincheckProgramEngine implements ProgramEngine {
    /** Interleavings that measure what one costs. */
    static final int PROBE = 3;

    private final long budgetMillis;
    private final int maxInvocations;

    LincheckProgramEngine(long budgetMillis, int maxInvocations) {
        if (budgetMillis < 1 || maxInvocations < PROBE) {
            throw new IllegalArgumentException("Lincheck needs a budget and at least " + PROBE + " invocations");
        }
        this.budgetMillis = budgetMillis;
        this.maxInvocations = maxInvocations;
    }

    @Override
    public EngineId id() {
        return EngineId.LINCHECK;
    }

    @Override
    public String description() {
        return "Lincheck's model checker over the program on real threads, every invariant at the end of each run";
    }

    @Override
    public String unavailableReason() {
        return null;
    }

    /** The engines after this one run faster without Lincheck's instrumentation, if it was kept installed. */
    @Override
    public EngineFinding check(UserProgram program) {
        try {
            return probeThenRun(program);
        } finally {
            LincheckInstallation.release();
        }
    }

    private EngineFinding probeThenRun(UserProgram program) {
        ProgramOutcome probe = run(program, PROBE);
        if (!probe.passed()) {
            return violation(program, probe, probe.millis());
        }
        long perInvocation = Math.max(1, probe.millis() / probe.invocations());
        long affordable = Math.min(maxInvocations, (budgetMillis - probe.millis()) / perInvocation);
        if (affordable <= probe.invocations()) {
            return clean(probe, probe.millis(), ", as many as the budget allowed");
        }
        ProgramOutcome full = run(program, (int) affordable);
        long millis = probe.millis() + full.millis();
        return full.passed() ? clean(full, millis, affordable < maxInvocations ? ", as many as the budget allowed" : "")
                : violation(program, full, millis);
    }

    private static ProgramOutcome run(UserProgram program, int invocations) {
        ProgramOutcome outcome = ScenarioModelCheck.check(program.id(), program.program(), RuntimeHelpers.reference(),
                invocations);
        if (outcome.invocations() == 0) {
            throw new IllegalStateException("Lincheck ran no invocation of " + program.id());
        }
        return outcome;
    }

    private static EngineFinding clean(ProgramOutcome outcome, long millis, String note) {
        return EngineFinding.clean(millis, outcome.invocations(), "interleavings",
                outcome.invocations() + " interleavings on real threads" + note + ", no violation");
    }

    private static EngineFinding violation(UserProgram program, ProgramOutcome outcome, long millis) {
        LincheckFinding found = outcome.finding();
        ProgramRef ref = ProgramRef.userProgram(program.named());
        ReplayData replay = outcome.invocations() <= LincheckTierBudgets.SCENARIO_INVOCATIONS
                ? new ReplayData.Lincheck(null, ref, found.headline(), found.invariant()) : ReplayData.NONE;
        return new EngineFinding(true, millis, outcome.invocations(), "interleavings",
                LincheckEngine.counterexample(found, "Lincheck's model checker over " + ref.describe()
                        + " on real threads, interleaving " + outcome.invocations()),
                "found at interleaving " + outcome.invocations() + ": " + found.headline(), replay,
                RawTrace.of(found.report()));
    }
}
