package org.comlife.checks.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.comlife.checks.exhaustive.ExhaustiveCounterexample;
import org.comlife.checks.exhaustive.ExhaustiveExplorer;
import org.comlife.checks.exhaustive.ExplorationBudget;
import org.comlife.checks.exhaustive.ExplorationResult;
import org.comlife.checks.exhaustive.Verdict;
import org.comlife.checks.faults.EngineClaim;
import org.comlife.checks.faults.Fault;
import org.comlife.checks.lincheck.HelperCheck;
import org.comlife.checks.lincheck.LincheckOutcome;
import org.comlife.checks.lincheck.LincheckRunner;
import org.comlife.checks.lincheck.LincheckStrategy;
import org.comlife.checks.lincheck.LincheckTierBudgets;
import org.comlife.checks.matrix.EngineId;
import org.comlife.checks.matrix.JournalCounterexample;
import org.comlife.model.Invariant;
import org.comlife.reports.text.TextSwimlaneRenderer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Tells one fault's story: what goes wrong, its minimal counterexample drawn as a text swimlane
 * (one column per thread), the invariant it breaks, the fix, and which engines claim it (and
 * why the others do not). The counterexample is the shortest schedule the exhaustive explorer
 * finds; a fault that lives inside a helper's critical section is shown with the interleaving
 * of the Lincheck check its entry names instead.
 */
@Command(name = "explain", mixinStandardHelpOptions = true,
        description = "Explain a fault: its story, its minimal counterexample as a swimlane, the invariant, the fix.")
final class ExplainCommand implements Callable<Integer> {
    @Parameters(index = "0", description = "the fault id (see `comlife list`)")
    String faultId;

    @Option(names = "--budget", defaultValue = "60", description = "seconds to search for the counterexample")
    long budgetSeconds;

    @Option(names = "--width", defaultValue = "120", description = "terminal width for the swimlane")
    int width;

    @Override
    public Integer call() {
        Fault fault = FaultSelection.named(faultId);
        if (budgetSeconds < 1 || width < 40) {
            throw new UsageProblem("--budget must be at least 1 and --width at least 40");
        }
        System.out.println(fault.id() + ": " + fault.title() + " (" + fault.kind().name().toLowerCase() + " fault)");
        System.out.println();
        System.out.println(fault.story());
        System.out.println();
        ExplorationResult result = ExhaustiveExplorer.explore(fault.program(), fault.helpers(),
                new ExplorationBudget(1_000_000, 5_000, budgetSeconds * 1000));
        if (result.verdict() == Verdict.VIOLATION) {
            ExhaustiveCounterexample found = result.counterexample();
            int last = found.journal().isEmpty() ? 0 : found.journal().get(found.journal().size() - 1).step();
            System.out.println((result.counterexampleShortest() ? "Minimal counterexample ("
                    : "Counterexample, not known to be minimal: " + result.detail() + " (")
                    + found.length() + " scheduling steps, "
                    + found.journal().size() + " calls):");
            System.out.println(TextSwimlaneRenderer.render(JournalCounterexample.of(found.journal(), last,
                    found.firstProblem(), null, null), width));
        } else {
            System.out.println("No interleaving of API calls exposes it (" + result + "):"
                    + " the bug lives inside a helper's critical section. Lincheck's interleaving:");
            System.out.println(lincheckInterleaving(fault));
        }
        System.out.println();
        for (Invariant invariant : fault.invariants()) {
            System.out.println("Breaks " + invariant + ": " + invariant.statement());
        }
        System.out.println();
        System.out.println("Fix: " + fault.fix());
        System.out.println();
        System.out.println("Engines:");
        for (EngineClaim claim : fault.claims()) {
            EngineId engine = claim.engine();
            System.out.println("  " + engine.displayName() + " (" + engine.id() + "): " + claim.describe());
        }
        return 0;
    }

    private static String lincheckInterleaving(Fault fault) {
        List<HelperCheck> checks = fault.lincheckCheck() == null ? List.of(HelperCheck.values())
                : List.of(fault.lincheckCheck());
        for (HelperCheck check : checks) {
            LincheckOutcome outcome = LincheckRunner.check(check, LincheckStrategy.MODEL_CHECKING, fault.helpers(),
                    LincheckTierBudgets.HELPER_MODEL_CHECKING);
            if (!outcome.passed()) {
                return outcome.failure();
            }
        }
        return "(Lincheck found no failing interleaving within its budget)";
    }
}
