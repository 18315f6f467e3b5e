package org.comlife.checks.lincheck;

/**
 * The budgets of the Lincheck tier: small enough for every build, large enough that the seeded
 * runtime faults are caught on every run (what each costs and needs: README.md, "Lincheck tier").
 */
public final class LincheckTierBudgets {
    /** Linearizability of one helper under the model checker. */
    public static final LincheckBudget HELPER_MODEL_CHECKING = new LincheckBudget(10, 200, 2, 3, 0);
    /**
     * The class table under the model checker: its operations hold one monitor, so few
     * interleavings per scenario suffice, and many scenarios meet the sequences that matter
     * (a revoke or a SINGLEUSE activation followed by a lookup of the same class) in about the time
     * of the default budget.
     */
    public static final LincheckBudget CLASS_TABLE_MODEL_CHECKING = new LincheckBudget(60, 20, 2, 4, 0);
    /**
     * The marshal packets under the model checker: fifteen operation and packet pairs, so more
     * scenarios than the default, each with fewer interleavings (the packets' ends are claimed
     * atomically), in less time than the default budget.
     */
    public static final LincheckBudget MARSHAL_PACKETS_MODEL_CHECKING = new LincheckBudget(30, 50, 2, 3, 0);
    /** Linearizability of one helper under the stress strategy. */
    public static final LincheckBudget HELPER_STRESS = new LincheckBudget(10, 200, 2, 3, 0);
    /** Interleavings Lincheck's model checker explores for one example scenario. */
    public static final int SCENARIO_INVOCATIONS = 10;

    private LincheckTierBudgets() {
    }
}
