package org.comlife.reports.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.comlife.reports.SampleReports;
import org.comlife.reports.schema.Counterexample;
import org.comlife.reports.schema.Step;
import org.junit.jupiter.api.Test;

/** The terminal swimlane: columns per thread, rows per step, the broken step marked, the width kept. */
class TextSwimlaneRendererTest {

    /** The exact layout of a small counterexample: header, rule, one row per step in its thread's column, the invariant below. */
    @Test
    void layoutOfASmallCounterexample() {
        Counterexample counterexample = new Counterexample(List.of("left", "right"), List.of(
                Step.of(1, "left", "open()", "ok"),
                new Step(2, "right", "close()", "fail", "too early")),
                2, "the thing stays open while used", null, null);

        String text = TextSwimlaneRenderer.render(counterexample, 80);

        assertThat(text).isEqualTo("""
                  # | left     | right
                ----+----------+--------------
                  1 | open()   |
                    |   -> ok  |
                >>2 |          | close()
                    |          |   -> fail
                    |          |   (too early)
                ----+----------+--------------
                >> step 2 (right) broke: the thing stays open while used
                """);
    }

    /** No line is wider than asked, and cells too wide wrap onto more lines: every word is still there. */
    @Test
    void widthIsKept() {
        String text = TextSwimlaneRenderer.render(SampleReports.splitReleaseCounterexample(), 60);

        assertThat(text.lines()).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(60));
        assertThat(text).doesNotContain("...");
        for (String word : SampleReports.splitReleaseCounterexample().steps().get(0).operation().split("[ (),]+")) {
            assertThat(text).contains(word);
        }
        String wide = TextSwimlaneRenderer.render(SampleReports.splitReleaseCounterexample());
        assertThat(wide.lines()).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(120));
    }

    /** Each step's operation sits in its own thread's column, found under that thread's header. */
    @Test
    void stepsSitUnderTheirThread() {
        Counterexample counterexample = SampleReports.splitReleaseCounterexample();
        List<String> lines = TextSwimlaneRenderer.render(counterexample).lines().toList();
        String header = lines.get(0);

        for (Step step : counterexample.steps()) {
            String row = lines.stream().filter(line -> line.matches("^(>>| {2}) *" + step.index() + " \\|.*"))
                    .findFirst().orElseThrow();
            int column = header.indexOf("| " + step.thread()) + 2;
            assertThat(row.substring(column)).startsWith(step.operation().substring(0, 10));
        }
    }

    /** Only the broken step carries the ">>" mark, and the invariant follows the table. */
    @Test
    void brokenStepIsMarked() {
        String text = TextSwimlaneRenderer.render(SampleReports.doubleUnmarshalCounterexample());

        assertThat(text.lines().filter(line -> line.startsWith(">>")).toList()).hasSize(2)
                .first().asString().startsWith(">>4 |");
        assertThat(text).contains(">> step 4 (background) broke: 4: a stream's refCount never goes below 0");
    }

    /** A long invariant wraps under the table, indented, within the width. */
    @Test
    void longInvariantWraps() {
        String text = TextSwimlaneRenderer.render(SampleReports.splitReleaseCounterexample(), 60);
        List<String> tail = text.lines().dropWhile(line -> !line.startsWith(">> step")).toList();

        assertThat(tail).hasSizeGreaterThan(1);
        assertThat(tail.subList(1, tail.size())).allSatisfy(line -> assertThat(line).startsWith("   "));
        assertThat(String.join(" ", tail).replaceAll(" +", " ")).contains("creates no new instance and serves no activation.");
    }
}
