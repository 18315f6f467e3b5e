package org.comlife.checks.exhaustive;

import java.util.ArrayList;
import java.util.List;
import org.comlife.checks.schedule.Program;
import org.comlife.model.examples.ManagedAutoMarshalExample;
import org.comlife.model.examples.OutOfProcessServerExample;
import org.comlife.model.runtime.RuntimeHelpers;

/**
 * Not a test: explores the source documents' programs, at the sizes too large for
 * {@code mvn verify}, and compares each result with the one it is expected to produce (verdict
 * and distinct states), like a model checker's models: exit status 1 on drift. Run it with the
 * test class path (command in README); name configurations on the command line to run only
 * those, the default runs them all. The small ones are pinned on every build by
 * ExhaustiveExplorerTest, not repeated here.
 */
public final class ExhaustiveExamplesMeasurement {
    /** Far above every configuration here: a run that reaches it has drifted. */
    private static final ExplorationBudget BUDGET = new ExplorationBudget(10_000_000, 5_000, 4 * 3_600_000);
    /** Workers side by side: a step mostly waits for a thread to wake, so one more than the cores keeps them busy. */
    private static final int WORKERS = Runtime.getRuntime().availableProcessors() + 1;

    /** Distinct states of the out-of-process server example with one early client and no calls. */
    private static final long OOP_ONE_CLIENT_STATES = 35_886;

    /** One configuration with the verdict and the number of distinct states it must produce. */
    private record Configuration(String id, Program program, Verdict verdict, long distinctStates) {
    }

    private static final List<Configuration> CONFIGURATIONS = List.of(
            new Configuration("managed-auto-marshal", ManagedAutoMarshalExample::start, Verdict.PASSED, 1_690),
            new Configuration("out-of-process-server-1-early-client-0-calls",
                    (world, threads) -> OutOfProcessServerExample.start(world, threads, 0, 1), Verdict.PASSED,
                    OOP_ONE_CLIENT_STATES));

    private ExhaustiveExamplesMeasurement() {
    }

    public static void main(String[] args) {
        List<String> chosen = List.of(args);
        List<String> drift = new ArrayList<>();
        System.out.println("Workers: " + WORKERS);
        System.out.println("| program | verdict | distinct states | visited | transitions | runs | time |");
        System.out.println("|---|---|---|---|---|---|---|");
        for (Configuration configuration : CONFIGURATIONS) {
            if (!chosen.isEmpty() && !chosen.contains(configuration.id())) {
                continue;
            }
            ExplorationResult result = ExhaustiveExplorer.explore(configuration.program(),
                    RuntimeHelpers.reference(), BUDGET, WORKERS);
            System.out.printf("| %s | %s | %,d | %,d | %,d | %,d | %.1f s |%n", configuration.id(), result.verdict(),
                    result.distinctStates(), result.statesVisited(), result.transitions(), result.runs(),
                    result.millis() / 1000.0);
            if (result.verdict() != configuration.verdict()
                    || result.distinctStates() != configuration.distinctStates()) {
                drift.add(configuration.id() + ": expected " + configuration.verdict() + " with "
                        + configuration.distinctStates() + " distinct states, got " + result);
            }
        }
        if (!drift.isEmpty()) {
            drift.forEach(line -> System.out.println("DRIFT " + line));
            System.exit(1);
        }
    }
}
