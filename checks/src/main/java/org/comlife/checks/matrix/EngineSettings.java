package org.comlife.checks.matrix;

import java.time.Duration;
import java.util.List;
import org.comlife.checks.exhaustive.ExplorationBudget;
import org.comlife.checks.faults.Fault;
import org.comlife.checks.faults.FaultCatalogue;
import org.comlife.checks.impl.ImplementationClass;
import org.comlife.checks.jpf.host.JpfEntryPoint;
import org.comlife.checks.jpf.host.JpfLookup;

/**
 * What a command gives the engines it builds ({@link EngineId#create}).
 *
 * @param budgetSeconds      seconds the exhaustive explorer may spend on one program
 * @param seed               the property engine's seed
 * @param jpf                the jpf-core installation, or why there is none
 * @param userImplementation the user's implementation class, for engines that load it again in a
 *                           JVM of their own; null when the reference is checked
 * @param jpfEntry           how the user gives jpf-core, for the words of JPF's messages
 * @param cellBudget         the wall-clock budget of one cell, which engines that run several
 *                           searches in one cell share out among them
 * @param twinsOf            the faults whose correct twins the explorer runs on the implementation
 *                           under test, besides the examples (every fault in a full hunt; the hunted
 *                           ones in a quick one)
 */
public record EngineSettings(long budgetSeconds, long seed, JpfLookup jpf, ImplementationClass userImplementation,
                             JpfEntryPoint jpfEntry, Duration cellBudget, List<Fault> twinsOf) {
    /** Cases the property engine tries per cell: it stops at the first failing one. */
    public static final int PROPERTY_TRIES = 500;

    public EngineSettings {
        if (budgetSeconds < 1) {
            throw new IllegalArgumentException("the exploration budget must be at least 1 second, got " + budgetSeconds);
        }
        if (jpf == null || jpfEntry == null) {
            throw new IllegalArgumentException("the engines need the outcome of looking for jpf-core, and how it is given");
        }
        twinsOf = List.copyOf(twinsOf);
        if (cellBudget == null || cellBudget.toSeconds() < 1) {
            throw new IllegalArgumentException("a cell's budget must be at least 1 second, got " + cellBudget);
        }
    }

    /** The settings of a full hunt of the reference: every twin, the default cell budget, as the command line gives them. */
    public static EngineSettings ofReference(long budgetSeconds, long seed, JpfLookup jpf) {
        return ofImplementation(budgetSeconds, seed, jpf, null);
    }

    /** The same for a user's implementation class ({@code hunt --impl}); null: the reference. */
    public static EngineSettings ofImplementation(long budgetSeconds, long seed, JpfLookup jpf,
                                                  ImplementationClass userImplementation) {
        return new EngineSettings(budgetSeconds, seed, jpf, userImplementation, JpfEntryPoint.COMMAND_LINE,
                MatrixPlan.DEFAULT_CELL_BUDGET, FaultCatalogue.all());
    }

    /** The exhaustive explorer's bound on one program: the budget's time, and states and runs no program reaches. */
    public ExplorationBudget explorationBudget() {
        return new ExplorationBudget(1_000_000, 5_000, budgetSeconds * 1000);
    }
}
