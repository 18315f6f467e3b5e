package org.comlife.checks.faults;

import java.util.List;

/** The ids of the engines a fault can claim (architecture.md, checks/ "Engines"). */
public final class EngineIds {
    /** Linearizability of each helper, and Lincheck's model checker over scenarios on real threads. */
    public static final String LINCHECK = "lincheck";
    /** Random interleavings from a seed, checked after every step, shrunk. */
    public static final String PROPERTY = "property";
    /** Every interleaving of a bounded scenario at API-step granularity. */
    public static final String EXHAUSTIVE = "exhaustive";
    /** Java PathFinder over the scenarios and the helper races at bytecode granularity (optional tier). */
    public static final String JPF = "jpf";

    /** Every known engine id, in the order the matrix shows them. */
    public static final List<String> ALL = List.of(LINCHECK, PROPERTY, EXHAUSTIVE, JPF);

    private EngineIds() {
    }

    public static boolean isKnown(String id) {
        return ALL.contains(id);
    }
}
