package org.comlife.reports.html;

import java.util.List;
import java.util.Locale;
import org.comlife.reports.render.CountText;
import org.comlife.reports.schema.Counterexample;
import org.comlife.reports.schema.Step;

/**
 * A counterexample as an inline SVG swimlane diagram: one column per thread under a header with
 * its name, one row per step with the operation and its result, the step that broke the invariant
 * outlined in red with the invariant spelled out beneath it. Long labels wrap onto a few lines and
 * are then cut with an ellipsis; every step carries its full text as a tooltip ({@code <title>}).
 */
public final class SwimlaneSvgRenderer {
    private static final String FONT =
            "ui-monospace, SFMono-Regular, Menlo, Consolas, 'DejaVu Sans Mono', 'Liberation Mono', monospace";
    private static final String INK = "#1f2933";
    private static final String MUTED = "#52606d";
    private static final String FAINT = "#7b8794";
    private static final String BROKEN = "#c62828";
    /**
     * The look of what a diagram has many of (step boxes, their text lines, step numbers), once per
     * diagram instead of on every element: a report of dozens of diagrams stays small. Scoped to
     * the diagram's class, because a style element in inline SVG applies to the whole page.
     */
    private static final String STYLE = "svg.swimlane .op{font-size:" + number(SwimlaneLayout.OPERATION_FONT)
            + "px;font-weight:600;fill:" + INK + "}"
            + " svg.swimlane .res{font-size:" + number(SwimlaneLayout.DETAIL_FONT) + "px;fill:" + MUTED + "}"
            + " svg.swimlane .broken .res{fill:" + BROKEN + "}"
            + " svg.swimlane .note{font-size:" + number(SwimlaneLayout.DETAIL_FONT) + "px;font-style:italic;fill:" + FAINT + "}"
            + " svg.swimlane .box{fill:#ffffff;stroke:#bcccdc;stroke-width:1}"
            + " svg.swimlane .num{font-size:12px;fill:" + FAINT + "}";

    private SwimlaneSvgRenderer() {
    }

    public static String render(Counterexample counterexample) {
        String callout = counterexample.findBrokenStep()
                .map(step -> "✗ step " + step.index() + " broke: ")
                .orElse("✗ broken at the end: ")
                + SwimlaneLabel.oneLine(counterexample.brokenInvariant());
        SwimlaneLayout layout = new SwimlaneLayout(counterexample, callout);
        MarkupWriter svg = new MarkupWriter();
        svg.open("svg", "class", "swimlane",
                "width", number(layout.width()), "height", number(layout.height()),
                "viewBox", "0 0 " + number(layout.width()) + " " + number(layout.height()),
                "role", "img", "aria-label", ariaLabel(counterexample),
                "font-family", FONT).newline();
        svg.element("style", STYLE).newline();
        drawBandStripes(svg, layout);
        drawLanes(svg, layout);
        for (SwimlaneLayout.Band band : layout.bands()) {
            drawStepNumber(svg, band);
            drawStep(svg, layout.lane(band.step().thread()), band);
        }
        for (SwimlaneLayout.Gap gap : layout.gaps()) {
            drawGap(svg, layout, gap);
        }
        drawCallout(svg, layout, counterexample);
        svg.close("svg");
        return svg.finish();
    }

    /** Alternate light stripes carry the eye across lanes from a step number to its box. */
    private static void drawBandStripes(MarkupWriter svg, SwimlaneLayout layout) {
        int row = 0;
        for (SwimlaneLayout.Band band : layout.bands()) {
            if (row++ % 2 == 0) {
                svg.empty("rect", "x", number(SwimlaneLayout.MARGIN), "y", number(band.y() - SwimlaneLayout.BAND_GAP / 2),
                        "width", number(layout.width() - 2 * SwimlaneLayout.MARGIN),
                        "height", number(band.height() + SwimlaneLayout.BAND_GAP),
                        "fill", "#f4f6f9").newline();
            }
        }
    }

    private static void drawLanes(MarkupWriter svg, SwimlaneLayout layout) {
        double top = SwimlaneLayout.MARGIN;
        for (SwimlaneLayout.Lane lane : layout.lanes()) {
            svg.empty("line", "x1", number(lane.center()), "y1", number(top + SwimlaneLayout.HEADER_HEIGHT),
                    "x2", number(lane.center()), "y2", number(layout.lifelineBottom()),
                    "stroke", "#9aa5b1", "stroke-width", "1.5", "stroke-dasharray", "5 4").newline();
            svg.open("g", "class", "lane-header");
            svg.element("title", lane.thread());
            svg.empty("rect", "x", number(lane.x()), "y", number(top), "width", number(lane.width()),
                    "height", number(SwimlaneLayout.HEADER_HEIGHT), "rx", "6", "fill", "#243b53");
            svg.element("text", MonospaceText.fit(lane.thread(), lane.textWidth(), SwimlaneLayout.HEADER_FONT),
                    "x", number(lane.center()), "y", number(top + SwimlaneLayout.HEADER_HEIGHT / 2 + 4.5),
                    "text-anchor", "middle", "font-size", number(SwimlaneLayout.HEADER_FONT),
                    "font-weight", "bold", "fill", "#ffffff");
            svg.close("g").newline();
        }
    }

