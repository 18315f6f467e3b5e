package org.comlife.checks.property.report;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.comlife.checks.property.action.ActionKind;
import org.comlife.checks.property.action.Actions;
import org.comlife.checks.property.action.Misuse;
import org.comlife.checks.property.chain.ActionChain;
import org.comlife.checks.property.chain.ChainStep;
import org.comlife.checks.property.chain.ChainThread;
import org.comlife.checks.property.chain.ThreadApartment;
import org.comlife.checks.property.execute.CaseRun;
import org.comlife.model.Invariant;
import org.comlife.model.journal.JournalEntry;

/**
 * What a property run generated and exercised, so a user can see that the search covered the
 * space: the action mix, chain lengths, threads and apartments, scheduler and API steps per case,
 * how many cases reached each API, launched and relaunched a server, and each misuse.
 */
public final class GenerationStatistics {
    private int cases;
    private final Map<ActionKind, Integer> actions = new HashMap<>();
    private final List<Integer> chainLengths = new ArrayList<>();
    private final List<Integer> schedulerSteps = new ArrayList<>();
    private final List<Integer> apiSteps = new ArrayList<>();
    private final List<Integer> preemptions = new ArrayList<>();
    private final Map<Integer, Integer> threadsPerCase = new TreeMap<>();
    private final Map<ThreadApartment, Integer> apartments = new EnumMap<>(ThreadApartment.class);
    private final Map<String, Integer> casesPerApi = new TreeMap<>();
    private final Map<Misuse, Integer> casesPerMisuse = new EnumMap<>(Misuse.class);
    private final Map<String, Integer> failingCases = new TreeMap<>();
    private int casesLaunchingServer;
    private int casesRelaunchingServer;

    /** Adds one executed case. */
    public void record(CaseRun run) {
        ActionChain chain = run.chain();
        cases++;
        chainLengths.add(chain.actionCount());
        schedulerSteps.add(run.schedulerSteps());
        apiSteps.add(run.apiSteps());
        preemptions.add(run.preemptions());
        threadsPerCase.merge(chain.threads().size(), 1, Integer::sum);
        for (ChainThread thread : chain.threads()) {
            apartments.merge(thread.apartment(), 1, Integer::sum);
        }
        Set<Misuse> misuses = new LinkedHashSet<>();
        for (ChainStep step : chain.steps()) {
            ActionKind kind = step.action().kind();
            actions.merge(kind, 1, Integer::sum);
            if (kind.misuse() != null) {
                misuses.add(kind.misuse());
            }
        }
        for (ChainThread thread : chain.threads()) {
            if (thread.apartment() == ThreadApartment.NONE) {
                misuses.add(Misuse.UNINITIALIZED_THREAD);
            }
        }
        Set<String> operations = new LinkedHashSet<>();
        int launches = 0;
        for (JournalEntry entry : run.journal()) {
            operations.add(entry.operation());
            launches += "SCM.Launch".equals(entry.operation()) ? 1 : 0;
        }
        if (launches > 0) {
            casesLaunchingServer++;
            misuses.addAll(chain.server().misuses());
        }
        if (launches > 1) {
            casesRelaunchingServer++;
        }
        for (String operation : operations) {
            casesPerApi.merge(operation, 1, Integer::sum);
        }
        for (Misuse misuse : misuses) {
            casesPerMisuse.merge(misuse, 1, Integer::sum);
        }
        if (run.failed()) {
            Invariant invariant = run.failure().invariant();
            failingCases.merge(invariant != null ? invariant.toString() : run.failure().kind().name().toLowerCase(), 1,
                    Integer::sum);
        }
    }

    /** How many cases failed, by the invariant they broke first (or the kind of failure). */
    public Map<String, Integer> failingCases() {
        return new TreeMap<>(failingCases);
    }

    public int cases() {
        return cases;
    }

    /** How many actions of the kind were generated. */
    public int actions(ActionKind kind) {
        return actions.getOrDefault(kind, 0);
    }

    public Distribution chainLengths() {
        return Distribution.of(chainLengths);
    }

    public Distribution schedulerSteps() {
        return Distribution.of(schedulerSteps);
    }

    public Distribution apiSteps() {
        return Distribution.of(apiSteps);
    }

    public Map<Integer, Integer> threadsPerCase() {
        return new TreeMap<>(threadsPerCase);
    }

    /** For each journal operation, how many cases made it at least once. */
    public Map<String, Integer> casesPerApi() {
        return new TreeMap<>(casesPerApi);
    }

    /** For each misuse, how many cases contained it (server misuses only when the server was launched). */
    public Map<Misuse, Integer> casesPerMisuse() {
        return new EnumMap<>(casesPerMisuse);
    }

    public int casesRelaunchingServer() {
        return casesRelaunchingServer;
    }

    /** The statistics as text, for a test's output or a CI log. */
    public String render() {
        long total = chainLengths().total();
        StringBuilder text = new StringBuilder();
        text.append("Generated ").append(cases).append(" cases, ").append(total).append(" actions, ")
                .append(schedulerSteps().total()).append(" scheduler steps, ").append(apiSteps().total())
                .append(" API calls\n");
        text.append("Action mix:\n");
        for (ActionKind kind : Actions.KINDS) {
            if (actions.containsKey(kind)) {
                text.append(String.format("  %-24s %6d  %5.1f%%%n", kind, actions.get(kind),
                        percent(actions.get(kind), total)));
            }
        }
        text.append("Chain length (actions): ").append(chainLengths()).append('\n');
        text.append("Scheduler steps per case: ").append(schedulerSteps()).append('\n');
        text.append("API calls per case: ").append(apiSteps()).append('\n');
        text.append("Preemptions per case: ").append(Distribution.of(preemptions)).append('\n');
        text.append("Threads per case:");
        for (Map.Entry<Integer, Integer> entry : threadsPerCase.entrySet()) {
            text.append(String.format(" %d: %d (%.0f%%);", entry.getKey(), entry.getValue(),
                    percent(entry.getValue(), cases)));
        }
        text.append("\nThread apartments:");
        for (Map.Entry<ThreadApartment, Integer> entry : apartments.entrySet()) {
            text.append(' ').append(entry.getKey()).append(' ').append(entry.getValue()).append(';');
        }
        text.append(String.format("%nCases launching a server: %d (%.0f%%), relaunching after a shutdown: %d%n",
                casesLaunchingServer, percent(casesLaunchingServer, cases), casesRelaunchingServer));
        appendShares(text, "Cases with each misuse:", casesPerMisuse, 28);
        if (!failingCases.isEmpty()) {
            text.append("Failing cases: ").append(failingCases).append('\n');
        }
        appendShares(text, "Cases reaching each API (journal operation):", casesPerApi, 40);
        return text.toString();
    }

    /** One line per key: how many cases, and their share. */
    private void appendShares(StringBuilder text, String title, Map<?, Integer> counts, int width) {
        if (counts.isEmpty()) {
            return;
        }
        text.append(title).append('\n');
        for (Map.Entry<?, Integer> entry : counts.entrySet()) {
            text.append(String.format("  %-" + width + "s %6d  %5.1f%%%n", entry.getKey(), entry.getValue(),
                    percent(entry.getValue(), cases)));
        }
    }

    private static double percent(long part, long whole) {
        return whole == 0 ? 0 : 100.0 * part / whole;
    }
}
