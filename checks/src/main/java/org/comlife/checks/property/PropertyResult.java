package org.comlife.checks.property;

import org.comlife.checks.property.report.Counterexample;
import org.comlife.checks.property.report.CounterexampleReport;
import org.comlife.checks.property.report.GenerationStatistics;

/**
 * The outcome of a property run: how many cases ran (up to and including the first failing one),
 * how many failed only on invariants the run did not hunt, their statistics, the time (in all and
 * to the failing case), and the shrunk counterexample (null when every case passed).
 */
public record PropertyResult(PropertySettings settings, int casesRun, int otherFailures,
                             GenerationStatistics statistics, long millis, long millisToFailure,
                             Counterexample counterexample) {

    public boolean passed() {
        return counterexample == null;
    }

    public long schedulerSteps() {
        return statistics.schedulerSteps().total();
    }

    /** The full text: the outcome, the statistics and, on failure, the counterexample. */
    public String report() {
        StringBuilder text = new StringBuilder();
        text.append(passed() ? "Property held" : "Property FAILED").append(": ").append(casesRun)
                .append(" cases, seed ")
                .append(CounterexampleReport.hex(settings.seed())).append(", implementation ")
                .append(settings.implementation().name()).append(", ").append(settings.generation().vocabulary())
                .append(", ").append(millis).append(" ms");
        if (!settings.hunted().isEmpty()) {
            text.append(", hunting ").append(settings.hunted()).append(" (").append(otherFailures)
                    .append(" cases failed otherwise)");
        }
        text.append('\n');
        text.append(statistics.render());
        if (!passed()) {
            text.append(CounterexampleReport.render(counterexample));
        }
        return text.toString();
    }
}
