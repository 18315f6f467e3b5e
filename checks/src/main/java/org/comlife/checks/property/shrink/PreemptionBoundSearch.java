package org.comlife.checks.property.shrink;

import java.util.Comparator;
import java.util.SplittableRandom;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.function.Predicate;
import org.comlife.checks.property.execute.PreemptionBoundedChooser;
import org.comlife.checks.schedule.Chooser;

/**
 * The search behind schedule shrinking, for any kind of run: schedules with 0, 1, 2…
 * preemptions (up to the failing run's count) are tried a number of times each, the runs that
 * fail the same way are kept when better than the best so far, and the search stops at the
 * first bound that improved on it. Fewer preemptions make a schedule a reader follows easily.
 *
 * @param <R> a run: what a chooser's schedule produced
 */
public final class PreemptionBoundSearch<R> {
    private final Function<Chooser, R> run;
    private final Predicate<R> failsTheSameWay;
    private final Comparator<R> better;

    /**
     * @param run             runs the program with a chooser
     * @param failsTheSameWay whether a run fails as the one being shrunk does
     * @param better          orders runs, the best first
     */
    public PreemptionBoundSearch(Function<Chooser, R> run, Predicate<R> failsTheSameWay, Comparator<R> better) {
        this.run = run;
        this.failsTheSameWay = failsTheSameWay;
        this.better = better;
    }

    /**
     * The best run found, {@code found} when none improves on it: at most {@code triesPerBound}
     * random schedules at each bound from 0 to {@code preemptions}, while {@code mayGoOn} says so.
     */
    public R shrink(R found, int preemptions, int triesPerBound, SplittableRandom seeds, BooleanSupplier mayGoOn) {
        R best = found;
        for (int bound = 0; bound <= preemptions; bound++) {
            boolean improved = false;
            for (int k = 0; k < triesPerBound && mayGoOn.getAsBoolean(); k++) {
                R attempt = run.apply(new PreemptionBoundedChooser(seeds.nextLong(), bound));
                if (failsTheSameWay.test(attempt) && better.compare(attempt, best) < 0) {
                    best = attempt;
                    improved = true;
                }
            }
            if (improved) {
                break;
            }
        }
        return best;
    }
}
