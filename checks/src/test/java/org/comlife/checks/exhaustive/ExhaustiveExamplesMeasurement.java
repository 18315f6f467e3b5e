package org.comlife.checks.exhaustive;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.comlife.model.examples.ManagedAutoMarshalExample;
import org.comlife.model.examples.OutOfProcessServerExample;
import org.comlife.model.program.Program;
import org.comlife.model.runtime.RuntimeHelpers;

/**
 * Not a test: explores the source documents' programs, at the sizes too large for
 * {@code mvn verify}, and compares each result with the one it is expected to produce (verdict
 * and distinct states), like a model checker's models: exit status 1 on drift. Run it with the
 * test class path (command in README); name configurations on the command line to run only
 * those. The default runs all but the out-of-process example as written without reduction,
 * which takes hours (run it in parts with {@code --checkpoints}). The small ones are pinned on
 * every build by ExhaustiveExplorerTest, not repeated here. A reduced configuration runs with
 * one worker: which choices partial-order reduction selects first depends on what it has
 * learnt by then, so its count is pinned for one order of search.
 */
public final class ExhaustiveExamplesMeasurement {
    /** Far above every configuration here: a run that reaches it has drifted. */
    private static final ExplorationBudget BUDGET = new ExplorationBudget(10_000_000, 5_000, 4 * 3_600_000);
    /** Workers side by side: a step mostly waits for a thread to wake, so one more than the cores keeps them busy. */
    private static final int WORKERS = Runtime.getRuntime().availableProcessors() + 1;

    /** How often a configuration under way shows how far it has got. */
    private static final long PROGRESS_EVERY_MILLIS = 60_000;

    /** Distinct states of the out-of-process server example with one early client and no calls. */
    private static final long OOP_ONE_CLIENT_STATES = 35_886;

    /**
     * Distinct states of the out-of-process server example as written (two early clients with two
     * calls each, a late client); what exploring them costs is in the README's table.
     */
    private static final long OOP_AS_WRITTEN_STATES = 3_987_240;

    /**
     * One configuration with the verdict and the number of distinct states it must produce; one
     * that is run only when named (it takes hours) is left out of the default set.
     */
    private record Configuration(String id, Program program, Verdict verdict, long distinctStates,
                                 boolean onlyWhenNamed, Reductions reductions) {
        Configuration(String id, Program program, Verdict verdict, long distinctStates) {
            this(id, program, verdict, distinctStates, false, Reductions.NONE);
        }

        /** This configuration explored with partial-order reduction, under its id followed by "/por". */
        Configuration reduced(long reducedStates) {
            return new Configuration(id + "/por", program, verdict, reducedStates, false, Reductions.PARTIAL_ORDER);
        }

        int workers() {
            return reductions.any() ? 1 : WORKERS;
        }
    }

    /** Distinct states of the out-of-process server example with one early client and no calls, reduced (one worker). */
    private static final long OOP_ONE_CLIENT_REDUCED_STATES = 2_025;

    /** Distinct states of the out-of-process server example as written, reduced (one worker). */
    private static final long OOP_AS_WRITTEN_REDUCED_STATES = 164_690;

    private static final Configuration OOP_ONE_CLIENT = new Configuration("out-of-process-server-1-early-client-0-calls",
            (world, threads) -> OutOfProcessServerExample.start(world, threads, 0, 1), Verdict.PASSED,
            OOP_ONE_CLIENT_STATES);
    private static final Configuration OOP_AS_WRITTEN = new Configuration("out-of-process-server",
            OutOfProcessServerExample::start, Verdict.PASSED, OOP_AS_WRITTEN_STATES, true, Reductions.NONE);

    private static final List<Configuration> CONFIGURATIONS = List.of(
            new Configuration("managed-auto-marshal", ManagedAutoMarshalExample::start, Verdict.PASSED, 1_690),
            OOP_ONE_CLIENT, OOP_ONE_CLIENT.reduced(OOP_ONE_CLIENT_REDUCED_STATES),
            OOP_AS_WRITTEN, OOP_AS_WRITTEN.reduced(OOP_AS_WRITTEN_REDUCED_STATES));

