package org.comlife.checks.property.execute;

import java.util.List;
import java.util.SplittableRandom;
import org.comlife.checks.schedule.Chooser;

/**
 * A random schedule with at most {@code bound} preemptions: the running thread keeps its turn
 * while it can, except at up to {@code bound} random points where another thread takes over.
 * When the running thread cannot go on, any thread may follow (that switch preempts nobody).
 * Searching bounds 0, 1, 2… finds the failing schedules a reader can follow most easily.
 */
public final class PreemptionBoundedChooser implements Chooser {
    /** One step in this many is a chance to preempt. */
    private static final int ODDS = 4;

    private final SplittableRandom random;
    private final int bound;
    private String previous;
    private int used;

    public PreemptionBoundedChooser(long seed, int bound) {
        this.random = new SplittableRandom(seed);
        this.bound = bound;
    }

    @Override
    public int choose(List<String> enabled, int step) {
        int current = previous == null ? -1 : enabled.indexOf(previous);
        int index;
        if (current < 0) {
            index = random.nextInt(enabled.size());
        } else if (used < bound && enabled.size() > 1 && random.nextInt(ODDS) == 0) {
            used++;
            index = (current + 1 + random.nextInt(enabled.size() - 1)) % enabled.size();
        } else {
            index = current;
        }
        previous = enabled.get(index);
        return index;
    }
}
