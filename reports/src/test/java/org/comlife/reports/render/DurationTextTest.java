package org.comlife.reports.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Durations as people read them. */
class DurationTextTest {

    /** Each range of durations prints with its unit and no more precision than helps. */
    @ParameterizedTest(name = "{0} ms = {1}")
    @CsvSource({"0, 0 ms", "999, 999 ms", "1000, 1.0 s", "1234, 1.2 s", "59949, 59.9 s", "125000, 2 min 05 s",
            "3720000, 1 h 02 min"})
    void formats(long millis, String text) {
        assertThat(DurationText.of(millis)).isEqualTo(text);
    }
}
