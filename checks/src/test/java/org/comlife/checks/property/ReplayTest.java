package org.comlife.checks.property;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.comlife.checks.faults.Fault;
import org.comlife.checks.faults.FaultCatalogue;
import org.comlife.checks.faults.FaultId;
import org.comlife.checks.matrix.PropertyEngine;
import org.comlife.checks.property.execute.CaseProperty;
import org.comlife.checks.property.execute.CaseRun;
import org.comlife.checks.property.report.Counterexample;
import org.comlife.checks.property.report.CounterexampleReport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A counterexample replays exactly: from its case seed, from its recorded schedule, and from the run's seed. */
class ReplayTest {
    private static Fault fault;
    private static PropertySettings settings;
    private static PropertyResult found;

    @BeforeAll
    static void findOne() {
        fault = FaultCatalogue.byId(FaultId.of("tedious-count"));
        settings = PropertyEngine.huntSettings(fault, 99, 3_000);
        found = PropertyRunner.check(settings);
        assertThat(found.passed()).as("the hunt must find a counterexample to replay").isFalse();
    }

    /** Replaying the case seed regenerates the failing case: the same chain and the identical journal. */
    @Test
    void caseSeedReplaysTheOriginalRun() {
        Counterexample counterexample = found.counterexample();

        CaseRun replayed = Replay.generatedCase(counterexample.caseSeed(), settings, CaseProperty.INVARIANTS_ONLY);

        assertThat(replayed.chain()).isEqualTo(counterexample.original().chain());
        assertThat(replayed.schedule()).isEqualTo(counterexample.original().schedule());
        assertThat(replayed.renderJournal()).isEqualTo(counterexample.original().renderJournal());
        assertThat(replayed.failure().breaks(counterexample.invariant())).isTrue();
    }

    /** Replaying the minimal chain along its recorded schedule gives the identical journal and failure. */
    @Test
    void recordedScheduleReplaysTheMinimalRun() {
        Counterexample counterexample = found.counterexample();

        CaseRun replayed = Replay.counterexample(counterexample, fault.helpers());

        assertThat(replayed.renderJournal()).isEqualTo(counterexample.minimal().renderJournal());
        assertThat(replayed.schedule()).isEqualTo(counterexample.minimal().schedule());
        assertThat(replayed.failure().breaks(counterexample.invariant())).isTrue();
    }

    /** The same settings find, and shrink to, the same counterexample: the whole run is a function of its seed. */
    @Test
    void sameSeedSameCounterexample() {
        PropertyResult again = PropertyRunner.check(settings);

        assertThat(again.casesRun()).isEqualTo(found.casesRun());
        assertThat(again.counterexample().minimal().chain()).isEqualTo(found.counterexample().minimal().chain());
        assertThat(again.counterexample().minimal().renderJournal())
                .isEqualTo(found.counterexample().minimal().renderJournal());
    }

    /** Checking only the printed case seed (what -Dcomlife.seed does) fails at once, with the same minimal case. */
    @Test
    void checkingTheCaseSeedAloneReproducesTheFailure() {
        PropertyResult single = PropertyRunner.checkCase(found.counterexample().caseSeed(), settings,
                CaseProperty.INVARIANTS_ONLY);

        assertThat(single.casesRun()).isEqualTo(1);
        assertThat(single.counterexample().minimal().renderJournal())
                .isEqualTo(found.counterexample().minimal().renderJournal());
    }

    /** A seed printed in hexadecimal (all 64 bits) or decimal reads back as the same number; other text is refused. */
    @Test
    void printedSeedsReadBack() {
        long seed = found.counterexample().caseSeed();

        assertThat(CounterexampleReport.readSeed(" 0x" + Long.toHexString(seed) + " ")).isEqualTo(seed);
        assertThat(CounterexampleReport.readSeed(Long.toString(seed))).isEqualTo(seed);
        assertThat(CounterexampleReport.readSeed("")).isNull();
        assertThatThrownBy(() -> CounterexampleReport.readSeed("0xnope")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("0xnope");
    }
}