    private static void drawStepNumber(MarkupWriter svg, SwimlaneLayout.Band band) {
        double centerX = SwimlaneLayout.MARGIN + SwimlaneLayout.GUTTER / 2;
        double centerY = band.y() + band.height() / 2;
        String index = String.valueOf(band.step().index());
        if (band.broken()) {
            svg.empty("circle", "class", "broken-marker", "cx", number(centerX), "cy", number(centerY), "r", "13",
                    "fill", BROKEN);
            svg.element("text", index, "x", number(centerX), "y", number(centerY + 4.5), "text-anchor", "middle",
                    "font-size", "12", "font-weight", "bold", "fill", "#ffffff").newline();
        } else {
            svg.element("text", index, "class", "num", "x", number(centerX), "y", number(centerY + 4.5),
                    "text-anchor", "middle").newline();
        }
    }

    private static void drawStep(MarkupWriter svg, SwimlaneLayout.Lane lane, SwimlaneLayout.Band band) {
        svg.open("g", "class", band.broken() ? "step broken" : "step");
        svg.element("title", tooltip(band.step()));
        if (band.broken()) {
            svg.empty("rect", "x", number(lane.x()), "y", number(band.y()), "width", number(lane.width()),
                    "height", number(band.height()), "rx", "6", "fill", "#fff1f0", "stroke", BROKEN, "stroke-width", "2.5");
        } else {
            svg.empty("rect", "class", "box", "x", number(lane.x()), "y", number(band.y()), "width", number(lane.width()),
                    "height", number(band.height()), "rx", "6");
        }
        double baseline = band.y() + SwimlaneLayout.BOX_PADDING + SwimlaneLayout.LINE_HEIGHT - 4;
        double x = lane.x() + SwimlaneLayout.LANE_PADDING;
        baseline = drawLines(svg, band.operationLines(), x, baseline, "op");
        baseline = drawLines(svg, band.resultLines(), x, baseline, "res");
        drawLines(svg, band.noteLines(), x, baseline, "note");
        svg.close("g").newline();
    }

    /** Draws the lines of one label and answers the baseline of the line after them. */
    private static double drawLines(MarkupWriter svg, List<String> lines, double x, double baseline, String cssClass) {
        double y = baseline;
        for (String line : lines) {
            svg.element("text", line, "class", cssClass, "x", number(x), "y", number(y));
            y += SwimlaneLayout.LINE_HEIGHT;
        }
        return y;
    }

    private static void drawGap(MarkupWriter svg, SwimlaneLayout layout, SwimlaneLayout.Gap gap) {
        String text = "⋮ " + CountText.of(gap.steps(), "step") + " not drawn (every step is in report.json)";
        // The lifelines break here: what happened in between is not shown.
        svg.empty("rect", "x", number(SwimlaneLayout.MARGIN), "y", number(gap.top() - SwimlaneLayout.BAND_GAP / 2),
                "width", number(layout.width() - 2 * SwimlaneLayout.MARGIN),
                "height", number(SwimlaneLayout.GAP_HEIGHT), "fill", "#ffffff");
        svg.element("text", text, "class", "gap", "x", number(layout.width() / 2), "y", number(gap.baseline()),
                "text-anchor", "middle", "font-size", number(SwimlaneLayout.DETAIL_FONT), "font-style", "italic",
                "fill", MUTED).newline();
    }

    private static void drawCallout(MarkupWriter svg, SwimlaneLayout layout, Counterexample counterexample) {
        double left = SwimlaneLayout.MARGIN;
        double y = layout.calloutY();
        svg.open("g", "class", "callout");
        svg.element("title", counterexample.brokenInvariant());
        svg.empty("rect", "x", number(left), "y", number(y), "width", number(layout.width() - 2 * SwimlaneLayout.MARGIN),
                "height", number(layout.calloutHeight()), "rx", "4",
                "fill", "#fdecea", "stroke", BROKEN, "stroke-width", "1.5");
        counterexample.findBrokenStep().ifPresent(step -> {
            // A notch pointing up at the broken step ties the sentence to its box.
            double x = layout.lane(step.thread()).center();
            svg.empty("polygon", "points", number(x - 7) + "," + number(y + 0.75) + " " + number(x + 7) + ","
                    + number(y + 0.75) + " " + number(x) + "," + number(y - SwimlaneLayout.BAND_GAP),
                    "fill", BROKEN);
        });
        double baseline = y + SwimlaneLayout.CALLOUT_PADDING + SwimlaneLayout.LINE_HEIGHT - 4;
        for (String line : layout.calloutLines()) {
            svg.element("text", line, "x", number(left + SwimlaneLayout.LANE_PADDING), "y", number(baseline),
                    "font-size", number(SwimlaneLayout.OPERATION_FONT), "font-weight", "bold", "fill", BROKEN);
            baseline += SwimlaneLayout.LINE_HEIGHT;
        }
        svg.close("g").newline();
    }

    private static String tooltip(Step step) {
        StringBuilder text = new StringBuilder()
                .append("step ").append(step.index()).append(" on ").append(step.thread()).append(": ")
                .append(step.operation());
        if (step.result() != null) {
            text.append("\n→ ").append(step.result());
        }
        if (step.note() != null) {
            text.append('\n').append(step.note());
        }
        return text.toString();
    }

    private static String ariaLabel(Counterexample counterexample) {
        return "Swimlane diagram: " + CountText.of(counterexample.steps().size(), "step") + " on threads "
                + String.join(", ", counterexample.threads());
    }

    /** Coordinates with at most one decimal, so that the markup stays short and stable across runs. */
    private static String number(double value) {
        if (value == Math.rint(value)) {
            return String.valueOf((long) value);
        }
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
