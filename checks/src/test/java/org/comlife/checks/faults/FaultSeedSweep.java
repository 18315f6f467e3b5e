package org.comlife.checks.faults;

import java.util.Map;
import java.util.TreeMap;
import org.comlife.model.Invariant;

/**
 * A measurement, not a test: for every fault, runs its program and its twin under the
 * deterministic scheduler with seeds 0..199 and prints the scenario's size (logical threads,
 * the SCM's launched servers included; scheduler steps, fewest to most), the first seed whose
 * run breaks each declared invariant, how many seeds catch the fault, and whether the twin
 * stayed clean on every seed. Run:
 * {@code mvn -q -pl checks test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=org.comlife.checks.faults.FaultSeedSweep}
 */
public final class FaultSeedSweep {
    private FaultSeedSweep() {
    }

    public static void main(String[] args) {
        System.out.printf("%-28s %-8s %-10s %-8s %-7s %-22s %-8s %s%n", "id", "kind", "invariants", "threads", "steps",
                "first seed", "caught", "twin");
        for (Fault fault : FaultCatalogue.all()) {
            int caught = 0;
            int fewestSteps = Integer.MAX_VALUE;
            int mostSteps = 0;
            int threads = 0;
            int uncleanTwins = 0;
            Map<Integer, Long> firstSeed = new TreeMap<>();
            for (long seed = 0; seed < FaultScenariosTest.SEEDS; seed++) {
                SeededRun run = SeededRun.of(fault.program(), fault.helpers(), seed);
                fewestSteps = Math.min(fewestSteps, run.run().steps());
                mostSteps = Math.max(mostSteps, run.run().steps());
                threads = Math.max(threads, run.threads());
                boolean caughtHere = false;
                for (Invariant invariant : fault.invariants()) {
                    if (run.broke(invariant)) {
                        caughtHere = true;
                        firstSeed.putIfAbsent(invariant.number(), seed);
                    }
                }
                caught += caughtHere ? 1 : 0;
                uncleanTwins += SeededRun.of(fault.twin(), fault.twinHelpers(), seed).clean() ? 0 : 1;
            }
            System.out.printf("%-28s %-8s %-10s %-8d %-7s %-22s %-8s %s%n", fault.id(),
                    fault.kind().name().toLowerCase(), fault.invariantNumbers(), threads, fewestSteps + "-" + mostSteps,
                    firstSeed.isEmpty() ? "none" : firstSeed.toString(), caught + "/" + FaultScenariosTest.SEEDS,
                    uncleanTwins == 0 ? "clean" : uncleanTwins + " unclean");
        }
    }
}
