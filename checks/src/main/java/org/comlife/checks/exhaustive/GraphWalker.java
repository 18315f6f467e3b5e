package org.comlife.checks.exhaustive;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.comlife.checks.schedule.Chooser;
import org.comlife.checks.schedule.DeterministicScheduler;
import org.comlife.checks.schedule.RunState;
import org.comlife.checks.schedule.ScheduleDiverged;
import org.comlife.checks.schedule.ScheduledRun;
import org.comlife.checks.schedule.StepAccesses;
import org.comlife.checks.schedule.StepObserver;
import org.comlife.model.ComWorld;
import org.comlife.model.program.Program;
import org.comlife.model.runtime.RuntimeHelpers;
import org.comlife.model.snapshot.WorldSnapshot;
import org.comlife.specs.invariants.Breach;
import org.comlife.specs.invariants.InvariantChecker;

/**
 * One worker of an exploration. The model cannot be saved and restored, so every run starts
 * from the initial state, with fresh threads; what makes a run worth its cost is how many
 * choices nobody took it takes. A run heads for the shallowest state that has one
 * ({@link ExploredGraph#claimShallowest}), following choices already resolved without looking
 * at the states on the way (their texts are known; only the threads they enable are checked),
 * takes it and looks at the state it reaches. Then it goes on: in a state with a choice nobody
 * took it takes it; otherwise it follows resolved choices to the nearest state that has one
 * ({@link PathToUntaken}). It ends when nothing is found ahead of it, when it reaches a
 * violation, or when the program ends.
 */
final class GraphWalker implements Runnable, StepObserver, Chooser {
    private final Program program;
    private final RuntimeHelpers implementation;
    private final ExplorationBudget budget;
    private final SharedSearch shared;
    private final ExploredGraph graph;
    private final boolean alone;
    /** Partial-order reduction, or null. */
    private final Reduction reduction;
    /**
     * Whether states that differ only in which interchangeable thread is where are one (when
     * the program declares such threads; with none, nothing changes).
     */
    private final boolean symmetry;
    /** What the steps of the run under way touch, when reduced. */
    private StepAccesses accesses;
    /**
     * With symmetry: the name each thread of the run goes by in the state it stands in (its
     * actual name unless it is interchangeable), learnt at every step; null otherwise.
     */
    private Map<String, String> naming;

    // The run under way (one at a time per walker).
    /** The state the run stands in; null before the first step is looked at. */
    private StateNode current;
    /** Choices to follow, the last of them claimed by this run. */
    private final Deque<Integer> plan = new ArrayDeque<>();
    private final List<String> schedule = new ArrayList<>();
    /** The state and choice the last step took, when the state it led to must be looked at. */
    private StateNode lookFrom;
    private int lookChoice;
    /** Whether that choice was claimed by this run (so its target is recorded), or only taken again. */
    private boolean lookClaimed;
    /** The run's current state was first met by this run (so its end, if the program ends there, is judged here). */
    private boolean currentIsNew;

    GraphWalker(Program program, RuntimeHelpers implementation, ExplorationBudget budget, SharedSearch shared,
                boolean alone, Reduction reduction, boolean symmetry) {
        this.symmetry = symmetry;
        this.program = program;
        this.implementation = implementation;
        this.budget = budget;
        this.shared = shared;
        this.graph = shared.graph;
        this.alone = alone;
        this.reduction = reduction;
    }

