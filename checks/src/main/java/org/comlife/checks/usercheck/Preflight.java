package org.comlife.checks.usercheck;

import java.time.Duration;
import java.util.List;
import org.comlife.checks.matrix.BoundedRun;
import org.comlife.checks.property.execute.RunJudge;
import org.comlife.checks.schedule.Chooser;
import org.comlife.checks.schedule.DeterministicScheduler;
import org.comlife.checks.schedule.RandomChooser;
import org.comlife.checks.schedule.ScheduledRun;
import org.comlife.checks.schedule.StepObserver;
import org.comlife.model.ComThread;
import org.comlife.model.program.Program;
import org.comlife.model.runtime.RuntimeHelpers;

/**
 * Runs a user's program on a few schedules before any engine does, to tell a program that
 * cannot be checked from one that breaks the contract. It rejects a program whose
 * {@code start} throws or starts no thread, a thread that runs without reaching a COM call
 * (it loops, or blocks outside COM: a Java lock, a sleep, a busy wait), a program that does
 * not end within {@value #MAX_STEPS} steps, and a thread created but never started. What a run
 * breaks is left to the engines: a broken invariant, or a thread that fails, is a finding.
 *
 * <table>
 *   <caption>The runs</caption>
 *   <tr><th>run</th><th>schedule</th><th>why</th></tr>
 *   <tr><td>1</td><td>always the first thread that can run</td><td>the order the program reads in</td></tr>
 *   <tr><td>2 .. {@value #RUNS}</td><td>random, from the check's seed</td><td>a loop that needs another order</td></tr>
 * </table>
 */
final class Preflight {
    /** Runs in all: a correct program takes milliseconds for each. */
    static final int RUNS = 10;
    /** Steps one run may take: no small program comes near it. */
    static final int MAX_STEPS = 5_000;
    private static final String WAIT_THROUGH_COM = "a thread makes COM calls and waits only through COM "
            + "(waitForEvent, waitForEventPumping, runMessageLoop): no Java lock, sleep or loop without a COM call";

    private Preflight() {
    }

    /** Why a run shows the program cannot be checked; {@code looped} when a thread never came back to COM. */
    private record Problem(String message, boolean looped) {
    }

    /** What the user's start threw, told apart from a failure of comlife's own code. */
    private static final class StartFailed extends RuntimeException {
        StartFailed(Throwable cause) {
            super(cause);
        }
    }

    /**
     * Rejects the program if it cannot be checked; a thread that runs {@code stepTimeout}
     * without reaching a COM call is taken to loop or block.
     */
    static void check(UserProgram program, Duration stepTimeout, long seed) throws ProgramRejected {
        Duration budget = stepTimeout.multipliedBy(3).plusSeconds(10);
        BoundedRun.Outcome<Problem> outcome = BoundedRun.call("the first runs of " + program.id(), budget,
                UserCodeFailure.userFrames(program.id()),
                () -> firstProblem(program, stepTimeout.toMillis(), seed));
        if (outcome instanceof BoundedRun.Completed<Problem> completed) {
            Problem problem = completed.value();
            if (problem != null) {
                throw new ProgramRejected(program.id() + ": " + problem.message()
                        + (problem.looped() ? where(completed.stragglers()) + "; " + WAIT_THROUGH_COM : ""));
            }
            return;
        }
        if (outcome instanceof BoundedRun.Failed<Problem> failed) {
            Throwable failure = failed.failure();
            if (failure instanceof StartFailed start) {
                throw new ProgramRejected(program.id() + ".start threw " + UserCodeFailure.describe(start.getCause(), program.id()),
                        start.getCause());
            }
            throw new IllegalStateException("the first runs of " + program.id() + " failed: " + failure, failure);
        }
        throw new ProgramRejected(program.id() + " did not run within " + budget.toSeconds() + " s: its constructor "
                + "or start loops or blocks (" + ((BoundedRun.TimedOut<Problem>) outcome).message() + ")");
    }

    private static Problem firstProblem(UserProgram program, long stepTimeoutMillis, long seed) {
        for (int run = 0; run < RUNS; run++) {
            Chooser chooser = run == 0 ? (enabled, step) -> 0 : new RandomChooser(seed + run);
            Problem problem = oneRun(program, chooser, stepTimeoutMillis);
            if (problem != null) {
                return problem;
            }
        }
        return null;
    }

    private static Problem oneRun(UserProgram program, Chooser chooser, long stepTimeoutMillis) {
        ProgramThreads[] threads = new ProgramThreads[1];
        Program recorded = (world, starter) -> {
            threads[0] = new ProgramThreads(starter);
            try {
                program.newInstance().start(world, threads[0]);
            } catch (RuntimeException | Error thrown) {
                throw new StartFailed(thrown);
            }
        };
        ScheduledRun run = DeterministicScheduler.run(recorded, RuntimeHelpers.reference(), chooser, StepObserver.NONE,
                MAX_STEPS, true, stepTimeoutMillis);
        if (threads[0].started().isEmpty()) {
            return new Problem("start started no thread: create the program's threads with process.newThread(name) "
                    + "and start each through the ThreadStarter start is given", false);
        }
        if (run.ending() == ScheduledRun.Ending.STUCK && !RunJudge.isEveryThreadWaiting(run)) {
            return new Problem(run.endingDetail(), true);
        }
        if (run.ending() == ScheduledRun.Ending.BOUND_REACHED) {
            return new Problem("a run did not end within " + MAX_STEPS + " COM calls: every loop needs a small bound",
                    false);
        }
        List<ComThread> started = threads[0].started();
        for (ComThread thread : run.world().threads()) {
            if (!started.contains(thread)) {
                return new Problem("thread " + ProgramThreads.nameOf(thread) + " was created but never started: "
                        + "start every thread you create through the ThreadStarter", false);
            }
        }
        return null;
    }

    /** Where the thread that never came back was, from the threads left running when the runs ended. */
    private static String where(List<BoundedRun.Straggler> stragglers) {
        for (BoundedRun.Straggler straggler : stragglers) {
            if (straggler.frame() != null) {
                return "; it was at " + straggler.frame();
            }
        }
        return "";
    }
}