    private ExhaustiveExamplesMeasurement() {
    }

    /**
     * Arguments: {@code [--checkpoints DIR] [--minutes N] [configuration ...]}. With a checkpoint
     * folder, a configuration goes on from its checkpoint there and saves to it when it runs out
     * of time ({@code --minutes}, 240 by default), so an exploration of hours can be done in parts.
     */
    public static void main(String[] args) {
        List<String> chosen = new ArrayList<>();
        Path checkpoints = null;
        ExplorationBudget budget = BUDGET;
        try {
            for (int i = 0; i < args.length; i++) {
                String argument = args[i];
                if (argument.equals("--checkpoints") && i + 1 < args.length) {
                    checkpoints = Files.createDirectories(Path.of(args[++i]));
                } else if (argument.equals("--minutes") && i + 1 < args.length) {
                    long minutes = Long.parseLong(args[++i]);
                    budget = new ExplorationBudget(BUDGET.maxDistinctStates(), BUDGET.maxStepsPerRun(),
                            minutes * 60_000);
                } else if (argument.startsWith("--")
                        || CONFIGURATIONS.stream().noneMatch(c -> c.id().equals(argument))) {
                    throw new IllegalArgumentException("unknown argument " + argument);
                } else {
                    chosen.add(argument);
                }
            }
        } catch (IOException | IllegalArgumentException bad) {
            System.err.println("ExhaustiveExamplesMeasurement: " + bad.getMessage()
                    + "\nusage: [--checkpoints DIR] [--minutes N] [configuration ...], configurations: "
                    + CONFIGURATIONS.stream().map(Configuration::id).toList());
            System.exit(2);
            return;
        }
        List<String> drift = new ArrayList<>();
        List<String> unfinished = new ArrayList<>();
        System.out.println("Workers: " + WORKERS + " (1 for a reduced exploration), max heap "
                + (Runtime.getRuntime().maxMemory() >> 20) + " MB");
        System.out.println("| program | reductions | verdict | distinct states | visited | transitions | runs | time |");
        System.out.println("|---|---|---|---|---|---|---|---|");
        for (Configuration configuration : CONFIGURATIONS) {
            if (chosen.isEmpty() ? configuration.onlyWhenNamed() : !chosen.contains(configuration.id())) {
                continue;
            }
            ExplorationOptions options = ExplorationOptions.defaults().withWorkers(configuration.workers())
                    .withReductions(configuration.reductions()).withProgress(
                    PROGRESS_EVERY_MILLIS, progress -> System.out.println("  " + configuration.id() + " after "
                            + progress));
            if (checkpoints != null && !configuration.reductions().any()) {
                options = options.withCheckpoint(checkpoints.resolve(configuration.id() + ".checkpoint"));
            }
            ExplorationResult result = ExhaustiveExplorer.explore(configuration.program(),
                    RuntimeHelpers.reference(), budget, options);
            System.out.printf("| %s | %s | %s | %,d | %,d | %,d | %,d | %.1f s |%n", configuration.id(),
                    configuration.reductions().label(), result.verdict(),
                    result.distinctStates(), result.statesVisited(), result.transitions(), result.runs(),
                    result.millis() / 1000.0);
            if (result.verdict() == Verdict.BOUND_REACHED && checkpoints != null) {
                unfinished.add(configuration.id() + ": " + result.detail());
                continue;
            }
            if (result.verdict() != configuration.verdict()
                    || result.distinctStates() != configuration.distinctStates()) {
                drift.add(configuration.id() + ": expected " + configuration.verdict() + " with "
                        + configuration.distinctStates() + " distinct states, got " + result);
            }
        }
        unfinished.forEach(line -> System.out.println("UNFINISHED " + line));
        if (!drift.isEmpty()) {
            drift.forEach(line -> System.out.println("DRIFT " + line));
            System.exit(1);
        }
        if (!unfinished.isEmpty()) {
            System.exit(3);
        }
    }
}
