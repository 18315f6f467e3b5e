package org.comlife.checks.cli;

import java.util.ArrayList;
import java.util.List;
import org.comlife.checks.matrix.Engine;
import org.comlife.checks.matrix.EngineId;
import org.comlife.checks.matrix.EngineSettings;

/** Builds the engines a command asked for ("all", or ids separated by commas), in the matrix's order. */
final class EngineSelection {
    private EngineSelection() {
    }

    static List<Engine> of(String spec, EngineSettings settings) {
        List<EngineId> wanted = spec == null || spec.equals("all") ? List.of(EngineId.values()) : parse(spec);
        List<Engine> engines = new ArrayList<>();
        for (EngineId engine : EngineId.values()) {
            if (wanted.contains(engine)) {
                engines.add(engine.create(settings));
            }
        }
        return engines;
    }

    private static List<EngineId> parse(String spec) {
        List<EngineId> engines = new ArrayList<>();
        for (String part : spec.split(",")) {
            try {
                engines.add(EngineId.parse(part.trim()));
            } catch (IllegalArgumentException unknown) {
                throw new UsageProblem(unknown.getMessage());
            }
        }
        return engines;
    }
}
