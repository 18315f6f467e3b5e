package org.comlife.checks.lincheck;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.comlife.checks.faults.Fault;
import org.comlife.checks.faults.FaultCatalogue;

/**
 * A benchmark, not a test: for each seeded runtime fault, runs the helper check its catalogue
 * entry names under several
 * scenario shapes (Lincheck has no seed; the shape is what varies the search) and prints how
 * many test instances Lincheck built before it reported the fault (an upper bound on the
 * invocations to the first failure: it includes the minimization of the failing scenario).
 * Run: {@code mvn -q -pl checks test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=org.comlife.checks.lincheck.LincheckCatchMeasurement}
 */
public final class LincheckCatchMeasurement {
    private static final int[] THREADS = {2, 3};
    private static final int[] ACTORS = {2, 3, 4};
    private static final int[] INVOCATIONS_PER_SCENARIO = {100, 200};

    private LincheckCatchMeasurement() {
    }

    public static void main(String[] args) {
        for (LincheckStrategy strategy : LincheckStrategy.values()) {
            for (Fault fault : LincheckCatchesRuntimeFaultsTest.runtimeFaults()) {
                List<Integer> invocations = new ArrayList<>();
                List<Long> millis = new ArrayList<>();
                int escaped = 0;
                for (int threads : THREADS) {
                    for (int actors : ACTORS) {
                        for (int perScenario : INVOCATIONS_PER_SCENARIO) {
                            LincheckBudget budget = new LincheckBudget(10, perScenario, threads, actors, 0);
                            LincheckOutcome outcome = LincheckRunner.check(fault.lincheckCheck(), strategy,
                                    fault.helpers(), budget);
                            if (outcome.passed()) {
                                escaped++;
                            } else {
                                invocations.add(outcome.invocations());
                                millis.add(outcome.millis());
                            }
                        }
                    }
                }
                Collections.sort(invocations);
                Collections.sort(millis);
                int runs = THREADS.length * ACTORS.length * INVOCATIONS_PER_SCENARIO.length;
                System.out.println(strategy + " " + fault.id() + ": caught " + invocations.size() + "/" + runs
                        + (invocations.isEmpty() ? "" : ", invocations median " + invocations.get(invocations.size() / 2)
                        + " worst " + invocations.get(invocations.size() - 1) + ", ms median "
                        + millis.get(millis.size() / 2) + " worst " + millis.get(millis.size() - 1))
                        + (escaped > 0 ? ", ESCAPED " + escaped : ""));
            }
        }
    }
}
