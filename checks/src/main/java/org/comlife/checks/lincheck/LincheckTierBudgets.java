package org.comlife.checks.lincheck;

/**
 * The budgets of the Lincheck tier: small enough for every build, large enough that the seeded
 * runtime faults are caught on every run (what each costs and needs: README.md, "Lincheck tier").
 */
public final class LincheckTierBudgets {
    /** Linearizability of one helper under the model checker. */
    public static final LincheckBudget HELPER_MODEL_CHECKING = new LincheckBudget(10, 200, 2, 3, 0);
    /** Linearizability of one helper under the stress strategy. */
    public static final LincheckBudget HELPER_STRESS = new LincheckBudget(10, 200, 2, 3, 0);
    /** Interleavings Lincheck's model checker explores for one example scenario. */
    public static final int SCENARIO_INVOCATIONS = 10;

    private LincheckTierBudgets() {
    }
}