    @Override
    public void run() {
        try {
            while (!shared.stopping()) {
                List<Integer> start = graph.claimShallowest();
                if (start == null && graph.size() > 0) {
                    if (!shared.awaitWork()) {
                        return;
                    }
                    continue;
                }
                runOnce(start == null ? List.of() : start);
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            shared.fail("an exploration worker was interrupted");
        } catch (RuntimeException | Error failure) {
            shared.fail("an exploration worker failed: " + failure);
        }
    }

    /** One run from the initial state, first following {@code start} (empty for the very first run). */
    private void runOnce(List<Integer> start) {
        shared.runs.increment();
        current = null;
        plan.clear();
        plan.addAll(start);
        schedule.clear();
        lookFrom = null;
        lookChoice = -1;
        lookClaimed = false;
        currentIsNew = false;
        accesses = reduction == null ? null : new StepAccesses();
        ScheduledRun run = DeterministicScheduler.run(program, implementation, this, this, budget.maxStepsPerRun(),
                alone, accesses);
        switch (run.ending()) {
            case COMPLETED:
                if (!graph.learnEnabled(current, List.of())) {
                    shared.fail("DIVERGED: the program ended in a state that enabled " + current.enabled()
                            + " before: the program is not deterministic under the scheduler");
                } else if (currentIsNew) {
                    ExhaustiveCounterexample problem = EndOfRun.problem(run);
                    if (problem != null) {
                        shared.offerViolation(problem);
                    }
                }
                break;
            case STUCK:
            case DIVERGED:
                shared.fail(run.ending() + ": " + run.endingDetail());
                break;
            case BOUND_REACHED:
                shared.fail("a run exceeded " + budget.maxStepsPerRun() + " steps: the program is not bounded");
                break;
            default:
                break;
        }
        shared.runEnded();
    }

    // ---- the observer: after every step --------------------------------------------------

    @Override
    public boolean stopBefore(int step, ComWorld world, Supplier<RunState> threads) {
        if ((step == 0 || lookFrom != null) && arrive(step, world, threads)) {
            return true;
        }
        if (shared.stopping()) {
            return true;
        }
        if (current.enabled() == null || !plan.isEmpty()) {
            return false; // a new state (the scheduler will say which threads it enables), or on the way
        }
        List<Integer> ahead = PathToUntaken.from(current);
        if (ahead == null) {
            return true; // nothing found ahead of this run
        }
        plan.addAll(ahead);
        return false;
    }

    /** Looks at the state the last step led to; true when the run must stop there (a violation). */
    private boolean arrive(int step, ComWorld world, Supplier<RunState> threads) {
        WorldSnapshot snapshot = WorldSnapshot.of(world);
        RunState places = threads.get();
        ExploredState state;
        String symmetricText = null;
        naming = null;
        if (symmetry && !places.interchangeable().isEmpty()) {
            CanonicalState.Named named = CanonicalState.named(snapshot, places);
            naming = named.threadNames();
            symmetricText = named.text();
            state = ExploredState.of(symmetricText, graph.lines());
            if (reduction != null && !reduction.classes.useGroups(places.interchangeable())) {
                shared.fail("the program declared interchangeable threads after its first step (at step " + step
                        + "): declare them when it starts, before any thread runs");
                return true;
            }
        } else {
            state = ExploredState.of(snapshot, places, graph.lines());
        }
        StateNode node = graph.known(state);
        StateNode expected = lookFrom == null || lookClaimed ? null : lookFrom.successor(lookChoice);
        if (expected != null && expected != StateNode.CLAIMED && node != expected) {
            shared.fail("DIVERGED: at step " + step + " a choice taken before led to another state: the program is not"
                    + " deterministic under the scheduler" + (symmetry ? ", or threads declared interchangeable are not" : ""));
            return true;
        }
        currentIsNew = false;
        List<Breach> breaches = List.of();
        if (node == null) {
            breaches = InvariantChecker.check(snapshot, false);
            NodeFacts facts = reduction == null ? null : reduction.facts(snapshot, places, naming);
            StateNode added = new StateNode(!breaches.isEmpty(), lookFrom, lookChoice, step, facts);
            node = graph.add(state, added);
            currentIsNew = node == added;
            if (currentIsNew && shared.symmetricTexts != null) {
                shared.symmetricTexts.put(node, symmetricText != null ? symmetricText
                        : CanonicalState.named(snapshot, places).text());
            }
        }
        if (step == 0) {
            if (!graph.isInitial(node)) {
                shared.fail("DIVERGED: this run started in another state than the exploration's first run (or its"
                        + " checkpoint): the program is not deterministic under the scheduler, or the checkpoint is"
                        + " of another program or model");
                return true;
            }
            if (currentIsNew) {
                shared.statesVisited.increment();
            }
        } else {
            shared.statesVisited.increment();
            if (lookClaimed) {
                shared.transitions.increment();
                if (reduction != null) {
                    reduction.stepTaken(graph, lookFrom, lookChoice, node, accesses);
                }
                graph.resolve(lookFrom, lookChoice, node);
            }
        }
        lookFrom = null;
        current = node;
        if (node.violating()) {
            if (currentIsNew) {
                shared.offerViolation(new ExhaustiveCounterexample(new ArrayList<>(schedule),
                        world.journal().entries(), breaches, List.of()));
            }
            return true;
        }
        return false;
    }

    // ---- the chooser: which thread runs next ----------------------------------------------

    @Override
    public int choose(List<String> actual, int step) {
        StateNode here = current;
        List<String> enabled = naming == null ? actual : renamed(actual);
        int selected = -1;
        if (reduction != null && here.enabled() == null) {
            selected = reduction.learn(here.facts, enabled, accesses, naming);
        }
        if (!graph.learnEnabled(here, enabled, selected)) {
            throw new ScheduleDiverged("step " + step + " offered " + enabled + " in a state that offered "
                    + here.enabled() + " before: the program is not deterministic under the scheduler");
        }
        if (plan.isEmpty()) {
            List<Integer> ahead = PathToUntaken.from(here);
            if (ahead != null) {
                plan.addAll(ahead);
            }
        }
        int choice;
        if (plan.isEmpty()) {
            // Other runs claimed every choice here since this run met the state: take one
            // anyway and look where it leads (work repeated, never work missed).
            choice = 0;
            while (!here.isSelected(choice)) {
                choice++;
            }
            look(here, choice, false);
        } else {
            choice = plan.remove();
            if (plan.isEmpty()) {
                look(here, choice, true); // the claimed choice
            } else {
                StateNode next = here.successor(choice);
                if (next == null || next == StateNode.CLAIMED || naming != null) {
                    // A first path through a choice another run is still resolving, or a state
                    // whose threads' names the run must learn again (symmetry): look.
                    look(here, choice, false);
                } else {
                    current = next;
                    currentIsNew = false;
                }
            }
        }
        String thread = naming == null ? enabled.get(choice) : actualName(enabled.get(choice));
        schedule.add(thread);
        return actual.indexOf(thread);
    }

    /** The threads offered, by the names they go by in the state, in the order of those names. */
    private List<String> renamed(List<String> actual) {
        List<String> names = new ArrayList<>(actual.size());
        for (String thread : actual) {
            names.add(naming.get(thread));
        }
        Collections.sort(names);
        return names;
    }

    /** The thread of this run that goes by {@code name} in the state it stands in. */
    private String actualName(String name) {
        for (Map.Entry<String, String> entry : naming.entrySet()) {
            if (entry.getValue().equals(name)) {
                return entry.getKey();
            }
        }
        throw new ScheduleDiverged("no thread goes by " + name + " here: " + naming);
    }

    private void look(StateNode from, int choice, boolean claimed) {
        lookFrom = from;
        lookChoice = choice;
        lookClaimed = claimed;
    }
}
