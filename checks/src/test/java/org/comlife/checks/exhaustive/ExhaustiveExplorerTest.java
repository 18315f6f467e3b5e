package org.comlife.checks.exhaustive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.comlife.checks.schedule.DeterministicScheduler;
import org.comlife.checks.schedule.ReplayChooser;
import org.comlife.checks.schedule.ScheduledRun;
import org.comlife.checks.schedule.StepObserver;
import org.comlife.model.ComEvent;
import org.comlife.model.ComProcess;
import org.comlife.model.Invariant;
import org.comlife.model.ProcessRole;
import org.comlife.model.examples.ManagedAutoMarshalExample;
import org.comlife.model.examples.OutOfProcessServerExample;
import org.comlife.model.examples.VsPackageExample;
import org.comlife.model.program.Program;
import org.comlife.model.runtime.RuntimeHelpers;
import org.comlife.specs.invariants.Breach;
import org.junit.jupiter.api.Test;

/**
 * The exhaustive explorer over the source documents' programs. Like a model checker's models,
 * each exploration ships with the result it must produce (verdict and distinct states), so a
 * change in the model or the explorer that changes the state space is noticed.
 */
class ExhaustiveExplorerTest {
    /** Enough for every bounded program here; far below what would hide a bound. */
    private static final ExplorationBudget BUDGET = new ExplorationBudget(100_000, 5_000, 120_000);

    /** Distinct states of the Visual Studio package example (two QueryService calls). */
    private static final int VS_PACKAGE_STATES = 50;
    /** Distinct states of the GIT wrapper example with one call per worker. */
    private static final int AUTO_MARSHAL_ONE_CALL_STATES = 650;
    /** Transitions of the GIT wrapper example with one call per worker: every choice out of every state. */
    private static final long AUTO_MARSHAL_ONE_CALL_TRANSITIONS = 1_468;
    /** Often enough that the GIT example (about a second) is reported on several times. */
    private static final long PROGRESS_EVERY_MILLIS = 50;
    /** Length of the shortest schedule into the foreign-pointer violation. */
    private static final int FOREIGN_POINTER_COUNTEREXAMPLE = 5;

    /** Every interleaving of the Visual Studio package example keeps every invariant, and there are exactly the expected states. */
    @Test
    void vsPackageExampleExploresFullyWithNoViolation() {
        ExplorationResult result = ExhaustiveExplorer.explore(VsPackageExample::start, RuntimeHelpers.reference(),
                BUDGET);

        assertThat(result.verdict()).as(result.toString()).isEqualTo(Verdict.PASSED);
        assertThat(result.distinctStates()).isEqualTo(VS_PACKAGE_STATES);
        assertThat(result.transitions()).isGreaterThanOrEqualTo(result.distinctStates() - 1L);
        assertThat(result.runs()).isPositive();
    }

    /** Every interleaving of the GIT wrapper example (one call per worker) keeps every invariant. */
    @Test
    void autoMarshalExampleExploresFullyWithNoViolation() {
        ExplorationResult result = ExhaustiveExplorer.explore(
                (world, threads) -> ManagedAutoMarshalExample.start(world, threads, 1), RuntimeHelpers.reference(),
                BUDGET);

        assertThat(result.verdict()).as(result.toString()).isEqualTo(Verdict.PASSED);
        assertThat(result.distinctStates()).isEqualTo(AUTO_MARSHAL_ONE_CALL_STATES);
    }

    /**
     * How many states a program has does not depend on the order they are searched in: the
     * depth-first explorer and a breadth-first search meet exactly the same states. A state text
     * that left out something a thread's future depends on (what a blocked thread waits for, an
     * event) made the two differ, and so did texts that depended on allocation order.
     */
    @Test
    void depthFirstAndBreadthFirstMeetTheSameStates() {
        Program program = (world, threads) -> ManagedAutoMarshalExample.start(world, threads, 1);
        ExplorationResult depthFirst = ExhaustiveExplorer.explore(program, RuntimeHelpers.reference(), BUDGET);
        ShortestViolationSearch.Outcome breadthFirst = ShortestViolationSearch.search(program,
                RuntimeHelpers.reference(), BUDGET.maxStepsPerRun(), Integer.MAX_VALUE,
                System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(BUDGET.maxMillis()));

        assertThat(depthFirst.verdict()).isEqualTo(Verdict.PASSED);
        assertThat(depthFirst.distinctStates()).isEqualTo(AUTO_MARSHAL_ONE_CALL_STATES);
        assertThat(breadthFirst.outOfTime()).isFalse();
        assertThat(breadthFirst.shorter()).isNull();
        assertThat(breadthFirst.distinctStates()).isEqualTo(depthFirst.distinctStates());
    }

