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
import org.w3c.dom.Node;
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

    /** The page loads nothing: no script, no stylesheet link, no import; links stay inside the page or the report's folder. */
    @Test
    void pageIsSelfContained() {
        assertThat(sample).doesNotContain("http:", "https:", "<script", "<link", "@import", "url(", "<img", "<iframe");
        Matcher links = Pattern.compile("\\b(?:src|href)\\s*=\\s*\"([^\"]*)\"").matcher(sample);
        List<String> targets = new ArrayList<>();
        while (links.find()) {
            targets.add(links.group(1));
        }
        assertThat(targets).isNotEmpty().allSatisfy(target -> assertThat(target).matches("#.+|[A-Za-z0-9._-]+/[A-Za-z0-9._-]+"));
        assertThat(targets).contains("counterexamples/double-unmarshal.json");
    }

    /** The page opens at the verdict and the matrix: nothing but the verdict comes before the table, and every section comes after. */
    @Test
    void matrixComesFirst() throws Exception {
        Element main = (Element) XhtmlParser.parse(sample).getElementsByTagName("main").item(0);
        List<String> firstChildren = new ArrayList<>();
        for (Node child = main.getFirstChild(); child != null && firstChildren.size() < 2; child = child.getNextSibling()) {
            if (child instanceof Element element) {
                firstChildren.add(element.getTagName() + "#" + element.getAttribute("id") + "." + element.getAttribute("class"));
            }
        }
        assertThat(firstChildren).containsExactly("header#.verdict fail", "table#matrix.matrix");
        assertThat(sample.indexOf("<table class=\"matrix\"")).isLessThan(sample.indexOf("<svg"))
                .isLessThan(sample.indexOf("<section")).isLessThan(sample.indexOf("<details"));
    }

    /** Each cell with a counterexample, failure or engine output links to its section, and each section links back to its row of the matrix. */
    @Test
    void cellsAndSectionsLinkBothWays() throws Exception {
        Document page = XhtmlParser.parse(sample);
        NodeList sections = page.getElementsByTagName("section");
        assertThat(sections.getLength()).isEqualTo(3);
        for (int i = 0; i < sections.getLength(); i++) {
            Element section = (Element) sections.item(i);
            assertThat(sample).contains("href=\"#" + section.getAttribute("id") + "\"");
            String rowIndex = section.getAttribute("id").split("-")[1];
            assertThat(hrefs(section)).contains("#matrix-row-" + rowIndex);
        }
    }

    /** Engine output is shown in a pre inside a collapsed details, never in a paragraph; the excerpt names what was cut. */
    @Test
    void engineOutputIsCollapsedPreformattedText() throws Exception {
        Document page = XhtmlParser.parse(sample);
        NodeList paragraphs = page.getElementsByTagName("p");
        for (int i = 0; i < paragraphs.getLength(); i++) {
            assertThat(paragraphs.item(i).getTextContent()).doesNotContain("\n").doesNotContain("line 200:");
        }
        NodeList details = page.getElementsByTagName("details");
        assertThat(details.getLength()).isEqualTo(2);
        for (int i = 0; i < details.getLength(); i++) {
            Element element = (Element) details.item(i);
            assertThat(element.hasAttribute("open")).isFalse();
            assertThat(element.getElementsByTagName("pre").getLength()).isEqualTo(1);
        }
        assertThat(sample).contains("Lincheck&#39;s own output: first 30 and last 15 of 400 lines")
                .contains("[… 355 lines cut …]").contains("line 30:").doesNotContain("line 31:").contains("line 386:");
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
            if (href.startsWith("#")) {
                assertThat(ids).contains(href.substring(1));
            }
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
        assertThat(sample).contains("1 engine run gave no verdict (crashed, or did not end)");
        assertThat(sample).contains("<table class=\"matrix\" id=\"matrix\">");
        assertThat(sample).contains("class=\"legend\"");
        assertThat(sample).contains("Unavailable: jpf-core not installed; pass --jpf PATH");
        assertThat(sample).contains("The main STA marshals its pointer into a stream");
        assertThat(sample).contains("Decrement and suspend in one critical section");
        assertThat(sample).contains("<pre>comlife replay --fault split-release --engine lincheck --seed 42</pre>");
        assertThat(sample).contains("<pre>java -jar checks/target/comlife.jar replay "
                + "comlife-report/counterexamples/double-unmarshal.json</pre>");
        assertThat(sample).contains("⚠ Property chains failed after 640 ms");
        assertThat(sample).contains("generated 2025-06-01 12:00:00 UTC");
    }

    /** Matrix cells carry the status label, its tone as a class, and the time. */
    @Test
    void matrixCellsShowStatusAndTime() {
        assertThat(sample).contains("<td class=\"cell good\"><span class=\"label\">✓ caught</span> "
                + "<a href=\"#cell-1-1\">↓ counterexample</a><span class=\"detail\">found in 350 ms · 4 steps · 37 chains</span>");
        assertThat(sample).contains("<td class=\"cell warning\" title=\"java.lang.IllegalStateException: chain generator "
                + "scheduled an action on terminated thread T2\"><span class=\"label\">⚠ error</span>");
        assertThat(sample).contains("<td class=\"cell neutral\"><span class=\"label\">– not claimed</span>"
                + "<span class=\"detail\">ran: no violation in 910 ms · 4,020 invocations</span>");
        assertThat(sample).contains("<td class=\"cell neutral\" title=\"jpf-core not installed; pass --jpf PATH\">"
                + "<span class=\"label\">skipped</span><span class=\"detail\">jpf-core not installed; pass --jpf PATH</span>");
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

    private static List<String> hrefs(Element element) {
        List<String> hrefs = new ArrayList<>();
        NodeList anchors = element.getElementsByTagName("a");
        for (int i = 0; i < anchors.getLength(); i++) {
            hrefs.add(((Element) anchors.item(i)).getAttribute("href"));
        }
        return hrefs;
    }

    private static int count(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            count++;
        }
        return count;
    }
}
