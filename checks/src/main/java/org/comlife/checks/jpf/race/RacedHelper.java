package org.comlife.checks.jpf.race;

import java.util.function.Supplier;

/**
 * A helper as a helper race drives it: its operations by name, each answering as text, and the
 * state it ends in. The helper under test (its own threads run one operation each) and the sequential
 * specification (one operation at a time, in a chosen order) are both seen this way, so their
 * outcomes compare as strings. This code runs inside JPF.
 */
interface RacedHelper {

    /**
     * The named operation, to run later: it answers its result, e.g. "0" or "S_OK". The driver
     * looks operations up before it starts the threads, so the threads share nothing but the
     * helper itself (a shared lookup table would add scheduling points JPF must explore).
     */
    Supplier<String> operation(String name);

    /** The helper's state once every operation has returned, e.g. "count 1, suspended". */
    String state();
}
