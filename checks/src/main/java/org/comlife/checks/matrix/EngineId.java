package org.comlife.checks.matrix;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.comlife.checks.lincheck.LincheckTierBudgets;

/**
 * The engines, in the matrix's order: each with the id users and reports know it by, its name,
 * what it does, and how it is built from the settings a command gives. The catalogue's claims
 * name engines by these constants; a new engine is one constant here and its class.
 */
public enum EngineId {
    /** Linearizability of each helper, and Lincheck's model checker over programs on real threads. */
    LINCHECK("lincheck", "Lincheck",
            "linearizability of the four helpers (model checker), and Lincheck's model checker over programs",
            settings -> new LincheckEngine(LincheckTierBudgets.FAULT_PROGRAM_INVOCATIONS)),
    /** Random action chains and interleavings from a seed, checked after every step, shrunk. */
    PROPERTY("property", "Property engine",
            "random action chains and interleavings from a seed, checked after every step, shrunk",
            settings -> new PropertyEngine(settings.seed(), EngineSettings.PROPERTY_TRIES)),
    /** Every interleaving of a bounded program at API-step granularity. */
    EXHAUSTIVE("exhaustive", "Exhaustive explorer",
            "every interleaving of a bounded program at API-step granularity, visited-state pruning",
            settings -> new ExhaustiveEngine(settings.explorationBudget(), settings.cellBudget(), settings.twinsOf())),
    /** Java PathFinder over the programs and the helper races (optional tier: jpf-core is installed by the user). */
    JPF("jpf", "Java PathFinder", "every interleaving of the real bytecode (jpf-core, installed by the user)",
            settings -> new JpfEngine(settings.jpf(), settings.userImplementation(), settings.jpfEntry(),
                    settings.cellBudget()));

    private final String id;
    private final String displayName;
    private final String description;
    private final Function<EngineSettings, Engine> factory;

    EngineId(String id, String displayName, String description, Function<EngineSettings, Engine> factory) {
        this.id = id;
        this.displayName = displayName;
        this.description = description;
        this.factory = factory;
    }

    /** The id on the command line and in reports, e.g. "exhaustive". */
    public String id() {
        return id;
    }

    /** The name people read, e.g. "Exhaustive explorer". */
    public String displayName() {
        return displayName;
    }

    public String description() {
        return description;
    }

    /** A new engine of this kind, built from the command's settings. */
    public Engine create(EngineSettings settings) {
        return factory.apply(settings);
    }

    /** The engine a user named by its id; an unknown id is refused, listing the known ones. */
    public static EngineId parse(String text) {
        for (EngineId engine : values()) {
            if (engine.id.equals(text)) {
                return engine;
            }
        }
        throw new IllegalArgumentException("unknown engine '" + text + "'; known: " + String.join(", ", ids()));
    }

    /** Every engine's id, in the matrix's order. */
    public static List<String> ids() {
        List<String> ids = new ArrayList<>();
        for (EngineId engine : values()) {
            ids.add(engine.id);
        }
        return ids;
    }
}
