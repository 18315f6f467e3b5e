package org.comlife.checks.usercheck;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.comlife.checks.exhaustive.ExplorationBudget;
import org.comlife.checks.jpf.host.JpfBudget;
import org.comlife.checks.jpf.host.JpfLookup;
import org.comlife.checks.matrix.EngineId;

/**
 * How a user's program is checked: which engines, the time each may take, the seed of the
 * random schedules, and the jpf-core installation (or why there is none).
 *
 * @param engines       the engines, in the order they run (the report's columns)
 * @param budgetSeconds seconds each engine may spend; an engine that needs more stops at its
 *                      bound and says so, and one that does not stop is ended after
 *                      {@link #GRACE} more and reported as an error
 * @param seed          the seed of the random schedules (and of the first runs)
 * @param jpf           the jpf-core installation, or why there is none
 */
public record CheckSettings(List<EngineId> engines, long budgetSeconds, long seed, JpfLookup jpf) {
    /** The engines a check runs when none are named: all but JPF, which runs when jpf-core is given. */
    public static final List<EngineId> WITHOUT_JPF = List.of(EngineId.LINCHECK, EngineId.PROPERTY, EngineId.EXHAUSTIVE);
    /** Seconds each engine may spend when the user gives no budget. */
    public static final long DEFAULT_BUDGET_SECONDS = 60;
    /** How long past its budget an engine run is let go on before it is ended. */
    public static final Duration GRACE = Duration.ofSeconds(30);
    /** Random schedules the property engine tries at most (fewer when the budget runs out). */
    static final int SCHEDULE_TRIES = 1_000;
    /** Interleavings Lincheck's model checker runs at most (fewer when the budget allows fewer). */
    static final int LINCHECK_INVOCATIONS = 100;
    /** States one JPF run may meet (the budget's time bounds it first on most programs). */
    static final long JPF_STATES = 1_000_000;
    static final int JPF_HEAP_MEGABYTES = 2048;

    public CheckSettings {
        if (engines == null || engines.isEmpty()) {
            throw new IllegalArgumentException("a check needs at least one engine");
        }
        if (budgetSeconds < 1) {
            throw new IllegalArgumentException("the budget must be at least 1 second, got " + budgetSeconds);
        }
        if (jpf == null) {
            throw new IllegalArgumentException("a check needs the outcome of looking for jpf-core");
        }
        List<EngineId> ordered = new ArrayList<>();
        for (EngineId engine : EngineId.values()) {
            if (engines.contains(engine)) {
                ordered.add(engine);
            }
        }
        engines = List.copyOf(ordered);
    }

    /** The engines as program engines, in the report's order. */
    List<ProgramEngine> programEngines() {
        List<ProgramEngine> built = new ArrayList<>();
        for (EngineId engine : engines) {
            built.add(switch (engine) {
                case EXHAUSTIVE -> new ExhaustiveProgramEngine(new ExplorationBudget(1_000_000, Preflight.MAX_STEPS,
                        budgetSeconds * 1000));
                case PROPERTY -> new RandomScheduleEngine(seed, SCHEDULE_TRIES, budgetSeconds * 1000);
                case LINCHECK -> new LincheckProgramEngine(budgetSeconds * 1000, LINCHECK_INVOCATIONS);
                case JPF -> new JpfProgramEngine(jpf, new JpfBudget(budgetSeconds * 1000, JPF_STATES,
                        JPF_HEAP_MEGABYTES));
            });
        }
        return built;
    }

    /** The wall-clock limit of one engine run: its budget and the grace. */
    Duration engineLimit() {
        return Duration.ofSeconds(budgetSeconds).plus(GRACE);
    }

    /** How long loading and building the program may take: the budget, between 5 and 30 seconds. */
    Duration loadLimit() {
        return Duration.ofSeconds(Math.max(5, Math.min(30, budgetSeconds)));
    }

    /**
     * How long a thread may run without reaching a COM call before the first runs call it looping:
     * a quarter of the budget, between 1 and 10 seconds (a COM call of the model takes microseconds).
     */
    Duration stepTimeout() {
        return Duration.ofMillis(Math.max(1_000, Math.min(10_000, budgetSeconds * 250)));
    }
}
