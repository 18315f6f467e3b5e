package org.comlife.checks.property;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The reference implementation passes every property on correct chains: the engine raises no false alarm. */
class ReferencePassesTest {
    private static final int TRIES = 60;

    /** Correct concurrent chains against the reference break no invariant in any state, for twenty seeds. */
    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 5, 8, 13, 21, 34, 55, 89, 144, 233, 377, 610, 987, 1597, 2584, 4181, 6765,
            10946})
    void referenceHoldsEveryInvariant(long seed) {
        PropertyResult result = PropertyRunner.check(PropertySettings.defaults(seed).withTries(TRIES));

        assertThat(result.passed()).as(result.report()).isTrue();
        assertThat(result.casesRun()).isEqualTo(TRIES);
        assertThat(result.schedulerSteps()).isPositive();
        assertThat(result.statistics().apiSteps().total()).isPositive();
    }
}
