package org.comlife.checks.lincheck;

/**
 * The budgets of the Lincheck tier: small enough for every build, large enough that the seeded
 * runtime faults are caught on every run (what each costs and needs: README.md, "Lincheck tier").
 */
public final class LincheckTierBudgets {
    // Each check's budget under the model checker: its hungriest known bug (the catalogue's runtime
    // faults and the coverage work's independent bugs, measured by LincheckBudgetMeasurement)
    // needs at most half its scenarios and half its invocations per scenario; no budget has fewer
    // than 10 invocations per scenario, nor fewer scenarios than before the measurement, since new
    // scenarios are what find new bugs.

    /** The server-process count: split-release needs 9 scenarios and 10 invocations each. */
    public static final LincheckBudget SERVER_PROCESS_COUNT_MODEL_CHECKING = new LincheckBudget(20, 20, 2, 3, 0);
    /**
     * The class table: its operations hold one monitor, so few interleavings per scenario
     * suffice, and many scenarios meet the sequences that matter (a revoke or a SINGLEUSE
     * activation followed by a lookup of the same class): single-use-serves-again needs 28
     * scenarios, EveryUseSingleTable 5 invocations each.
     */
    public static final LincheckBudget CLASS_TABLE_MODEL_CHECKING = new LincheckBudget(60, 10, 2, 4, 0);
    /** The GIT: git-revoke-races-get needs 2 scenarios and 31 to 40 invocations each. */
    public static final LincheckBudget GLOBAL_INTERFACE_TABLE_MODEL_CHECKING = new LincheckBudget(10, 80, 2, 3, 0);
    /** One NORMAL packet's end: non-atomic-unmarshal-once needs 1 scenario and 31 to 40 invocations. */
    public static final LincheckBudget UNMARSHAL_ONCE_PACKET_MODEL_CHECKING = new LincheckBudget(10, 80, 2, 3, 0);
    /**
     * The marshal packets: fifteen operation and packet pairs, so more scenarios than the others,
     * each with few interleavings (the packets' ends are claimed atomically):
     * StrongReleaseTwiceMarshaler needs 6 scenarios, unsupported-iid-leaks 5 invocations each.
     */
    public static final LincheckBudget MARSHAL_PACKETS_MODEL_CHECKING = new LincheckBudget(30, 10, 2, 3, 0);
    /** The inter-thread streams: each of their three known bugs is caught in the first invocation. */
    public static final LincheckBudget INTER_THREAD_STREAMS_MODEL_CHECKING = new LincheckBudget(10, 10, 2, 3, 0);
    /** The activation path: late-implicit-lock needs 4 scenarios and 5 invocations each. */
    public static final LincheckBudget CLASS_OBJECT_ACTIVATION_MODEL_CHECKING = new LincheckBudget(10, 10, 2, 3, 0);
    /** Linearizability of one helper under the stress strategy. */
    public static final LincheckBudget HELPER_STRESS = new LincheckBudget(10, 200, 2, 3, 0);
    /** Interleavings Lincheck's model checker explores for one example scenario, or a user's program. */
    public static final int SCENARIO_INVOCATIONS = 10;
    /**
     * Interleavings Lincheck's model checker explores for a client fault's program in the hunt.
     * Lincheck claims none of them; every one it catches, it catches on the first run (measured:
     * README.md, "A one-minute hunt"), so two runs keep the margin of two every budget here has,
     * and a program it does not catch costs two runs instead of ten.
     */
    public static final int FAULT_PROGRAM_INVOCATIONS = 2;

    private LincheckTierBudgets() {
    }
}
