package org.comlife.checks.property.report;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.comlife.checks.property.action.ActionKind;
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
    private final Map<ActionKind, Integer> actions = new EnumMap<>(ActionKind.class);
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
            actions.merge(step.action().kind(), 1, Integer::sum);
            if (step.action().kind().misuse() != null) {
                misuses.add(step.action().kind().misuse());
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

    public long totalActions() {
        return Distribution.of(chainLengths).total();
    }

    public Map<ActionKind, Integer> actionMix() {
        return new EnumMap<>(actions);
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

    public Distribution preemptions() {
        return Distribution.of(preemptions);
    }

    public Map<Integer, Integer> threadsPerCase() {
        return new TreeMap<>(threadsPerCase);
    }

    public Map<ThreadApartment, Integer> apartments() {
        return new EnumMap<>(apartments);
    }

    /** For each journal operation, how many cases made it at least once. */
    public Map<String, Integer> casesPerApi() {
        return new TreeMap<>(casesPerApi);
    }

    /** For each misuse, how many cases contained it (server misuses only when the server was launched). */
    public Map<Misuse, Integer> casesPerMisuse() {
        return new EnumMap<>(casesPerMisuse);
    }

    public int casesLaunchingServer() {
        return casesLaunchingServer;
    }

    public int casesRelaunchingServer() {
        return casesRelaunchingServer;
    }
}
