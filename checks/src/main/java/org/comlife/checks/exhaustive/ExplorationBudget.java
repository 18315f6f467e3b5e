package org.comlife.checks.exhaustive;

/**
 * Bounds of one exhaustive exploration: distinct states, steps in one run, and time. Reaching
 * any of them ends the search with the verdict "bound reached", never "passed".
 */
public record ExplorationBudget(int maxDistinctStates, int maxStepsPerRun, long maxMillis) {

    public ExplorationBudget {
        if (maxDistinctStates < 1 || maxStepsPerRun < 1 || maxMillis < 1) {
            throw new IllegalArgumentException("an exploration budget needs positive bounds, got states "
                    + maxDistinctStates + ", steps " + maxStepsPerRun + ", ms " + maxMillis);
        }
    }
}
