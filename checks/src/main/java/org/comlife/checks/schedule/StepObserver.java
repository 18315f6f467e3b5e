package org.comlife.checks.schedule;

import java.util.function.Supplier;
import org.comlife.model.ComWorld;

/** Looks at the world after every step, while every logical thread is parked; may stop the run. */
@FunctionalInterface
public interface StepObserver {

    /**
     * Called before step {@code step} (0 = before any thread ran); true stops the run here.
     * Where the threads are is worked out from the journal only when asked for (the explorer
     * asks once per new state; most observers never do), and only while this call runs.
     */
    boolean stopBefore(int step, ComWorld world, Supplier<RunState> threads);

    StepObserver NONE = (step, world, threads) -> false;
}
