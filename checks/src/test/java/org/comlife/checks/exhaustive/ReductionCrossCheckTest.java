package org.comlife.checks.exhaustive;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.comlife.checks.coverage.programs.HelperPrograms;
import org.comlife.checks.coverage.programs.NamedProgram;
import org.comlife.checks.faults.Fault;
import org.comlife.checks.faults.FaultCatalogue;
import org.comlife.model.examples.ManagedAutoMarshalExample;
import org.comlife.model.examples.VsPackageExample;
import org.comlife.model.program.Program;
import org.comlife.model.runtime.RuntimeHelpers;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The reductions keep the verdicts, on every build: for every catalogue fault (its program with
 * its helpers, and its correct twin) the small worked programs and the programs that drive every helper operation, the reduced search finds a
 * violation exactly when the full search does, with the same broken invariants and a
 * counterexample that replays on the plain scheduler; on passing programs it reaches the same
 * end states, meeting no more states.
 */
class ReductionCrossCheckTest {
    private static final int WORKERS = 2;

    /** Each program, explored fully and with partial-order reduction, gives the same answers. */
    @TestFactory
    Stream<DynamicTest> partialOrderReductionKeepsEveryVerdict() {
        List<DynamicTest> tests = new ArrayList<>();
        add(tests, "vs-package", VsPackageExample::start, RuntimeHelpers.reference());
        add(tests, "vs-package foreign pointer", VsPackageExample::startForeignPointer, RuntimeHelpers.reference());
        add(tests, "managed-auto-marshal, 1 call", (world, threads) -> ManagedAutoMarshalExample.start(world, threads, 1),
                RuntimeHelpers.reference());
        for (NamedProgram program : HelperPrograms.all()) {
            add(tests, program.name(), program.program(), RuntimeHelpers.reference());
        }
        for (Fault fault : FaultCatalogue.all()) {
            add(tests, fault.id() + " program", fault.program(), fault.helpers());
            add(tests, fault.id() + " twin", fault.twin(), fault.twinHelpers());
        }
        return tests.stream();
    }

    /**
     * A program whose identical workers it declares interchangeable, explored fully and with
     * symmetry reduction (alone and with partial-order reduction), gives the same answers, with
     * far fewer states.
     */
    @TestFactory
    Stream<DynamicTest> symmetryKeepsEveryVerdict() {
        return Stream.of(DynamicTest.dynamicTest("identical workers", () -> {
            ReductionCrossCheck.Outcome outcome = ReductionCrossCheck.compare(IdenticalWorkersProgram.of(3, 1, true),
                    RuntimeHelpers.reference(), List.of(Reductions.SYMMETRY, Reductions.BOTH), WORKERS);
            assertThat(outcome.differences()).as(outcome.reduced().toString()).isEmpty();
            for (ExplorationResult reduced : outcome.reduced()) {
                assertThat(reduced.distinctStates()).isLessThan(outcome.full().distinctStates() / 3);
            }
        }));
    }

    private static void add(List<DynamicTest> tests, String name, Program program, RuntimeHelpers helpers) {
        tests.add(DynamicTest.dynamicTest(name, () -> {
            ReductionCrossCheck.Outcome outcome = ReductionCrossCheck.compare(program, helpers,
                    List.of(Reductions.PARTIAL_ORDER), WORKERS);
            assertThat(outcome.differences()).as(name + ": full " + outcome.full() + "; reduced " + outcome.reduced())
                    .isEmpty();
            assertThat(outcome.reduced().get(0).distinctStates()).isPositive();
            assertThat(outcome.reduced().get(0).transitions()).isPositive();
        }));
    }
}
