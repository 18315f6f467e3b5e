package org.comlife.checks.usercheck;

import java.util.Comparator;
import java.util.SplittableRandom;
import org.comlife.checks.matrix.EngineFinding;
import org.comlife.checks.matrix.EngineId;
import org.comlife.checks.matrix.JournalCounterexample;
import org.comlife.checks.matrix.ProgramRef;
import org.comlife.checks.matrix.ReplayData;
import org.comlife.checks.property.shrink.PreemptionBoundSearch;
import org.comlife.checks.schedule.RandomChooser;
import org.comlife.model.program.Program;

/**
 * The property engine on a user's program, whose threads are fixed: random interleavings from
 * the seed, every invariant after every step, until one breaks something, the tries are spent
 * or the time is up; the first failing schedule is then shrunk. The shrinking searches
 * schedules with 0, 1, 2... preemptions (up to the failing one's) for the same failure, keeps
 * the one with the fewest calls, then the fewest preemptions, and stops at the first bound that
 * improved it: the counterexample a reader can follow most easily.
 */
final class RandomScheduleEngine implements ProgramEngine {
    /** Schedules tried at each preemption bound while shrinking. */
    static final int SHRINK_TRIES_PER_BOUND = 40;
    /** Fewer calls to the failure first, then fewer preemptions. */
    private static final Comparator<ScheduleRun> SHORTER = Comparator.comparingInt(ScheduleRun::calls)
            .thenComparingInt(ScheduleRun::preemptions);

    private final long seed;
    private final int tries;
    private final long budgetMillis;

    RandomScheduleEngine(long seed, int tries, long budgetMillis) {
        if (tries < 1 || budgetMillis < 1) {
            throw new IllegalArgumentException("random schedules need at least one try and 1 ms");
        }
        this.seed = seed;
        this.tries = tries;
        this.budgetMillis = budgetMillis;
    }

    @Override
    public EngineId id() {
        return EngineId.PROPERTY;
    }

    @Override
    public String description() {
        return "random interleavings of the program from a seed, every invariant after every step, the failing one shrunk";
    }

    @Override
    public String unavailableReason() {
        return null;
    }

    @Override
    public EngineFinding check(UserProgram program) {
        long start = System.nanoTime();
        SplittableRandom seeds = new SplittableRandom(seed);
        Program runnable = program.program();
        int run = 0;
        while (run < tries && millisSince(start) < budgetMillis) {
            run++;
            ScheduleRun found = ScheduleRun.of(runnable, new RandomChooser(seeds.nextLong()));
            if (found.unfinished()) {
                throw new IllegalStateException("random schedule " + run + " (seed " + seed + ") of " + program.id()
                        + " did not finish: " + found.failure().headline());
            }
            if (found.violates()) {
                ScheduleRun shrunk = shrink(runnable, found, new SplittableRandom(seed ^ run), start);
                return finding(program, found, shrunk, run, millisSince(start));
            }
        }
        return EngineFinding.clean(millisSince(start), run, "schedules", run + " random schedules (seed " + seed
                + ")" + (run < tries ? ", stopped by the time budget" : "") + ", no violation");
    }

    private ScheduleRun shrink(Program program, ScheduleRun found, SplittableRandom seeds, long start) {
        PreemptionBoundSearch<ScheduleRun> search = new PreemptionBoundSearch<>(
                chooser -> ScheduleRun.of(program, chooser),
                attempt -> attempt.violates() && attempt.failure().sameAs(found.failure()), SHORTER);
        return search.shrink(found, found.preemptions(), SHRINK_TRIES_PER_BOUND, seeds,
                () -> millisSince(start) < budgetMillis);
    }

    private EngineFinding finding(UserProgram program, ScheduleRun found, ScheduleRun shrunk, int run, long millis) {
        String problem = shrunk.failure().headline();
        int last = shrunk.journal().isEmpty() ? 0 : shrunk.journal().get(shrunk.journal().size() - 1).step();
        return new EngineFinding(true, millis, run, "schedules",
                JournalCounterexample.of(shrunk.journal(), last, problem, "random schedule " + run + " of "
                        + program.id() + " (seed " + seed + "), shrunk from " + found.calls() + " to "
                        + shrunk.calls() + " calls and " + shrunk.preemptions() + " preemptions",
                        "schedule " + shrunk.schedule() + " (replay it with comlife replay)"),
                "caught by random schedule " + run + ", seed " + seed,
                new ReplayData.Schedule(ProgramRef.userProgram(program.named()), shrunk.schedule(), problem,
                        shrunk.failure().invariant()));
    }

    private static long millisSince(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }
}
