package org.comlife.checks.usercheck;

import java.time.Duration;
import org.comlife.checks.jpf.host.JpfBudget;
import org.comlife.checks.jpf.host.JpfEntryPoint;
import org.comlife.checks.jpf.host.JpfGranularity;
import org.comlife.checks.jpf.host.JpfLookup;
import org.comlife.checks.jpf.host.JpfResult;
import org.comlife.checks.jpf.host.JpfRunner;
import org.comlife.checks.jpf.host.JpfTarget;
import org.comlife.checks.jpf.host.JpfVerdict;
import org.comlife.checks.jpf.program.JpfImplementations;
import org.comlife.checks.matrix.EngineFinding;
import org.comlife.checks.matrix.EngineId;
import org.comlife.checks.matrix.JpfEngine;

/**
 * Java PathFinder on a user's program, when jpf-core is installed: JPF loads the program again
 * by its class name from the user's class path in a JVM of its own, runs it on real threads
 * with the reference runtime, and switches threads at every synchronization (the program's bugs
 * are orders of API calls, whose waits and locks are all synchronization), within the budget.
 */
final class JpfProgramEngine implements ProgramEngine {
    private final JpfLookup lookup;
    private final JpfBudget budget;

    JpfProgramEngine(JpfLookup lookup, JpfBudget budget) {
        this.lookup = lookup;
        this.budget = budget;
    }

    @Override
    public EngineId id() {
        return EngineId.JPF;
    }

    @Override
    public String description() {
        return "every interleaving of the program's real bytecode at synchronization points (jpf-core, installed by the user)";
    }

    @Override
    public String unavailableReason() {
        return lookup.installation() == null ? lookup.reason() : null;
    }

    @Override
    public EngineFinding check(UserProgram program) {
        JpfTarget target = new JpfTarget(program.id(), JpfProgramName.of(program.named()),
                JpfImplementations.REFERENCE, JpfImplementations.REFERENCE);
        JpfRunner runner = new JpfRunner(lookup.installation(), program.named().classpath());
        JpfEngine engine = new JpfEngine(lookup, null, JpfEntryPoint.COMMAND_LINE, Duration.ofMillis(budget.maxMillis()));
        JpfResult result = runner.run(target, budget, JpfGranularity.SYNCHRONIZATION);
        EngineFinding finding = engine.finding(result, program.id());
        // A search JPF's limits stopped claims nothing about the interleavings it did not reach.
        return result.verdict() != JpfVerdict.BOUND_REACHED ? finding
                : EngineFinding.clean(finding.millis(), finding.explored(), finding.exploredUnit(),
                        BOUND_REACHED + ", not every interleaving explored: " + finding.remark());
    }
}
