package org.comlife.checks.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.comlife.checks.faults.Fault;
import org.comlife.checks.faults.FaultCatalogue;
import org.comlife.checks.matrix.EngineId;
import org.comlife.reports.schema.Step;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The counterexamples explain prints are pinned like a model checker's expected results: each
 * is derived again and must be the one pinned; each fault has one; and the story tells it with
 * the swimlane's names, in the order the threads act.
 */
class PinnedCounterexamplesTest {
    @RegisterExtension
    final Terminal terminal = new Terminal();
    private static final Pattern THREAD_NAME = Pattern.compile("\\b(client-[a-z]|background-[a-z]|Thread [0-9])\\b");

    /** Every catalogue fault's counterexample, derived now, is the one pinned (pin again when a change means it). */
    @Test
    void derivedCounterexamplesAreThePinnedOnes() {
        assertThat(PinnedCounterexamples.all()).extracting(PinnedCounterexamples.Pinned::fault)
                .containsExactlyElementsOf(FaultCatalogue.ids().stream().map(Object::toString).toList());
        for (Fault fault : FaultCatalogue.all()) {
            assertThat(CounterexampleDerivation.derive(fault)).as(fault.id()
                            + " drifted; if the change is meant, pin again as PinnedCounterexamples says")
                    .isEqualTo(PinnedCounterexamples.of(fault.id().toString()));
        }
    }

    /**
     * A story names the swimlane's threads as the swimlane does, and mentions them first in the
     * order they first act in it (tedious-count had client-a and client-b the other way round);
     * a Lincheck counterexample's threads are named in the story.
     */
    @Test
    void storiesUseTheSwimlanesNames() {
        for (Fault fault : FaultCatalogue.all()) {
            PinnedCounterexamples.Pinned pinned = PinnedCounterexamples.of(fault.id().toString());
            List<String> acting = new ArrayList<>();
            for (Step step : pinned.counterexample().steps()) {
                String name = step.thread().substring(step.thread().indexOf('/') + 1);
                if (!acting.contains(name)) {
                    acting.add(name);
                }
            }
            List<String> told = new ArrayList<>();
            Matcher names = THREAD_NAME.matcher(fault.story());
            while (names.find()) {
                if (acting.contains(names.group(1)) && !told.contains(names.group(1))) {
                    told.add(names.group(1));
                }
            }
            assertThat(told).as(fault.id() + ": the story's threads, in the order it names them")
                    .isEqualTo(acting.stream().filter(told::contains).toList());
            if (pinned.engine().equals(EngineId.LINCHECK.id())) {
                assertThat(told).as(fault.id().toString()).containsExactlyElementsOf(acting);
            }
        }
    }

    /** explain searches nothing: it prints the pinned counterexample at once, wrapped to the width given. */
    @Test
    void explainPrintsThePinnedCounterexampleWithinTheWidth() {
        long start = System.nanoTime();
        for (String fault : List.of("tedious-count", "split-release", "non-atomic-unmarshal-once")) {
            terminal.reset();
            assertThat(ComlifeCommand.execute("explain", fault, "--width", "72")).isZero();
            String text = terminal.out();
            assertThat(text.lines()).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(72));
            assertThat(text).contains("Fix:", "Engines:", "ounterexample", "Breaks invariant");
        }
        // The three faults explain once took 36 to 59 s each for; none is searched now.
        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(10_000);
    }
}
