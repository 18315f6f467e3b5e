package org.comlife.checks.jpf.program;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The program JPF runs behaves on a plain JVM as it must under JPF: silent on a correct run, loud on a breach. */
class JpfScenarioDriverTest {

    /** The VS package example with the reference ends normally. */
    @Test
    void correctRunEndsNormally() throws InterruptedException {
        JpfScenarioDriver.main(new String[] {"VS_PACKAGE", JpfImplementations.REFERENCE});
    }

    /** The foreign-pointer misuse throws an AssertionError naming invariant 5 on its own breach line. */
    @Test
    void breachIsThrownOneLinePerBreach() {
        assertThatThrownBy(() -> JpfScenarioDriver.main(new String[] {"VS_PACKAGE_FOREIGN_POINTER",
                JpfImplementations.REFERENCE}))
                .isInstanceOf(AssertionError.class)
                .satisfies(error -> assertThat(JpfScenarioDriver.breachesIn(error.getMessage()))
                        .anySatisfy(breach -> assertThat(breach).startsWith("invariant 5")));
    }

    /** A catalogue fault's twin runs through the driver and ends normally with the reference. */
    @Test
    void faultTwinRunsThroughTheDriver() throws InterruptedException {
        JpfScenarioDriver.main(new String[] {"twin:lockserver-window", JpfImplementations.REFERENCE});
    }

    /** Every example, sized as a complete exploration sizes it, ends normally with its threads taking turns one API step at a time. */
    @Test
    void sizedExamplesEndNormallyTakingTurns() throws InterruptedException {
        for (String program : new String[] {"VS_PACKAGE", "MANAGED_AUTO_MARSHAL/1", "OUT_OF_PROCESS_SERVER/0"}) {
            JpfScenarioDriver.main(new String[] {program, JpfImplementations.REFERENCE, JpfScenarioDriver.API_STEPS});
        }
    }

    /** Taking turns one API step at a time, the foreign-pointer misuse still throws its invariant 5 breach. */
    @Test
    void breachIsThrownTakingTurns() {
        assertThatThrownBy(() -> JpfScenarioDriver.main(new String[] {"VS_PACKAGE_FOREIGN_POINTER",
                JpfImplementations.REFERENCE, JpfScenarioDriver.API_STEPS}))
                .isInstanceOf(AssertionError.class)
                .satisfies(error -> assertThat(JpfScenarioDriver.breachesIn(error.getMessage()))
                        .anySatisfy(breach -> assertThat(breach).startsWith("invariant 5")));
    }

    /** Every example, sized as a complete exploration sizes it, ends normally with its states worked out and checked at every turn. */
    @Test
    void sizedExamplesEndNormallyCheckedAtEveryTurn() throws InterruptedException {
        for (String program : new String[] {"VS_PACKAGE", "MANAGED_AUTO_MARSHAL", "OUT_OF_PROCESS_SERVER/0"}) {
            JpfScenarioDriver.main(new String[] {program, JpfImplementations.REFERENCE,
                    JpfScenarioDriver.PROGRAM_STATES});
        }
    }

    /** Checked at every turn, the foreign-pointer misuse is stopped in the state where invariant 5 breaks, before the program ends. */
    @Test
    void breachOnTheWayEndsTheRunThere() {
        assertThatThrownBy(() -> JpfScenarioDriver.main(new String[] {"VS_PACKAGE_FOREIGN_POINTER",
                JpfImplementations.REFERENCE, JpfScenarioDriver.PROGRAM_STATES}))
                .isInstanceOf(JpfProgramState.InvariantsBroken.class)
                .hasMessageContaining("in a state on the way")
                .satisfies(error -> assertThat(JpfScenarioDriver.breachesIn(error.getMessage()))
                        .anySatisfy(breach -> assertThat(breach).startsWith("invariant 5")));
    }

    /** A deadlock of logical threads ends the run with the watchdog's invariant 6 also when the threads take turns. */
    @Test
    void deadlockOfLogicalThreadsIsReportedTakingTurns() {
        assertThatThrownBy(() -> JpfScenarioDriver.main(new String[] {"fault:sta-not-pumping", "fault:sta-not-pumping",
                JpfScenarioDriver.API_STEPS}))
                .isInstanceOf(AssertionError.class)
                .satisfies(error -> assertThat(JpfScenarioDriver.breachesIn(error.getMessage()))
                        .anySatisfy(breach -> assertThat(breach).startsWith("invariant 6")));
    }

    /** Unknown scenario or implementation names are refused before anything runs. */
    @Test
    void unknownNamesAreRefused() {
        assertThatThrownBy(() -> JpfScenarioDriver.main(new String[] {"VS_PACKAGE", "nope"}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("split-release");
        assertThatThrownBy(() -> JpfScenarioDriver.main(new String[] {"VS_PACKAGE"}))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> JpfScenarioDriver.main(new String[] {"VS_PACKAGE", JpfImplementations.REFERENCE, "x"}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(JpfScenarioDriver.PROGRAM_STATES);
    }
}
