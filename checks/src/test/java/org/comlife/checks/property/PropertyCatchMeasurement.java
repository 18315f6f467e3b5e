package org.comlife.checks.property;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.comlife.checks.faults.Fault;
import org.comlife.checks.faults.FaultCatalogue;
import org.comlife.checks.matrix.EngineId;
import org.comlife.checks.matrix.PropertyEngine;
import org.comlife.checks.property.report.Counterexample;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Measures the engine against every reachable fault over five seeds: median time and chains to
 * catch, and the counterexample before and after shrinking. Not part of the default suite: run
 * it with {@code -Dtest=PropertyCatchMeasurement -Dcomlife.measure=true}; it prints a Markdown table.
 */
@EnabledIfSystemProperty(named = "comlife.measure", matches = "true")
class PropertyCatchMeasurement {
    private static final long[] SEEDS = {1, 2, 3, 4, 5};
    private static final int TRIES = 5_000;

    /** Prints, per fault, the medians over the seeds of what it took to catch and shrink it. */
    @Test
    void measureEveryReachableFault() {
        StringBuilder table = new StringBuilder();
        table.append("| fault | invariant | caught | median ms to catch | median chains | API steps before -> after "
                + "(median) | actions before -> after (median) | scenario API steps | median shrink ms |\n");
        table.append("|---|---|---|---|---|---|---|---|---|\n");
        for (Fault fault : FaultCatalogue.all()) {
            if (fault.claimOf(EngineId.PROPERTY).isOutOfReach()) {
                continue;
            }
            List<Long> millis = new ArrayList<>();
            List<Long> chains = new ArrayList<>();
            List<Long> stepsBefore = new ArrayList<>();
            List<Long> stepsAfter = new ArrayList<>();
            List<Long> actionsBefore = new ArrayList<>();
            List<Long> actionsAfter = new ArrayList<>();
            List<Long> shrinkMillis = new ArrayList<>();
            String invariant = "";
            int caught = 0;
            for (long seed : SEEDS) {
                PropertyResult result = PropertyRunner.check(PropertyEngine.huntSettings(fault, seed, TRIES));
                if (result.passed()) {
                    continue;
                }
                caught++;
                Counterexample counterexample = result.counterexample();
                invariant = String.valueOf(counterexample.invariant().number());
                millis.add(result.millisToFailure());
                chains.add((long) result.casesRun());
                stepsBefore.add((long) counterexample.original().apiSteps());
                stepsAfter.add((long) counterexample.minimal().apiSteps());
                actionsBefore.add((long) counterexample.original().chain().actionCount());
                actionsAfter.add((long) counterexample.minimal().chain().actionCount());
                shrinkMillis.add(counterexample.shrink().millis());
            }
            table.append(String.format("| %s | %s | %d/%d | %s | %s | %s -> %s | %s -> %s | %d | %s |%n", fault.id(),
                    invariant, caught, SEEDS.length, median(millis), median(chains), median(stepsBefore),
                    median(stepsAfter), median(actionsBefore), median(actionsAfter), ScenarioLength.apiSteps(fault),
                    median(shrinkMillis)));
        }
        System.out.println(table);
    }

    private static String median(List<Long> values) {
        if (values.isEmpty()) {
            return "-";
        }
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return String.valueOf(sorted.get(sorted.size() / 2));
    }
}
