package org.comlife.checks.lincheck;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.comlife.checks.coverage.bugs.IndependentBugs;
import org.comlife.checks.faults.Fault;
import org.comlife.checks.faults.FaultCatalogue;
import org.comlife.checks.faults.FaultKind;
import org.comlife.model.runtime.RuntimeHelpers;

/**
 * A benchmark, not a test: the budget each helper check needs under the model checker. For every
 * known bug of a helper (the catalogue's runtime faults and the independent bugs of the coverage
 * work), it finds the fewest scenarios that catch it at the check's invocations per scenario, then
 * the fewest invocations per scenario at that many scenarios, and prints both beside the check's
 * budget: the budget's margin over the hungriest bug is what {@link LincheckTierBudgets} is
 * sized by. Lincheck's scenario generation is seeded by Lincheck, so the counts repeat from run
 * to run. Run: {@code mvn -q -pl checks test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=org.comlife.checks.lincheck.LincheckBudgetMeasurement} (check ids as
 * arguments restrict the checks).
 */
public final class LincheckBudgetMeasurement {
    private static final int[] INVOCATION_STEPS = {1, 2, 3, 5, 7, 10, 15, 20, 25, 30, 40, 50, 70, 100, 150, 200, 300, 400};

    private LincheckBudgetMeasurement() {
    }

    public static void main(String[] args) {
        List<String> named = List.of(args);
        boolean allCaught = true;
        for (HelperCheck check : HelperCheck.values()) {
            if (!named.isEmpty() && !named.contains(check.id())) {
                continue;
            }
            LincheckBudget budget = check.modelCheckingBudget();
            System.out.println(check.id() + " (budget " + budget + ")");
            int worstScenarios = 0;
            int worstInvocations = 0;
            for (Map.Entry<String, RuntimeHelpers> bug : bugsOf(check).entrySet()) {
                int scenarios = fewestScenarios(check, bug.getValue(), budget);
                if (scenarios < 0) {
                    allCaught = false;
                    System.out.printf("  %-32s ESCAPES %d scenarios x %d invocations%n", bug.getKey(),
                            2 * budget.iterations(), budget.invocationsPerIteration());
                    continue;
                }
                int invocations = fewestInvocations(check, bug.getValue(), budget, scenarios);
                worstScenarios = Math.max(worstScenarios, scenarios);
                worstInvocations = Math.max(worstInvocations, invocations);
                System.out.printf("  %-32s caught with %3d scenarios x %3d invocations%n", bug.getKey(), scenarios,
                        invocations);
            }
            System.out.printf("  hungriest: %d scenarios, %d invocations per scenario; budget margin x%.1f and x%.1f%n",
                    worstScenarios, worstInvocations, budget.iterations() / (double) Math.max(1, worstScenarios),
                    budget.invocationsPerIteration() / (double) Math.max(1, worstInvocations));
        }
        System.exit(allCaught ? 0 : 1);
    }

    /** The catalogue's runtime faults this check catches, then the independent bugs of its helper. */
    static Map<String, RuntimeHelpers> bugsOf(HelperCheck check) {
        Map<String, RuntimeHelpers> bugs = new LinkedHashMap<>();
        for (Fault fault : FaultCatalogue.ofKind(FaultKind.RUNTIME)) {
            if (fault.lincheckCheck() == check) {
                bugs.put(fault.id().toString(), fault.helpers());
            }
        }
        for (IndependentBugs.Bug bug : IndependentBugs.all()) {
            if (bug.lincheck() == check) {
                bugs.put(bug.name(), bug.helpers());
            }
        }
        return bugs;
    }

    /** The fewest scenarios (up to twice the budget's) that catch the bug; -1 when none do. */
    private static int fewestScenarios(HelperCheck check, RuntimeHelpers bug, LincheckBudget budget) {
        int low = 0;
        int high = -1;
        for (int scenarios = 1; scenarios <= 2 * budget.iterations(); scenarios *= 2) {
            if (caught(check, bug, with(budget, scenarios, budget.invocationsPerIteration()))) {
                high = scenarios;
                break;
            }
            low = scenarios;
        }
        if (high < 0) {
            return caught(check, bug, with(budget, 2 * budget.iterations(), budget.invocationsPerIteration()))
                    ? 2 * budget.iterations() : -1;
        }
        while (high - low > 1) {
            int middle = (low + high) / 2;
            if (caught(check, bug, with(budget, middle, budget.invocationsPerIteration()))) {
                high = middle;
            } else {
                low = middle;
            }
        }
        return high;
    }

    /** The fewest invocations per scenario, of a few steps, that catch the bug with {@code scenarios} scenarios. */
    private static int fewestInvocations(HelperCheck check, RuntimeHelpers bug, LincheckBudget budget, int scenarios) {
        List<Integer> steps = new ArrayList<>();
        for (int step : INVOCATION_STEPS) {
            if (step < budget.invocationsPerIteration()) {
                steps.add(step);
            }
        }
        for (int invocations : steps) {
            if (caught(check, bug, with(budget, scenarios, invocations))) {
                return invocations;
            }
        }
        return budget.invocationsPerIteration();
    }

    private static LincheckBudget with(LincheckBudget budget, int scenarios, int invocations) {
        return new LincheckBudget(scenarios, invocations, budget.threads(), budget.actorsPerThread(),
                budget.actorsBefore());
    }

    private static boolean caught(HelperCheck check, RuntimeHelpers bug, LincheckBudget budget) {
        return !LincheckRunner.check(check, LincheckStrategy.MODEL_CHECKING, bug, budget).passed();
    }
}
