package org.comlife.reports.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.comlife.reports.SampleReports;
import org.comlife.reports.schema.Counterexample;
import org.comlife.reports.schema.Step;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The swimlane diagram: lanes per thread, steps in order, the broken step marked, labels that fit. */
class SwimlaneSvgRendererTest {

    /** Each thread gets a header with its name, in the counterexample's order. */
    @Test
    void oneLanePerThread() throws Exception {
        Document svg = XhtmlParser.parse(SwimlaneSvgRenderer.render(SampleReports.splitReleaseCounterexample()));

        List<Element> headers = byClass(svg, "g", "lane-header");
        assertThat(headers).extracting(header -> text(header, "text")).containsExactly("T1", "T2", "client");
    }

    /** Each step is a box in its thread's lane, below the previous step. */
    @Test
    void stepsRunDownTheirLanes() throws Exception {
        Counterexample counterexample = SampleReports.splitReleaseCounterexample();
        Document svg = XhtmlParser.parse(SwimlaneSvgRenderer.render(counterexample));
        List<Element> headers = byClass(svg, "g", "lane-header");
        List<Element> steps = byClass(svg, "g", "step");

        assertThat(steps).hasSize(counterexample.steps().size());
        double previousY = -1;
        for (int i = 0; i < steps.size(); i++) {
            Element box = first(steps.get(i), "rect");
            String thread = counterexample.steps().get(i).thread();
            Element laneHeader = first(headers.get(counterexample.threads().indexOf(thread)), "rect");
            assertThat(box.getAttribute("x")).isEqualTo(laneHeader.getAttribute("x"));
            double y = Double.parseDouble(box.getAttribute("y"));
            assertThat(y).isGreaterThan(previousY);
            previousY = y;
        }
    }

    /** Exactly the broken step is outlined in red, numbered on a red marker, and the invariant is written below it. */
    @Test
    void brokenStepIsMarked() throws Exception {
        Counterexample counterexample = SampleReports.splitReleaseCounterexample();
        Document svg = XhtmlParser.parse(SwimlaneSvgRenderer.render(counterexample));

        List<Element> broken = byClass(svg, "g", "broken");
        assertThat(broken).hasSize(1);
        assertThat(text(broken.get(0), "title")).startsWith("step 4 on T2: IClassFactory::CreateInstance");
        assertThat(first(broken.get(0), "rect").getAttribute("stroke")).isEqualTo("#c62828");
        assertThat(byClass(svg, "circle", "broken-marker")).hasSize(1);

        Element callout = byClass(svg, "g", "callout").get(0);
        assertThat(text(callout, "title")).isEqualTo(counterexample.brokenInvariant());
        assertThat(allText(callout)).isEqualTo("✗ step 4 broke: " + counterexample.brokenInvariant());
        double brokenBottom = Double.parseDouble(first(broken.get(0), "rect").getAttribute("y"))
                + Double.parseDouble(first(broken.get(0), "rect").getAttribute("height"));
        assertThat(Double.parseDouble(first(callout, "rect").getAttribute("y"))).isGreaterThan(brokenBottom);
    }

    /** A label too long for its lane is wrapped, then cut with an ellipsis, and its full text is in the tooltip. */
    @Test
    void longLabelsAreCutWithFullTooltip() throws Exception {
        String longOperation = "call(" + "argument, ".repeat(60) + "last)";
        Counterexample counterexample = new Counterexample(List.of("a", "b", "c", "d"),
                List.of(Step.of(1, "a", longOperation, "ok"), Step.of(2, "b", "x", "ok"),
                        Step.of(3, "c", "y", null), Step.of(4, "d", "z", null)),
                1, "inv", null, null);
        Document svg = XhtmlParser.parse(SwimlaneSvgRenderer.render(counterexample));

        Element step = byClass(svg, "g", "broken").get(0);
        assertThat(text(step, "title")).contains(longOperation);
        NodeList lines = step.getElementsByTagName("text");
        assertThat(lines.item(2).getTextContent()).endsWith("…");
        double laneWidth = Double.parseDouble(first(step, "rect").getAttribute("width"));
        int capacity = MonospaceText.capacity(laneWidth - 2 * SwimlaneLayout.LANE_PADDING, SwimlaneLayout.OPERATION_FONT);
        for (int i = 0; i < lines.getLength(); i++) {
            assertThat(lines.item(i).getTextContent().length()).isLessThanOrEqualTo(capacity);
        }
    }

