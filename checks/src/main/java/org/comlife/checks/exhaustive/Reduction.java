package org.comlife.checks.exhaustive;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.comlife.checks.schedule.RunState;
import org.comlife.checks.schedule.StepAccesses;
import org.comlife.checks.schedule.ThreadStatus;
import org.comlife.model.journal.JournalEntry;
import org.comlife.model.snapshot.WorldSnapshot;

/**
 * Partial-order reduction as the workers of one exploration apply it: what they record of each
 * state and each step they take, and which choices they select ({@link StubbornSets}); at the
 * end of each round, {@link ReductionRounds} checks every state again.
 */
final class Reduction {
    final EntityClasses classes;
    final ThreadFutures futures;
    final StubbornSets stubborn;
    private final Map<List<String>, List<String>> threadLists = new ConcurrentHashMap<>();

    Reduction() {
        this.classes = new EntityClasses();
        this.futures = new ThreadFutures(classes);
        this.stubborn = new StubbornSets(classes, futures);
    }

    /**
     * What the reduction keeps of a state a run has just met; {@code naming} gives the name each
     * thread goes by in the state (null: its own).
     */
    NodeFacts facts(WorldSnapshot snapshot, RunState threads, Map<String, String> naming) {
        List<String> names = new ArrayList<>(threads.threads().size());
        int[] progress = new int[threads.threads().size()];
        for (int i = 0; i < progress.length; i++) {
            RunState.ThreadPosition position = threads.threads().get(i);
            String name = position.process() + "/" + position.name();
            names.add(naming == null ? name : naming.get(name));
            progress[i] = progress(position);
        }
        List<String> shared = threadLists.computeIfAbsent(List.copyOf(names), list -> list);
        return new NodeFacts(shared, progress, ObservedState.signature(snapshot, classes));
    }

    /** Twice the calls of the thread's own code that have returned, one more while it waits; -1 once it has ended. */
    private static int progress(RunState.ThreadPosition position) {
        if (position.status().ended()) {
            return -1;
        }
        int calls = 0;
        for (JournalEntry call : position.calls()) {
            calls += call.caller() == 0 ? 1 : 0;
        }
        return 2 * calls + (position.status() == ThreadStatus.BLOCKED ? 1 : 0);
    }

    /**
     * The choices to explore first in a state whose enabled threads a run has just learnt, after
     * recording what deciding about its blocked threads read.
     */
    int learn(NodeFacts facts, List<String> enabled, StepAccesses accesses, Map<String, String> naming) {
        Footprint[] waits = new Footprint[facts.threads.size()];
        for (Map.Entry<String, List<StepAccesses.Access>> wait : accesses.waits().entrySet()) {
            int index = facts.indexOf(naming == null ? wait.getKey() : naming.get(wait.getKey()));
            if (index >= 0) {
                waits[index] = classes.footprint(wait.getValue(), new int[0]);
            }
        }
        facts.learn(waits, accesses.lastChoiceWasRecheck(), enabled.size());
        return stubborn.seed(enabled, facts);
    }

    /**
     * A run took a selected choice of {@code from} and reached {@code to}: records the step's
     * footprint (what it touched, what deciding that its thread could go on read, and the observed
     * processes it changed), what its thread was seen to do, and selects whatever the state now
     * needs besides.
     */
    void stepTaken(ExploredGraph graph, StateNode from, int choice, StateNode to, StepAccesses accesses) {
        NodeFacts facts = from.facts;
        String thread = from.enabled().get(choice);
        int index = facts.indexOf(thread);
        Footprint step = classes.footprint(accesses.lastStep(), ObservedState.changed(facts.observed, to.facts.observed));
        Footprint wait = index < 0 ? null : facts.waitOf(index);
        if (wait != null) {
            step = classes.intern(step.union(wait));
        }
        facts.setStep(choice, step);
        if (!facts.recheck() && index >= 0) {
            futures.record(classes.threadKey(thread), facts.progress[index], step);
        }
        int required = stubborn.required(from.enabled(), facts, from.selected());
        graph.select(from, required & ~from.selected());
    }
}
