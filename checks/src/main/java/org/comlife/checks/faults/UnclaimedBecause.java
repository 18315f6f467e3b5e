package org.comlife.checks.faults;

/**
 * Reasons shared by many catalogue entries for an engine's not claiming a fault. An entry may
 * also give a reason of its own.
 */
final class UnclaimedBecause {
    /**
     * For Lincheck's model checker over the program, and for JPF, on a fault the program shows
     * on every schedule: the full hunt shows it on the first run, the quick gate runs only the
     * engines that claim it.
     */
    static final String EVERY_RUN_FAILS = "every run of the program breaks the contract, so the full hunt shows it "
            + "on the first run; the quick gate leaves it to the engines that claim it";
    /** For Lincheck's model checker over the program, on a fault only some schedules show. */
    static final String FEW_SCHEDULES_FAIL = "only some schedules break the contract, and Lincheck's model checker "
            + "over the program, at the tier's budget of interleavings on real threads, does not reach one";
    /** For the engines that switch threads only between API calls, on a window inside one helper call. */
    static final String INSIDE_ONE_CALL = "its window lies inside one helper call, and the engine switches threads "
            + "only between API calls";

    private UnclaimedBecause() {
    }
}
