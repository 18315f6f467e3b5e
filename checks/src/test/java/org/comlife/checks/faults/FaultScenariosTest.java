package org.comlife.checks.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.comlife.checks.matrix.EngineId;
import org.comlife.checks.schedule.ScheduledRun;
import org.comlife.model.Invariant;
import org.comlife.specs.invariants.Breach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each fault's scenario under the deterministic scheduler, with random schedules from the
 * seeds 0..199: the faulty program breaks every invariant it declares on some seed, and the
 * twin breaks nothing on any seed. Prints, for each fault, the first seed that catches each
 * invariant and how many runs that took.
 */
class FaultScenariosTest {
    static final int SEEDS = 200;

    /** The faults the API-step engines claim: their bug shows between API calls. */
    static Stream<Fault> faultsSeenBetweenApiCalls() {
        return FaultCatalogue.all().stream()
                .filter(fault -> fault.isClaimedBy(EngineId.EXHAUSTIVE) || fault.isClaimedBy(EngineId.PROPERTY));
    }

    static Stream<Fault> allFaults() {
        return FaultCatalogue.all().stream();
    }

    /** For every invariant it declares, some seed's run of the faulty scenario breaks that invariant. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("faultsSeenBetweenApiCalls")
    void faultyScenarioBreaksEachDeclaredInvariantOnSomeSeed(Fault fault) {
        for (Invariant invariant : fault.invariants()) {
            Breach caught = null;
            long seed = 0;
            while (caught == null && seed < SEEDS) {
                caught = breachOf(SeededRun.of(fault.program(), fault.helpers(), seed), invariant);
                seed++;
            }

            assertThat(caught).as(fault.id() + " broke no invariant " + invariant.number() + " in " + SEEDS
                    + " seeds").isNotNull();
            assertThat(caught.invariant().number()).isEqualTo(invariant.number());
            System.out.println(fault.id() + ": invariant " + invariant.number() + " first broken by seed "
                    + (seed - 1) + " (" + seed + " run" + (seed == 1 ? "" : "s") + "): " + caught);
        }
    }

    /** The twin, with the reference helpers, completes with no broken invariant and no failed thread on every seed. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("allFaults")
    void twinBreaksNothingOnAnySeed(Fault fault) {
        // Seeds run two at a time: each run is its own world and its own threads.
        List<String> unclean = new ArrayList<>(LongStream.range(0, SEEDS).parallel()
                .mapToObj(seed -> SeededRun.of(fault.twin(), fault.twinHelpers(), seed))
                .filter(run -> !run.clean())
                .map(run -> run.describe())
                .toList());

        assertThat(unclean).as(fault.id() + "'s twin").isEmpty();
    }

    /** A fault's scenario and its twin end by themselves: completed, never stuck or cut off by the step bound. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("allFaults")
    void faultyScenarioRunsToItsEnd(Fault fault) {
        ScheduledRun run = SeededRun.of(fault.program(), fault.helpers(), 0).run();

        assertThat(run.ending()).as(fault.id() + ": " + run.endingDetail()).isIn(ScheduledRun.Ending.COMPLETED,
                ScheduledRun.Ending.STUCK);
        if (run.ending() == ScheduledRun.Ending.STUCK) {
            // Only a server left waiting for a shutdown that never comes may end this way.
            assertThat(fault.invariants()).as(fault.toString()).contains(Invariant.NO_LEAK);
        }
    }

    private static Breach breachOf(SeededRun run, Invariant invariant) {
        for (Breach breach : run.breaches()) {
            if (breach.invariant() == invariant) {
                return breach;
            }
        }
        return null;
    }
}
