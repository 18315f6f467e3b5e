package org.comlife.checks.property.report;

import java.util.List;
import org.comlife.checks.property.execute.CaseRun;
import org.comlife.checks.property.execute.FailureKind;
import org.comlife.model.Invariant;
import org.comlife.specs.invariants.Breach;

/**
 * A counterexample as text: how to replay it, how much shrinking took away, the minimal chain one
 * action a line, the schedule, the broken invariant with its statement, and the journal.
 */
public final class CounterexampleReport {
    /** The system property that replays one case: its case seed, as printed. */
    public static final String SEED_PROPERTY = "comlife.seed";

    private CounterexampleReport() {
    }

    public static String render(Counterexample counterexample) {
        CaseRun original = counterexample.original();
        CaseRun minimal = counterexample.minimal();
        StringBuilder text = new StringBuilder();
        text.append("Property failed: ").append(minimal.failure().headline()).append('\n');
        text.append("  run seed ").append(hex(counterexample.runSeed())).append(", case #")
                .append(counterexample.caseIndex() + 1).append(", case seed ").append(hex(counterexample.caseSeed()))
                .append("  (replay: -D").append(SEED_PROPERTY).append('=').append(hex(counterexample.caseSeed()))
                .append(")\n");
        text.append("  implementation: ").append(counterexample.implementation()).append("; vocabulary: ")
                .append(counterexample.vocabulary()).append('\n');
        text.append(String.format("  shrunk from %d actions, %d threads, %d API steps, %d preemptions"
                        + " to %d actions, %d threads, %d API steps, %d preemptions (%d runs, %d ms)%n",
                original.chain().actionCount(), original.chain().threads().size(), original.apiSteps(),
                counterexample.shrink().preemptionsBefore(), minimal.chain().actionCount(),
                minimal.chain().threads().size(), minimal.apiSteps(), counterexample.shrink().preemptionsAfter(),
                counterexample.shrink().runs(), counterexample.shrink().millis()));
        text.append("Minimal chain:\n");
        for (String line : minimal.chain().lines()) {
            text.append("  ").append(line).append('\n');
        }
        text.append("Schedule (").append(minimal.schedulerSteps()).append(" steps): ")
                .append(compress(minimal.schedule())).append('\n');
        Invariant invariant = minimal.failure().invariant();
        if (invariant != null) {
            text.append("Broken: ").append(invariant).append(": ").append(invariant.statement()).append('\n');
            for (Breach breach : minimal.failure().breaches()) {
                text.append("  ").append(breach).append('\n');
            }
        } else {
            text.append("Failure: ").append(minimal.failure().headline()).append('\n');
        }
        text.append("Journal of the minimal run (").append(minimal.apiSteps()).append(" calls, ")
                .append(minimal.failure().kind() == FailureKind.BREACH
                        ? "stopped at the breach" : "to the end").append("):\n");
        for (String line : minimal.renderJournal().split("\n")) {
            text.append("  ").append(line).append('\n');
        }
        return text.toString();
    }

    /** The schedule as runs of one thread: "client/t1 x3, client/t2, …". */
    static String compress(List<String> schedule) {
        StringBuilder text = new StringBuilder();
        int i = 0;
        while (i < schedule.size()) {
            int j = i;
            while (j < schedule.size() && schedule.get(j).equals(schedule.get(i))) {
                j++;
            }
            if (text.length() > 0) {
                text.append(", ");
            }
            text.append(schedule.get(i));
            if (j - i > 1) {
                text.append(" x").append(j - i);
            }
            i = j;
        }
        return text.toString();
    }

    public static String hex(long seed) {
        return "0x" + Long.toHexString(seed);
    }

    /**
     * A seed as a report prints it ({@code 0x…}, all 64 bits) or in decimal; null when the text is
     * blank. Anything else is an {@link IllegalArgumentException} that quotes the text.
     */
    public static Long readSeed(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String trimmed = text.trim();
        try {
            if (trimmed.startsWith("0x") || trimmed.startsWith("0X")) {
                return Long.parseUnsignedLong(trimmed.substring(2), 16);
            }
            return Long.parseLong(trimmed);
        } catch (NumberFormatException notASeed) {
            throw new IllegalArgumentException("'" + text + "' is not a seed: give it as printed (0x...) or in decimal",
                    notASeed);
        }
    }
}