    /** A lane is as wide as its labels need: a thread with long calls gets a wider lane than one with short calls. */
    @Test
    void laneWidthFollowsContent() throws Exception {
        Counterexample counterexample = new Counterexample(List.of("busy", "idle"),
                List.of(Step.of(1, "busy", "CoMarshalInterThreadInterfaceInStream(IID_IWidget, widget#1)", "S_OK"),
                        Step.of(2, "idle", "f()", "S_OK")),
                null, "inv", null, null);
        Document svg = XhtmlParser.parse(SwimlaneSvgRenderer.render(counterexample));

        List<Element> headers = byClass(svg, "g", "lane-header");
        double busy = Double.parseDouble(first(headers.get(0), "rect").getAttribute("width"));
        double idle = Double.parseDouble(first(headers.get(1), "rect").getAttribute("width"));
        assertThat(busy).isGreaterThan(idle);
        assertThat(busy).isGreaterThanOrEqualTo(MonospaceText.width(
                "CoMarshalInterThreadInterfaceInStream(IID_IWidget, widget#1)", SwimlaneLayout.OPERATION_FONT));
    }

    /** Without a pinned broken step no box is red and the callout says the invariant broke at the end. */
    @Test
    void unpinnedViolationIsStatedAtTheEnd() throws Exception {
        Counterexample counterexample = new Counterexample(List.of("t"),
                List.of(Step.of(1, "t", "release()", "0")), null, "the server eventually exits", null, null);
        Document svg = XhtmlParser.parse(SwimlaneSvgRenderer.render(counterexample));

        assertThat(byClass(svg, "g", "broken")).isEmpty();
        assertThat(allText(byClass(svg, "g", "callout").get(0))).isEqualTo("✗ broken at the end: the server eventually exits");
    }

    /**
     * A counterexample of hundreds of steps draws its first steps and those around the broken one,
     * with a gap row saying how many are left out, so that a long journal does not make the page huge.
     */
    @Test
    void longCounterexampleIsDrawnInPart() throws Exception {
        List<Step> steps = new ArrayList<>();
        for (int i = 1; i <= 300; i++) {
            steps.add(Step.of(i, i % 2 == 0 ? "a" : "b", "op" + i + "()", "S_OK"));
        }
        Counterexample counterexample = new Counterexample(List.of("a", "b"), steps, 200, "inv", null, null);
        Document svg = XhtmlParser.parse(SwimlaneSvgRenderer.render(counterexample));

        List<Element> drawn = byClass(svg, "g", "step");
        assertThat(drawn).hasSize(StepWindow.HEAD + StepWindow.TAIL);
        assertThat(text(drawn.get(StepWindow.HEAD - 1), "title")).startsWith("step 10 on");
        assertThat(text(drawn.get(StepWindow.HEAD), "title")).startsWith("step 176 on");
        assertThat(text(drawn.get(drawn.size() - 1), "title")).startsWith("step 205 on");
        assertThat(byClass(svg, "g", "broken")).singleElement().satisfies(step ->
                assertThat(text(step, "title")).startsWith("step 200 on"));
        assertThat(byClass(svg, "text", "gap")).extracting(Element::getTextContent).containsExactly(
                "⋮ 165 steps not drawn (every step is in report.json)", "⋮ 95 steps not drawn (every step is in report.json)");
    }

    /** The elements with the tag whose class list holds the class, as CSS selects them. */
    private static List<Element> byClass(Document document, String tag, String cssClass) {
        List<Element> found = new ArrayList<>();
        NodeList nodes = document.getElementsByTagName(tag);
        for (int i = 0; i < nodes.getLength(); i++) {
            Element element = (Element) nodes.item(i);
            if (List.of(element.getAttribute("class").split(" ")).contains(cssClass)) {
                found.add(element);
            }
        }
        return found;
    }

    private static Element first(Element parent, String tag) {
        return (Element) parent.getElementsByTagName(tag).item(0);
    }

    private static String text(Element parent, String tag) {
        return first(parent, tag).getTextContent();
    }

    /** The text lines of an element joined with spaces, as a reader reads wrapped lines. */
    private static String allText(Element parent) {
        NodeList lines = parent.getElementsByTagName("text");
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < lines.getLength(); i++) {
            parts.add(lines.item(i).getTextContent());
        }
        return String.join(" ", parts);
    }
}
