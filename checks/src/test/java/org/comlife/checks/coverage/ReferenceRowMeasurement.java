package org.comlife.checks.coverage;

import java.util.List;
import org.comlife.checks.jpf.host.JpfInstallation;
import org.comlife.checks.matrix.Engine;
import org.comlife.checks.matrix.EngineFinding;
import org.comlife.checks.matrix.EngineId;
import org.comlife.checks.matrix.EngineSettings;
import org.comlife.model.runtime.RuntimeHelpers;

/**
 * Times the reference row of {@code comlife hunt} engine by engine (the settings hunt uses: a
 * budget of 60 s per program, seed 1), and prints what each engine explored. Exits 1 when an
 * engine finds a violation in the reference. Run: {@code mvn -q -pl checks test-compile exec:java
 * -Dexec.classpathScope=test -Dexec.mainClass=org.comlife.checks.coverage.ReferenceRowMeasurement}
 * (add -Djpf.home=... for the JPF column).
 */
public final class ReferenceRowMeasurement {
    private ReferenceRowMeasurement() {
    }

    public static void main(String[] args) {
        EngineSettings settings = EngineSettings.ofReference(60, 1, JpfInstallation.locate());
        boolean clean = true;
        for (EngineId id : EngineId.values()) {
            Engine engine = id.create(settings);
            if (engine.unavailableReason() != null) {
                System.out.printf("%-10s skipped: %s%n", id.id(), engine.unavailableReason());
                continue;
            }
            long start = System.nanoTime();
            EngineFinding finding = engine.checkImplementation(RuntimeHelpers.reference());
            long millis = (System.nanoTime() - start) / 1_000_000;
            clean &= !finding.violationFound();
            System.out.printf("%-10s %6.1f s wall, %6.1f s engine, %d %s: %s%s%n", id.id(), millis / 1000.0,
                    finding.millis() / 1000.0, finding.explored(), finding.exploredUnit(), finding.remark(),
                    finding.violationFound() ? "  VIOLATION" : "");
        }
        System.exit(clean ? 0 : 1);
    }
}
