package org.comlife.checks.coverage.bugs;

import java.util.List;
import org.comlife.checks.jpf.host.JpfInstallation;
import org.comlife.checks.matrix.Engine;
import org.comlife.checks.matrix.EngineFinding;
import org.comlife.checks.matrix.EngineId;
import org.comlife.checks.matrix.EngineSettings;

/**
 * Runs the reference row of {@code comlife hunt} (every engine's check of an implementation)
 * against each of {@link IndependentBugs} and prints which engines catch it, with times: the
 * table of the README's coverage section. Exits 1 when a bug escapes every engine. Run with
 * the test classpath; engine ids as arguments restrict the engines, bug names the bugs.
 */
public final class IndependentBugsMeasurement {
    private IndependentBugsMeasurement() {
    }

    public static void main(String[] args) {
        EngineSettings settings = EngineSettings.ofReference(60, 1, JpfInstallation.locate());
        boolean allCaught = true;
        List<String> named = List.of(args);
        boolean someBugNamed = IndependentBugs.all().stream().anyMatch(bug -> named.contains(bug.name()));
        boolean someEngineNamed = EngineId.ids().stream().anyMatch(named::contains);
        for (IndependentBugs.Bug bug : IndependentBugs.all()) {
            if (someBugNamed && !named.contains(bug.name())) {
                continue;
            }
            StringBuilder line = new StringBuilder(String.format("%-24s", bug.name()));
            boolean caught = false;
            for (EngineId id : EngineId.values()) {
                if (someEngineNamed && !named.contains(id.id())) {
                    continue;
                }
                Engine engine = id.create(settings);
                if (engine.unavailableReason() != null) {
                    line.append(String.format(" | %s skipped", id.id()));
                    continue;
                }
                long start = System.nanoTime();
                String verdict;
                try {
                    EngineFinding finding = engine.checkImplementation(bug.helpers());
                    caught |= finding.violationFound();
                    verdict = finding.violationFound() ? "CAUGHT" : "passed";
                } catch (RuntimeException | AssertionError crash) {
                    verdict = "ERROR " + crash;
                }
                line.append(String.format(" | %s %s %.1f s", id.id(), verdict, (System.nanoTime() - start) / 1e9));
            }
            allCaught &= caught;
            System.out.println(line);
        }
        System.exit(allCaught ? 0 : 1);
    }
}
