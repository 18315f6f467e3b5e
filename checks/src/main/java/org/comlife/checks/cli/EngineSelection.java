package org.comlife.checks.cli;

import java.util.ArrayList;
import java.util.List;
import org.comlife.checks.exhaustive.ExplorationBudget;
import org.comlife.checks.faults.EngineIds;
import org.comlife.checks.impl.ImplementationClass;
import org.comlife.checks.lincheck.LincheckTierBudgets;
import org.comlife.checks.jpf.JpfLookup;
import org.comlife.checks.matrix.Engine;
import org.comlife.checks.matrix.JpfEngine;
import org.comlife.checks.matrix.ExhaustiveEngine;
import org.comlife.checks.matrix.LincheckEngine;
import org.comlife.checks.matrix.PropertyEngine;

/** Builds the engines a command asked for, in the matrix's order. */
final class EngineSelection {
    /** Engines this build can run. */
    static final List<String> BUILT = EngineIds.ALL;
    /** Cases the property engine tries per cell: it stops at the first failing one. */
    static final int PROPERTY_TRIES = 500;

    private EngineSelection() {
    }

    /** The engines named by the spec; {@code user} is the user's implementation class (null: none), for JPF. */
    static List<Engine> of(String spec, long budgetSeconds, long seed, JpfLookup jpf, ImplementationClass user) {
        List<String> wanted = spec == null || spec.equals("all") ? BUILT : split(spec);
        List<Engine> engines = new ArrayList<>();
        for (String id : EngineIds.ALL) {
            if (wanted.contains(id)) {
                engines.add(build(id, budgetSeconds, seed, jpf, user));
            }
        }
        return engines;
    }

    private static List<String> split(String spec) {
        List<String> ids = new ArrayList<>();
        for (String part : spec.split(",")) {
            String id = part.trim();
            if (!EngineIds.isKnown(id)) {
                throw new UsageProblem("unknown engine '" + id + "'; known: " + String.join(", ", EngineIds.ALL));
            }
            ids.add(id);
        }
        return ids;
    }

    private static Engine build(String id, long budgetSeconds, long seed, JpfLookup jpf, ImplementationClass user) {
        if (EngineIds.JPF.equals(id)) {
            return new JpfEngine(jpf, user);
        }
        if (EngineIds.LINCHECK.equals(id)) {
            return new LincheckEngine(LincheckTierBudgets.SCENARIO_INVOCATIONS);
        }
        if (EngineIds.PROPERTY.equals(id)) {
            return new PropertyEngine(seed, PROPERTY_TRIES);
        }
        return new ExhaustiveEngine(new ExplorationBudget(1_000_000, 5_000, budgetSeconds * 1000));
    }
}
