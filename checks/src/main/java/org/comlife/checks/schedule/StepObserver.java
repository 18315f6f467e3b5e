package org.comlife.checks.schedule;

import org.comlife.model.ComWorld;

/** Looks at the world after every step, while every logical thread is parked; may stop the run. */
@FunctionalInterface
public interface StepObserver {

    /** Called before step {@code step} (0 = before any thread ran); true stops the run here. */
    boolean stopBefore(int step, ComWorld world, RunState threads);

    StepObserver NONE = (step, world, threads) -> false;
}
