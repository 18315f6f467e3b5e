package org.comlife.reports.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Durations as people read them. */
class DurationTextTest {

    /** Each range of durations prints with its unit and no more precision than helps. */
    @ParameterizedTest(name = "{0} ms = {1}")
    @CsvSource({"0, 0ms", "999, 999ms", "1000, 1.0s", "1234, 1.2s", "59949, 59.9s", "125000, 2m05s", "3720000, 1h02m"})
    void formats(long millis, String text) {
        assertThat(DurationText.of(millis)).isEqualTo(text);
    }
}
