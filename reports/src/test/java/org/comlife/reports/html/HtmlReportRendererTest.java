package org.comlife.reports.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.comlife.reports.TestMatrices.caughtWith;
import static org.comlife.reports.TestMatrices.cell;
import static org.comlife.reports.TestMatrices.engines;
import static org.comlife.reports.TestMatrices.matrix;
import static org.comlife.reports.TestMatrices.reference;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.comlife.reports.SampleReports;
import org.comlife.reports.schema.Cell;
import org.comlife.reports.schema.Counterexample;
import org.comlife.reports.schema.MatrixReport;
import org.comlife.reports.schema.Row;
import org.comlife.reports.schema.RowKind;
import org.comlife.reports.schema.Status;
import org.comlife.reports.schema.Step;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** report.html: well-formed, self-contained, one swimlane per counterexample, hostile text inert. */
class HtmlReportRendererTest {
    private final String sample = HtmlReportRenderer.render(SampleReports.realistic());

    /** The page, doctype included, parses with the JDK's XML parser. */
    @Test
    void pageIsWellFormed() throws Exception {
        Document page = XhtmlParser.parse(sample);

        assertThat(page.getDocumentElement().getTagName()).isEqualTo("html");
        assertThat(sample).startsWith("<!DOCTYPE html>\n");
    }

    /** The page loads nothing: no script, no stylesheet link, no import, and every link stays inside the page. */
    @Test
    void pageIsSelfContained() {
        assertThat(sample).doesNotContain("http:", "https:", "<script", "<link", "@import", "url(", "<img", "<iframe");
        Matcher links = Pattern.compile("\\b(?:src|href)\\s*=\\s*\"([^\"]*)\"").matcher(sample);
        List<String> targets = new ArrayList<>();
        while (links.find()) {
            targets.add(links.group(1));
        }
        assertThat(targets).isNotEmpty().allSatisfy(target -> assertThat(target).startsWith("#"));
    }

    /** Every in-page link points at an element that exists. */
    @Test
    void linksResolve() throws Exception {
        Document page = XhtmlParser.parse(sample);
        NodeList anchors = page.getElementsByTagName("a");
        List<String> ids = new ArrayList<>();
        NodeList all = page.getElementsByTagName("*");
        for (int i = 0; i < all.getLength(); i++) {
            ids.add(((Element) all.item(i)).getAttribute("id"));
        }
        for (int i = 0; i < anchors.getLength(); i++) {
            String href = ((Element) anchors.item(i)).getAttribute("href");
            assertThat(ids).contains(href.substring(1));
        }
    }

    /** There is exactly one SVG diagram per counterexample. */
    @Test
    void oneSvgPerCounterexample() {
        assertThat(count(sample, "<svg")).isEqualTo(2);
    }

    /** The page shows the verdict, the summary, the matrix, the legend, every story, fix and replay, and the crash. */
    @Test
    void pageHasEveryPart() {
        assertThat(sample).contains("<title>comlife matrix: FAIL — reference</title>");
        assertThat(sample).contains("1 engine run(s) crashed");
        assertThat(sample).contains("<table class=\"matrix\">");
        assertThat(sample).contains("class=\"legend\"");
        assertThat(sample).contains("Unavailable: jpf-core not installed; pass --jpf PATH");
        assertThat(sample).contains("The main STA marshals its pointer into a stream");
        assertThat(sample).contains("Decrement and suspend in one critical section");
        assertThat(sample).contains("<pre>comlife replay --fault split-release --engine lincheck --seed 42</pre>");
        assertThat(sample).contains("⚠ Property chains crashed after 640ms");
    }

    /** Matrix cells carry the status label, its tone as a class, and the time. */
    @Test
    void matrixCellsShowStatusAndTime() {
        assertThat(sample).contains("<td class=\"cell good\"><span class=\"label\">✓ caught</span>"
                + "<span class=\"detail\">350ms · 37 chains · 4 steps</span>");
        assertThat(sample).contains("<td class=\"cell warning\"><span class=\"label\">⚠ error</span>");
        assertThat(sample).contains("<td class=\"cell neutral\"><span class=\"label\">skipped</span>"
                + "<span class=\"detail\">jpf-core not installed; pass --jpf PATH</span>");
    }

    /** Hostile text from a report (a script in an operation, quotes and ampersands in names) is escaped, never markup. */
    @Test
    void hostileTextIsEscaped() throws Exception {
        Counterexample counterexample = new Counterexample(List.of("\"evil\" & <b>"), List.of(
                new Step(1, "\"evil\" & <b>", "<script>alert(1)</script>", "</svg>", "a\u0001b")),
                1, "<img src=x onerror=alert(1)>", "x", "rm -rf / && echo \"done\"");
        Row row = new Row("<row>", "<i>t</i>", RowKind.CLIENT_FAULT, List.of(), "<story>", "fix & more",
                List.of(caughtWith("a", counterexample)));

        String html = HtmlReportRenderer.render(matrix(engines("a"), reference(cell("a", Status.PASSED)), row));

        XhtmlParser.parse(html);
        assertThat(html).doesNotContain("<script", "<img", "<b>", "<i>", "<row>", "<story>");
        assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt;");
        assertThat(html).contains("&quot;evil&quot; &amp; &lt;b&gt;");
        assertThat(count(html, "<svg")).isEqualTo(1);
        assertThat(count(html, "</svg>")).isEqualTo(1);
    }

    /** An ERROR cell's full text, stack trace included, is on the page. */
    @Test
    void errorTextIsKept() {
        assertThat(sample).contains("at org.example.ChainRunner.run(ChainRunner.java:51)");
    }

    /** A matrix with no counterexample renders with no SVG at all and still parses. */
    @Test
    void noCounterexampleNoSvg() throws Exception {
        MatrixReport report = matrix(engines("a"), reference(new Cell("a", Status.PASSED, true, 3, 0, null, null, null, null)));

        String html = HtmlReportRenderer.render(report);

        XhtmlParser.parse(html);
        assertThat(html).doesNotContain("<svg");
    }

    private static int count(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            count++;
        }
        return count;
    }
}
