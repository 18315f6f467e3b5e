package org.comlife.checks.matrix;

import org.comlife.checks.exhaustive.ExplorationBudget;
import org.comlife.checks.impl.ImplementationClass;
import org.comlife.checks.jpf.host.JpfLookup;

/**
 * What a command gives the engines it builds ({@link EngineId#create}).
 *
 * @param budgetSeconds      seconds the exhaustive explorer may spend on one program
 * @param seed               the property engine's seed
 * @param jpf                the jpf-core installation, or why there is none
 * @param userImplementation the user's implementation class, for engines that load it again in a
 *                           JVM of their own; null when the reference is checked
 */
public record EngineSettings(long budgetSeconds, long seed, JpfLookup jpf, ImplementationClass userImplementation) {
    /** Cases the property engine tries per cell: it stops at the first failing one. */
    public static final int PROPERTY_TRIES = 500;

    public EngineSettings {
        if (budgetSeconds < 1) {
            throw new IllegalArgumentException("the exploration budget must be at least 1 second, got " + budgetSeconds);
        }
        if (jpf == null) {
            throw new IllegalArgumentException("the engines need the outcome of looking for jpf-core");
        }
    }

    /** The exhaustive explorer's bound on one program: the budget's time, and states and runs no program reaches. */
    public ExplorationBudget explorationBudget() {
        return new ExplorationBudget(1_000_000, 5_000, budgetSeconds * 1000);
    }
}
