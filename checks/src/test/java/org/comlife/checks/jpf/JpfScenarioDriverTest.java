package org.comlife.checks.jpf;

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

    /** Unknown scenario or implementation names are refused before anything runs. */
    @Test
    void unknownNamesAreRefused() {
        assertThatThrownBy(() -> JpfScenarioDriver.main(new String[] {"VS_PACKAGE", "nope"}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("split-release");
        assertThatThrownBy(() -> JpfScenarioDriver.main(new String[] {"VS_PACKAGE"}))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
