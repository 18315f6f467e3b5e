package org.comlife.checks.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The width commands draw at: --width, else COLUMNS, else the terminal's, else 80; never under 40. */
class TerminalWidthTest {

    /** --width wins, COLUMNS comes next, then 80 when neither is given and there is no terminal. */
    @Test
    void widthComesFromTheFlagThenColumnsThenTheFallback() {
        assertThat(TerminalWidth.of(100, "70", false)).isEqualTo(100);
        assertThat(TerminalWidth.of(null, "70", false)).isEqualTo(70);
        assertThat(TerminalWidth.of(null, null, false)).isEqualTo(TerminalWidth.FALLBACK);
        assertThat(TerminalWidth.of(null, "wide", false)).isEqualTo(TerminalWidth.FALLBACK);
        assertThat(TerminalWidth.of(null, "12", false)).isEqualTo(TerminalWidth.MINIMUM);
    }

    /** A --width under 40 is bad input. */
    @Test
    void aTooNarrowWidthIsRefused() {
        assertThatThrownBy(() -> TerminalWidth.of(20, null, false)).isInstanceOf(UsageProblem.class)
                .hasMessageContaining("--width must be at least 40");
    }
}
