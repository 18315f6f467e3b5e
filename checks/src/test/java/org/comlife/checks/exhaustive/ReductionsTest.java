package org.comlife.checks.exhaustive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.comlife.checks.schedule.DeterministicScheduler;
import org.comlife.checks.schedule.RandomChooser;
import org.comlife.checks.schedule.StepObserver;
import org.comlife.model.ApartmentKind;
import org.comlife.model.ComEvent;
import org.comlife.model.ComProcess;
import org.comlife.model.ComThread;
import org.comlife.model.ProcessRole;
import org.comlife.model.examples.ManagedAutoMarshalExample;
import org.comlife.model.examples.VsPackageExample;
import org.comlife.model.program.Program;
import org.comlife.model.runtime.RuntimeHelpers;
import org.junit.jupiter.api.Test;

/**
 * The reductions as a user meets them: the reduced examples ship with their expected counts
 * (one worker: which choices are selected first depends on what has been learnt by then), and
 * what the reductions cannot handle is refused or reported as an error, never passed.
 */
class ReductionsTest {
    private static final ExplorationBudget BUDGET = new ExplorationBudget(100_000, 5_000, 120_000);
    /** Distinct states of the Visual Studio package example with partial-order reduction (50 without). */
    private static final int VS_PACKAGE_REDUCED_STATES = 42;
    /** Distinct states of the GIT wrapper example, one call per worker, with partial-order reduction (650 without). */
    private static final int AUTO_MARSHAL_ONE_CALL_REDUCED_STATES = 346;
    /** Distinct states of three interchangeable GIT workers with symmetry reduction (12,652 without). */
    private static final int IDENTICAL_WORKERS_SYMMETRIC_STATES = 2_519;

    /** The reduced explorations of the examples pass, with exactly the expected states. */
    @Test
    void reducedExamplesPassWithTheExpectedStates() {
        assertThat(explore(VsPackageExample::start, Reductions.PARTIAL_ORDER))
                .isEqualTo(VS_PACKAGE_REDUCED_STATES);
        assertThat(explore((world, threads) -> ManagedAutoMarshalExample.start(world, threads, 1),
                Reductions.PARTIAL_ORDER)).isEqualTo(AUTO_MARSHAL_ONE_CALL_REDUCED_STATES);
        assertThat(explore(IdenticalWorkersProgram.of(3, 1, true), Reductions.SYMMETRY))
                .isEqualTo(IDENTICAL_WORKERS_SYMMETRIC_STATES);
    }

    private static int explore(Program program, Reductions reductions) {
        ExplorationResult result = ExhaustiveExplorer.explore(program, RuntimeHelpers.reference(), BUDGET,
                ExplorationOptions.defaults().withReductions(reductions));
        assertThat(result.verdict()).as(result.toString()).isEqualTo(Verdict.PASSED);
        return result.distinctStates();
    }

    /** Symmetry reduction of a program that declares no interchangeable threads changes nothing. */
    @Test
    void symmetryWithoutDeclaredThreadsChangesNothing() {
        ExplorationResult plain = ExhaustiveExplorer.explore(VsPackageExample::start, RuntimeHelpers.reference(), BUDGET);
        ExplorationResult symmetric = ExhaustiveExplorer.explore(VsPackageExample::start, RuntimeHelpers.reference(),
                BUDGET, ExplorationOptions.defaults().withReductions(Reductions.SYMMETRY));

        assertThat(symmetric.distinctStates()).isEqualTo(plain.distinctStates());
        assertThat(symmetric.transitions()).isEqualTo(plain.transitions());
    }

    /** A checkpoint saves an exploration without reductions; asking for both is refused with a message. */
    @Test
    void checkpointWithReductionsIsRefused() {
        assertThatThrownBy(() -> ExplorationOptions.defaults().withCheckpoint(Path.of("some.checkpoint"))
                .withReductions(Reductions.PARTIAL_ORDER))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("checkpoint");
    }

    /** Declaring one thread, threads of two processes, or a thread twice interchangeable is refused with a message. */
    @Test
    void badDeclarationsOfInterchangeableThreadsAreRefused() {
        assertThat(declare((world, threads) -> {
            ComThread only = world.newProcess("app", ProcessRole.CLIENT).newThread("only");
            threads.declareInterchangeable(only);
        })).contains("two or more");
        assertThat(declare((world, threads) -> threads.declareInterchangeable(
                world.newProcess("a", ProcessRole.CLIENT).newThread("t"),
                world.newProcess("b", ProcessRole.CLIENT).newThread("t")))).contains("one process");
        assertThat(declare((world, threads) -> {
            ComProcess app = world.newProcess("app", ProcessRole.CLIENT);
            ComThread first = app.newThread("first");
            threads.declareInterchangeable(first, app.newThread("second"));
            threads.declareInterchangeable(first, app.newThread("third"));
        })).contains("already declared");
    }

    private static String declare(Program program) {
        try {
            DeterministicScheduler.run(program, RuntimeHelpers.reference(), new RandomChooser(1), StepObserver.NONE, 10);
            return "accepted";
        } catch (IllegalArgumentException refused) {
            return refused.getMessage();
        }
    }

    /**
     * A step that takes away another thread's ability to go on (here: resetting the event it was
     * woken by, before setting it again) breaks what partial-order reduction assumes: the reduced
     * search says so as an error instead of a verdict, and the full search passes the program.
     */
    @Test
    void aStepThatDisablesAnotherIsAnErrorOfTheReducedSearch() {
        Program resetting = (world, threads) -> {
            ComProcess app = world.newProcess("app", ProcessRole.CLIENT);
            ComEvent event = world.newEvent("go");
            threads.start(app.newThread("waiter"), self -> {
                self.coInitializeEx(ApartmentKind.MTA);
                self.waitForEvent(event);
            });
            threads.start(app.newThread("setter"), self -> self.setEvent(event));
            threads.start(app.newThread("resetter"), self -> {
                self.createEvent("before");
                event.reset();
                self.createEvent("after");
                self.setEvent(event);
            });
        };

        ExplorationResult full = ExhaustiveExplorer.explore(resetting, RuntimeHelpers.reference(), BUDGET);
        ExplorationResult reduced = ExhaustiveExplorer.explore(resetting, RuntimeHelpers.reference(), BUDGET,
                ExplorationOptions.defaults().withReductions(Reductions.PARTIAL_ORDER));

        assertThat(full.verdict()).as(full.toString()).isEqualTo(Verdict.PASSED);
        assertThat(reduced.verdict()).as(reduced.toString()).isEqualTo(Verdict.ERROR);
        assertThat(reduced.detail()).contains("disabled").contains("without reductions");
    }
}