    /** Three workers side by side meet exactly the states one worker meets, and report the same verdict. */
    @Test
    void workersSideBySideMeetTheSameStatesAsOne() {
        Program program = (world, threads) -> ManagedAutoMarshalExample.start(world, threads, 1);
        ExplorationResult three = ExhaustiveExplorer.explore(program, RuntimeHelpers.reference(), BUDGET, 3);

        assertThat(three.verdict()).as(three.toString()).isEqualTo(Verdict.PASSED);
        assertThat(three.distinctStates()).isEqualTo(AUTO_MARSHAL_ONE_CALL_STATES);
    }

    /** Workers side by side find the foreign-pointer violation with the same shortest schedule as one. */
    @Test
    void workersSideBySideFindTheShortestCounterexample() {
        ExplorationResult three = ExhaustiveExplorer.explore(VsPackageExample::startForeignPointer,
                RuntimeHelpers.reference(), BUDGET, 3);

        assertThat(three.verdict()).isEqualTo(Verdict.VIOLATION);
        assertThat(three.counterexample().length()).isEqualTo(FOREIGN_POINTER_COUNTEREXAMPLE);
        assertThat(three.counterexampleShortest()).isTrue();
    }

    /** An exploration with no worker is refused with a message, not run. */
    @Test
    void noWorkerIsRefused() {
        assertThatThrownBy(() -> ExhaustiveExplorer.explore(VsPackageExample::start, RuntimeHelpers.reference(),
                BUDGET, 0)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least one worker");
    }

    /** A breadth-first search bounded by the length found finds no shorter schedule into the foreign-pointer violation, and finds it when allowed one step more. */
    @Test
    void shortestSearchIsBoundedByTheLengthAlreadyFound() {
        ShortestViolationSearch.Outcome none = ShortestViolationSearch.search(VsPackageExample::startForeignPointer,
                RuntimeHelpers.reference(), BUDGET.maxStepsPerRun(), FOREIGN_POINTER_COUNTEREXAMPLE,
                System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(BUDGET.maxMillis()));
        ShortestViolationSearch.Outcome found = ShortestViolationSearch.search(VsPackageExample::startForeignPointer,
                RuntimeHelpers.reference(), BUDGET.maxStepsPerRun(), FOREIGN_POINTER_COUNTEREXAMPLE + 1,
                System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(BUDGET.maxMillis()));

        assertThat(none.shorter()).isNull();
        assertThat(none.outOfTime()).isFalse();
        assertThat(none.runs()).isPositive();
        assertThat(found.shorter()).isNotNull();
        assertThat(found.shorter().length()).isEqualTo(FOREIGN_POINTER_COUNTEREXAMPLE);
    }

    /** The foreign-pointer misuse is found, with the shortest schedule, and that schedule replays into the same breach. */
    @Test
    void foreignPointerMisuseIsFoundWithAReplayableShortestSchedule() {
        ExplorationResult result = ExhaustiveExplorer.explore(VsPackageExample::startForeignPointer,
                RuntimeHelpers.reference(), BUDGET);

        assertThat(result.verdict()).isEqualTo(Verdict.VIOLATION);
        assertThat(result.counterexampleShortest()).isTrue();
        ExhaustiveCounterexample counterexample = result.counterexample();
        assertThat(counterexample.length()).isEqualTo(FOREIGN_POINTER_COUNTEREXAMPLE);
        assertThat(counterexample.breaches()).extracting(Breach::invariant).contains(Invariant.APARTMENT_AFFINITY);

        ScheduledRun replay = DeterministicScheduler.run(VsPackageExample::startForeignPointer,
                RuntimeHelpers.reference(), new ReplayChooser(counterexample.schedule()), StepObserver.NONE, 5_000);
        assertThat(replay.world().violations()).extracting(v -> v.invariant()).contains(Invariant.APARTMENT_AFFINITY);
    }

    /**
     * A run goes on past states met before, to choices nobody took ahead of it, instead of
     * ending at the first of them: far fewer runs than transitions.
     */
    @Test
    void runsGoOnPastStatesAlreadySeen() {
        ExplorationResult result = ExhaustiveExplorer.explore(
                (world, threads) -> ManagedAutoMarshalExample.start(world, threads, 1), RuntimeHelpers.reference(),
                BUDGET);

        assertThat(result.verdict()).isEqualTo(Verdict.PASSED);
        assertThat(result.transitions()).isEqualTo(AUTO_MARSHAL_ONE_CALL_TRANSITIONS);
        assertThat(result.statesVisited()).isEqualTo(result.transitions() + 1); // each choice taken once
        assertThat(result.runs()).isLessThan(result.transitions() / 4);
    }

    /** A program that does not start the same way in every run is reported as not deterministic, not explored. */
    @Test
    void programThatDriftsBetweenRunsIsAnError() {
        AtomicInteger starts = new AtomicInteger();
        Program drifting = (world, threads) -> {
            String second = starts.getAndIncrement() == 0 ? "b" : "c";
            ComProcess app = world.newProcess("app", ProcessRole.CLIENT);
            ComEvent event = world.newEvent("event");
            threads.start(app.newThread("a"), self -> self.setEvent(event));
            threads.start(app.newThread(second), self -> self.setEvent(event));
        };

        ExplorationResult result = ExhaustiveExplorer.explore(drifting, RuntimeHelpers.reference(), BUDGET);

        assertThat(result.verdict()).isEqualTo(Verdict.ERROR);
        assertThat(result.detail()).contains("not deterministic");
    }

    /** Progress is handed to the listener while the search runs, with counts that only grow. */
    @Test
    void progressIsReportedWhileTheSearchRuns() {
        List<ExplorationProgress> reports = new CopyOnWriteArrayList<>();
        ExplorationResult result = ExhaustiveExplorer.explore(
                (world, threads) -> ManagedAutoMarshalExample.start(world, threads, 1), RuntimeHelpers.reference(),
                BUDGET, ExplorationOptions.defaults().withProgress(PROGRESS_EVERY_MILLIS, reports::add));

        assertThat(result.verdict()).isEqualTo(Verdict.PASSED);
        assertThat(reports).isNotEmpty();
        assertThat(reports.get(0).distinctStates()).isPositive();
        assertThat(reports).extracting(ExplorationProgress::distinctStates).isSorted();
        assertThat(reports.get(reports.size() - 1).distinctStates()).isLessThanOrEqualTo(result.distinctStates());
    }

    /** A progress listener that throws ends the exploration with an error naming it, not a verdict. */
    @Test
    void failingProgressListenerIsAnError() {
        ExplorationResult result = ExhaustiveExplorer.explore(
                (world, threads) -> ManagedAutoMarshalExample.start(world, threads, 1), RuntimeHelpers.reference(),
                BUDGET, ExplorationOptions.defaults().withWorkers(2).withProgress(PROGRESS_EVERY_MILLIS, progress -> {
                    throw new IllegalStateException("listener broke");
                }));

        assertThat(result.verdict()).isEqualTo(Verdict.ERROR);
        assertThat(result.detail()).contains("progress listener").contains("listener broke");
    }

    /** A progress interval below one millisecond is refused with a message, not run. */
    @Test
    void nonPositiveProgressIntervalIsRefused() {
        assertThatThrownBy(() -> ExplorationOptions.defaults().withProgress(0, progress -> { }))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("every millisecond");
    }

    /** A search that cannot finish within its budget says so, and never claims the program passed. */
    @Test
    void exhaustedBudgetIsBoundReachedNotPassed() {
        ExplorationResult result = ExhaustiveExplorer.explore(OutOfProcessServerExample::start,
                RuntimeHelpers.reference(), new ExplorationBudget(200, 5_000, 60_000));

        assertThat(result.verdict()).isEqualTo(Verdict.BOUND_REACHED);
        assertThat(result.detail()).contains("200");
        assertThat(result.distinctStates()).isGreaterThanOrEqualTo(200);
    }
}
