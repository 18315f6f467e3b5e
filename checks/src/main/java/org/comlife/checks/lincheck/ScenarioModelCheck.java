package org.comlife.checks.lincheck;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.comlife.model.ComWorld;
import org.comlife.model.journal.JournalEntry;
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
 * the scenario's real threads through many interleavings, and every run's end state is checked
 * against every invariant. A broken invariant or an exception in any of the scenario's threads
 * (the harness hands them back to the main block, where Lincheck sees them) is a finding
 * ({@link LincheckFinding}); Lincheck failing in its own code or giving up on a hang throws
 * {@link LincheckBroke}.
 *
 * <p>Where the end state is checked, and why:
 * <table>
 *   <caption>One run of the program under Lincheck</caption>
 *   <tr><th>the run</th><th>checked</th></tr>
 *   <tr><td>the sanitizer recorded a violation (a thread may have failed on it)</td><td>after
 *       Lincheck returns; the runs left are skipped, since the contract is already broken</td></tr>
 *   <tr><td>a thread failed, and the sanitizer recorded nothing</td><td>at once, inside the run,
 *       so that Lincheck stops on it and reports it when no invariant explains it</td></tr>
 *   <tr><td>otherwise</td><td>after Lincheck returns</td></tr>
 * </table>
 * Checking outside the run keeps the snapshot and the checks out of Lincheck's analysis, which
 * tracks every object a run allocates; the runs' worlds are kept for it.
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
        // Lincheck restores the fields of ordinary objects the test captures after every
        // invocation, so the harness keeps what must outlive a run in atomics.
        AtomicInteger ran = new AtomicInteger();
        AtomicBoolean settled = new AtomicBoolean();
        AtomicReferenceArray<ComWorld> worlds = new AtomicReferenceArray<>(invocations);
        long start = System.nanoTime();
        LincheckInstallation.beforeRun();
        LincheckFinding finding = null;
        try {
            Lincheck.runConcurrentTest(invocations, () -> {
                if (settled.get()) {
                    return;
                }
                int run = ran.getAndIncrement();
                ComWorld world = runOnce(name, program, implementation);
                worlds.set(run, world);
                settled.set(!world.violations().isEmpty());
            });
        } catch (LincheckAssertionError lincheckFailure) {
            finding = firstBroken(name, worlds, ran.get());
            if (finding == null) {
                finding = LincheckFailures.read(lincheckFailure, name);
            }
        }
        if (finding == null) {
            finding = firstBroken(name, worlds, ran.get());
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        return new ProgramOutcome(name, implementation.name(), finding == null,
                finding == null ? null : finding.report(), finding, ran.get(), millis);
    }

    /** The first of the runs kept whose end state breaks an invariant, as a finding; null when none does. */
    private static LincheckFinding firstBroken(String name, AtomicReferenceArray<ComWorld> worlds, int runs) {
        for (int run = 0; run < Math.min(runs, worlds.length()); run++) {
            ComWorld world = worlds.get(run);
            List<Breach> breaches = world == null ? List.of() : InvariantChecker.check(WorldSnapshot.of(world), true);
            if (!breaches.isEmpty()) {
                ContractBroken broken = new ContractBroken(name, world.journal().entries(), breaches);
                StringBuilder report = new StringBuilder(broken.getMessage()).append("\nrun ").append(run + 1)
                        .append(" of ").append(runs).append(" under Lincheck's model checker; its API calls:");
                for (JournalEntry call : broken.journal()) {
                    report.append("\n  ").append(call);
                }
                return LincheckFailures.contractBroken(broken, report.toString());
            }
        }
        return null;
    }

    /**
     * One run, its world returned for the check. When a thread failed and the sanitizer recorded
     * nothing that explains it, the end state is checked here: a broken invariant throws
     * {@link ContractBroken} with the run's journal; else the thread's failure is thrown as the
     * harness reports it.
     */
    private static ComWorld runOnce(String name, Program program, RuntimeHelpers implementation) {
        ComWorld world = new ComWorld(implementation);
        RealThreads threads = new RealThreads();
        threads.startTogether(() -> program.start(world, threads));
        AssertionError threadFailure = null;
        try {
            threads.joinAll(RealThreads.NO_TIMEOUT);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while joining the program's threads", interrupted);
        } catch (AssertionError failed) {
            threadFailure = failed;
        }
        if (threadFailure == null || !world.violations().isEmpty()) {
            return world;
        }
        List<Breach> breaches = InvariantChecker.check(WorldSnapshot.of(world), true);
        if (!breaches.isEmpty()) {
            throw new ContractBroken(name, world.journal().entries(), breaches);
        }
        throw threadFailure;
    }
}
