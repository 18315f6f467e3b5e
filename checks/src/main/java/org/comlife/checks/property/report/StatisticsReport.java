package org.comlife.checks.property.report;

import java.util.Map;
import org.comlife.checks.property.action.ActionKind;
import org.comlife.checks.property.action.Misuse;
import org.comlife.checks.property.chain.ThreadApartment;

/** The statistics as text, for a test's output or a CI log. */
public final class StatisticsReport {
    private StatisticsReport() {
    }

    public static String render(GenerationStatistics statistics) {
        StringBuilder text = new StringBuilder();
        int cases = statistics.cases();
        long actions = statistics.totalActions();
        text.append("Generated ").append(cases).append(" cases, ").append(actions).append(" actions, ")
                .append(statistics.schedulerSteps().total()).append(" scheduler steps, ")
                .append(statistics.apiSteps().total()).append(" API calls\n");
        text.append("Action mix:\n");
        for (Map.Entry<ActionKind, Integer> entry : statistics.actionMix().entrySet()) {
            text.append(String.format("  %-24s %6d  %5.1f%%%n", entry.getKey().label(), entry.getValue(),
                    percent(entry.getValue(), actions)));
        }
        text.append("Chain length (actions): ").append(statistics.chainLengths()).append('\n');
        text.append("Scheduler steps per case: ").append(statistics.schedulerSteps()).append('\n');
        text.append("API calls per case: ").append(statistics.apiSteps()).append('\n');
        text.append("Preemptions per case: ").append(statistics.preemptions()).append('\n');
        text.append("Threads per case:");
        for (Map.Entry<Integer, Integer> entry : statistics.threadsPerCase().entrySet()) {
            text.append(String.format(" %d: %d (%.0f%%);", entry.getKey(), entry.getValue(),
                    percent(entry.getValue(), cases)));
        }
        text.append("\nThread apartments:");
        for (Map.Entry<ThreadApartment, Integer> entry : statistics.apartments().entrySet()) {
            text.append(' ').append(entry.getKey()).append(' ').append(entry.getValue()).append(';');
        }
        text.append(String.format("%nCases launching a server: %d (%.0f%%), relaunching after a shutdown: %d%n",
                statistics.casesLaunchingServer(), percent(statistics.casesLaunchingServer(), cases),
                statistics.casesRelaunchingServer()));
        if (!statistics.casesPerMisuse().isEmpty()) {
            text.append("Cases with each misuse:\n");
            for (Map.Entry<Misuse, Integer> entry : statistics.casesPerMisuse().entrySet()) {
                text.append(String.format("  %-28s %6d  %5.1f%%%n", entry.getKey().label(), entry.getValue(),
                        percent(entry.getValue(), cases)));
            }
        }
        if (!statistics.failingCases().isEmpty()) {
            text.append("Failing cases: ").append(statistics.failingCases()).append('\n');
        }
        text.append("Cases reaching each API (journal operation):\n");
        for (Map.Entry<String, Integer> entry : statistics.casesPerApi().entrySet()) {
            text.append(String.format("  %-40s %6d  %5.1f%%%n", entry.getKey(), entry.getValue(),
                    percent(entry.getValue(), cases)));
        }
        return text.toString();
    }

    private static double percent(long part, long whole) {
        return whole == 0 ? 0 : 100.0 * part / whole;
    }
}
