package org.comlife.checks.schedule;

import java.util.List;
import java.util.SplittableRandom;

/** Picks uniformly among the enabled threads, from a seed: the same seed gives the same schedule. */
public final class RandomChooser implements Chooser {
    private final SplittableRandom random;

    public RandomChooser(long seed) {
        this.random = new SplittableRandom(seed);
    }

    @Override
    public int choose(List<String> enabled, int step) {
        return random.nextInt(enabled.size());
    }
}
