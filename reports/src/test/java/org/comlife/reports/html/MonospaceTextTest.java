package org.comlife.reports.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Fitting labels to a width in a monospace font. */
class MonospaceTextTest {
    private static final double FONT = 10;
    /** Ten characters of a 10px monospace font. */
    private static final double TEN_CHARACTERS = 10 * FONT * 0.61 + 0.5;

    /** Text that fits is unchanged; longer text is cut to the capacity with an ellipsis as last character. */
    @Test
    void fitCutsWithEllipsis() {
        assertThat(MonospaceText.fit("short", TEN_CHARACTERS, FONT)).isEqualTo("short");
        assertThat(MonospaceText.fit("abcdefghijklmnop", TEN_CHARACTERS, FONT)).isEqualTo("abcdefghi…");
    }

    /** Wrapping breaks at spaces and after commas, never exceeds the width, and cuts the last allowed line. */
    @Test
    void wrapBreaksAtWordsThenCuts() {
        assertThat(MonospaceText.wrap("f(alpha,beta) gamma", TEN_CHARACTERS, FONT, 3))
                .containsExactly("f(alpha,", "beta)", "gamma");
        List<String> cut = MonospaceText.wrap("one two three four five six seven", TEN_CHARACTERS, FONT, 2);
        assertThat(cut).containsExactly("one two", "three fou…");
        assertThat(MonospaceText.wrap("abcdefghijklmnopqrstuvwxyz", TEN_CHARACTERS, FONT, 2))
                .containsExactly("abcdefghij", "klmnopqrs…");
    }
}
