package org.comlife.reports.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** An engine's raw text is kept in a report only as a bounded excerpt; the whole stays in memory for the writer. */
class RawTraceTest {

    /** A short text is kept whole, and says so. */
    @Test
    void shortTextIsKeptWhole() {
        RawTrace trace = RawTrace.of("first\r\nsecond\n\n");

        assertThat(trace.excerpt()).isEqualTo("first\nsecond");
        assertThat(trace.complete()).isTrue();
        assertThat(trace.lines()).isEqualTo(2);
        assertThat(trace.characters()).isEqualTo(12);
    }

    /** A long text keeps its first and last lines around a marker that counts the lines cut. */
    @Test
    void longTextKeepsHeadAndTail() {
        RawTrace trace = RawTrace.of(numberedLines(1_000));

        List<String> kept = trace.excerpt().lines().toList();
        assertThat(kept).hasSize(RawTrace.HEAD_LINES + 1 + RawTrace.TAIL_LINES);
        assertThat(kept.get(0)).isEqualTo("line 1");
        assertThat(kept.get(RawTrace.HEAD_LINES - 1)).isEqualTo("line 30");
        assertThat(kept.get(RawTrace.HEAD_LINES)).isEqualTo("[… 955 lines cut …]");
        assertThat(kept.get(RawTrace.HEAD_LINES + 1)).isEqualTo("line 986");
        assertThat(kept.get(kept.size() - 1)).isEqualTo("line 1000");
        assertThat(trace.complete()).isFalse();
        assertThat(trace.lines()).isEqualTo(1_000);
        assertThat(trace.wholeText()).contains(numberedLines(1_000).stripTrailing());
    }

    /** A few megabytes on one line are cut to the line limit: a line count alone would not bound the excerpt. */
    @Test
    void hugeLinesAreShortened() {
        String huge = "x".repeat(3_000_000);
        RawTrace trace = RawTrace.of(huge + "\n" + huge);

        assertThat(trace.excerpt().length()).isLessThanOrEqualTo(2 * RawTrace.MAX_LINE_LENGTH + 1);
        assertThat(trace.excerpt()).endsWith("…");
        assertThat(trace.complete()).isFalse();
        assertThat(trace.characters()).isEqualTo(6_000_001);
    }

    /** Shortening a line never splits a character made of two chars. */
    @Test
    void shorteningKeepsSurrogatePairsWhole() {
        String line = "a".repeat(RawTrace.MAX_LINE_LENGTH - 2) + "😀".repeat(10);

        String kept = RawTrace.of(line).excerpt();

        assertThat(kept.codePoints().allMatch(Character::isValidCodePoint)).isTrue();
        assertThat(Character.isHighSurrogate(kept.charAt(kept.length() - 2))).isFalse();
    }

    /** No excerpt exceeds the documented limit, whatever the text. */
    @Test
    void excerptNeverExceedsTheLimit() {
        String wide = IntStream.range(0, 5_000).mapToObj(i -> "y".repeat(10_000)).collect(Collectors.joining("\n"));

        assertThat(RawTrace.of(wide).excerpt().length()).isLessThanOrEqualTo(RawTrace.MAX_EXCERPT_CHARACTERS);
    }

    /** Two traces of the same text are equal whether or not they hold the whole text: a report read back equals the one written. */
    @Test
    void equalityIgnoresTheWholeText() {
        RawTrace made = RawTrace.of(numberedLines(100));
        RawTrace read = new RawTrace(made.excerpt(), made.complete(), made.lines(), made.characters(), null);

        assertThat(read).isEqualTo(made).hasSameHashCodeAs(made);
        assertThat(read.wholeText()).isEmpty();
        assertThat(read.withFile("traces/x.txt")).isNotEqualTo(made);
    }

    /** An excerpt over the limit, or a file outside the report's folder, is refused. */
    @Test
    void oversizedExcerptAndEscapingFileAreRefused() {
        assertThatThrownBy(() -> new RawTrace(numberedLines(100), false, 100, 1_000, null))
                .hasMessageContaining("a trace excerpt holds at most 45 lines");
        RawTrace trace = RawTrace.of("x");
        for (String file : List.of("../x.txt", "/etc/passwd", "javascript:alert(1)", "traces//x.txt", "a b.txt")) {
            assertThatThrownBy(() -> trace.withFile(file)).as(file).hasMessageContaining("inside the report folder");
        }
    }

    /** A crashed run's message is the failure's first line; the stack trace is its trace. */
    @Test
    void errorCellSplitsMessageAndTrace() {
        Cell cell = Cell.error("a", true, 5, "java.lang.IllegalStateException: boom\n\tat a.B.c(B.java:1)\n");

        assertThat(cell.message()).isEqualTo("java.lang.IllegalStateException: boom");
        assertThat(cell.trace().excerpt()).isEqualTo("java.lang.IllegalStateException: boom\n\tat a.B.c(B.java:1)");
        assertThat(Cell.error("a", true, 5, "one line").trace()).isNull();
    }

    /** A cell where the engine ran and found nothing carries no trace, even when one is given. */
    @Test
    void cleanCellsCarryNoTrace() {
        RawTrace trace = RawTrace.of("noise");

        assertThat(new Cell("a", Status.NOT_CLAIMED, false, 1, 1, "states", null, null, null, trace).trace()).isNull();
        assertThat(new Cell("a", Status.PASSED, true, 1, 1, "states", null, null, null, trace).trace()).isNull();
        assertThat(new Cell("a", Status.CAUGHT, true, 1, 1, "states", null, null, null, trace).trace()).isEqualTo(trace);
    }

    private static String numberedLines(int count) {
        return IntStream.rangeClosed(1, count).mapToObj(i -> "line " + i).collect(Collectors.joining("\n")) + "\n";
    }
}
