package org.comlife.checks.property;

import static org.assertj.core.api.Assertions.assertThat;

import org.comlife.checks.property.inputs.BadInputProperty;
import org.comlife.checks.property.inputs.BadInputResult;
import org.comlife.model.runtime.RuntimeHelpers;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Bad arguments never throw, get the contract's code, change no state, and misuse is recorded as such. */
class BadInputPropertyTest {
    private static final int TRIES = 200;

    /** Random sequences of bad calls on the reference hold every bad-input property and reach every bad call. */
    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 17, 4242})
    void referenceAnswersBadInputsAsTheContractSays(long seed) {
        BadInputResult result = BadInputProperty.check(seed, TRIES, RuntimeHelpers.reference());

        assertThat(result.passed()).as(result.report()).isTrue();
        assertThat(result.calls()).isGreaterThanOrEqualTo(TRIES);
        assertThat(result.callsPerKind()).hasSizeGreaterThan(40);
    }
}
