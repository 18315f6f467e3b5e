package org.comlife.checks.lincheck;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.comlife.model.ComWorld;
import org.comlife.model.program.Program;
import org.comlife.model.program.RealThreads;
import org.comlife.model.runtime.RuntimeHelpers;
import org.comlife.model.snapshot.WorldSnapshot;
import org.comlife.specs.invariants.Breach;
import org.comlife.specs.invariants.InvariantChecker;
import org.jetbrains.lincheck.Lincheck;
import org.jetbrains.lincheck.LincheckAssertionError;

/**
 * Runs a scenario under {@code Lincheck.runConcurrentTest}: Lincheck's model checker drives
 * the scenario's real threads through many interleavings, and after each run every invariant
 * is checked at the end state. A broken invariant or an exception in any of the scenario's
 * threads (the harness hands them back to the main block, where Lincheck sees them) is a
 * finding ({@link LincheckFinding}); Lincheck failing in its own code or giving up on a hang
 * throws {@link LincheckBroke}.
 */
public final class ScenarioModelCheck {
    private ScenarioModelCheck() {
    }

    public static ScenarioOutcome check(ExampleScenario scenario, RuntimeHelpers implementation, int invocations) {
        ProgramOutcome outcome = check(scenario.id(), scenario::start,
                implementation, invocations);
        return new ScenarioOutcome(scenario, outcome.implementation(), outcome.passed(), outcome.failure(),
                outcome.invocations(), outcome.millis());
    }

    /** Runs any program (its threads on real Java threads, joined without limit) under Lincheck's model checker. */
    public static synchronized ProgramOutcome check(String name, Program program, RuntimeHelpers implementation,
                                                    int invocations) {
        if (invocations < 1) {
            throw new IllegalArgumentException("a scenario check needs at least one invocation, got " + invocations);
        }
        // Lincheck restores static state after every invocation, so the counter is a local the
        // test captures, not a static field.
        AtomicInteger ran = new AtomicInteger();
        long start = System.nanoTime();
        LincheckFinding finding = null;
        try {
            Lincheck.runConcurrentTest(invocations, () -> {
                ran.incrementAndGet();
                runOnce(name, program, implementation);
            });
        } catch (LincheckAssertionError lincheckFailure) {
            finding = LincheckFailures.read(lincheckFailure, name);
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        return new ProgramOutcome(name, implementation.name(), finding == null,
                finding == null ? null : finding.report(), finding, ran.get(), millis);
    }

    /**
     * One run: a broken invariant throws {@link ContractBroken} with the run's journal; a thread
     * that failed on an answer it did not expect throws as the harness reports it (with the
     * journal too when no invariant explains it, unless Lincheck itself broke inside the thread).
     */
    private static void runOnce(String name, Program program, RuntimeHelpers implementation) {
        ComWorld world = new ComWorld(implementation);
        RealThreads threads = new RealThreads();
        program.start(world, threads);
        AssertionError threadFailure = null;
        try {
            threads.joinAll(RealThreads.NO_TIMEOUT);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while joining the program's threads", interrupted);
        } catch (AssertionError failed) {
            threadFailure = failed;
        }
        List<Breach> breaches = InvariantChecker.check(WorldSnapshot.of(world), true);
        if (!breaches.isEmpty()) {
            throw new ContractBroken(name, world.journal().entries(), breaches);
        }
        if (threadFailure != null) {
            throw threadFailure;
        }
    }
}
