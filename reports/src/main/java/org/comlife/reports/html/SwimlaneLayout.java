package org.comlife.reports.html;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.comlife.reports.render.ColumnWidths;
import org.comlife.reports.schema.Counterexample;
import org.comlife.reports.schema.Step;

/**
 * Where everything of a swimlane diagram goes: one lane (column) per thread, and one band (row)
 * per step. Lanes share the width of the page's column: a lane with short labels stays narrow,
 * the others split the rest, and labels still too long wrap onto a few lines before they are cut.
 * The callout naming the broken invariant gets its own band right under the broken step, or at
 * the bottom when the engine did not pin the violation to a step. A long counterexample is drawn
 * in part ({@link StepWindow}), with a gap row where steps are left out.
 */
final class SwimlaneLayout {
    static final double OPERATION_FONT = 13;
    static final double DETAIL_FONT = 12;
    static final double HEADER_FONT = 13;
    static final double LINE_HEIGHT = 17;

    static final double MARGIN = 10;
    static final double GUTTER = 44;
    static final double LANE_GAP = 14;
    static final double LANE_PADDING = 12;
    static final double HEADER_HEIGHT = 30;
    static final double HEADER_GAP = 10;
    static final double BOX_PADDING = 8;
    static final double BAND_GAP = 6;
    static final double CALLOUT_PADDING = 6;
    static final double GAP_HEIGHT = LINE_HEIGHT + 2 * BAND_GAP;

    /** The width of report.html's main column, so that diagrams of up to four threads need no scrolling. */
    private static final int DIAGRAM_BUDGET = 1150;
    /** Narrower lanes wrap every label; wider diagrams scroll sideways instead. */
    private static final int MIN_LANE_WIDTH = 190;
    private static final int MAX_OPERATION_LINES = 3;
    private static final int MAX_DETAIL_LINES = 2;
    private static final int MAX_CALLOUT_LINES = 3;

    /** One thread's column. */
    record Lane(String thread, double x, double width) {
        double center() {
            return x + width / 2;
        }

        /** Width available to text inside a step box of this lane. */
        double textWidth() {
            return width - 2 * LANE_PADDING;
        }
    }

    /** One step's row, with its labels already broken into the lines that fit its lane. */
    record Band(Step step, double y, double height, boolean broken,
                List<String> operationLines, List<String> resultLines, List<String> noteLines) {
    }

    /** A row standing for steps that are not drawn, from {@code top} down {@link #GAP_HEIGHT}. */
    record Gap(int steps, double top) {
        double baseline() {
            return top + BAND_GAP / 2 + LINE_HEIGHT - 4;
        }
    }

    private final Map<String, Lane> lanes = new LinkedHashMap<>();
    private final List<Band> bands = new ArrayList<>();
    private final List<Gap> gaps = new ArrayList<>();
    private final List<String> calloutLines;
    private final double calloutY;
    private final double width;
    private final double height;

    SwimlaneLayout(Counterexample counterexample, String calloutText) {
        List<String> threads = counterexample.threads();
        StepWindow window = StepWindow.of(counterexample);
        List<Step> drawn = window.shown().stream().map(StepWindow.Shown::step).toList();
        int[] wanted = threads.stream().mapToInt(thread -> wantedWidth(thread, drawn)).toArray();
        int budget = (int) (DIAGRAM_BUDGET - 2 * MARGIN - GUTTER - LANE_GAP * (threads.size() - 1));
        int[] granted = ColumnWidths.share(wanted, budget, MIN_LANE_WIDTH);
        double x = MARGIN + GUTTER;
        for (int i = 0; i < threads.size(); i++) {
            lanes.put(threads.get(i), new Lane(threads.get(i), x, granted[i]));
            x += granted[i] + LANE_GAP;
        }
        width = x - LANE_GAP + MARGIN;
        calloutLines = MonospaceText.wrap(calloutText, width - 2 * MARGIN - 2 * LANE_PADDING, OPERATION_FONT,
                MAX_CALLOUT_LINES);

        double y = MARGIN + HEADER_HEIGHT + HEADER_GAP;
        double callout = -1;
        for (StepWindow.Shown shown : window.shown()) {
            if (shown.hiddenBefore() > 0) {
                gaps.add(new Gap(shown.hiddenBefore(), y));
                y += GAP_HEIGHT;
            }
            Step step = shown.step();
            boolean broken = counterexample.brokenStep() != null && step.index() == counterexample.brokenStep();
            Band band = band(step, y, broken, lanes.get(step.thread()));
            bands.add(band);
            y += band.height() + BAND_GAP;
            if (broken) {
                callout = y;
                y += calloutHeight() + BAND_GAP;
            }
        }
        if (window.hiddenAfter() > 0) {
            gaps.add(new Gap(window.hiddenAfter(), y));
            y += GAP_HEIGHT;
        }
        if (callout < 0) {
            callout = y;
            y += calloutHeight() + BAND_GAP;
        }
        calloutY = callout;
        height = y - BAND_GAP + MARGIN;
    }

    List<Lane> lanes() {
        return List.copyOf(lanes.values());
    }

    Lane lane(String thread) {
        return lanes.get(thread);
    }

    List<Band> bands() {
        return bands;
    }

    List<Gap> gaps() {
        return gaps;
    }

    List<String> calloutLines() {
        return calloutLines;
    }

    double calloutY() {
        return calloutY;
    }

    double calloutHeight() {
        return calloutLines.size() * LINE_HEIGHT + 2 * CALLOUT_PADDING;
    }

    /** Where lifelines end: the bottom of the last band or callout. */
    double lifelineBottom() {
        return height - MARGIN;
    }

    double width() {
        return width;
    }

    double height() {
        return height;
    }

    private static Band band(Step step, double y, boolean broken, Lane lane) {
        List<String> operation = MonospaceText.wrap(SwimlaneLabel.oneLine(step.operation()), lane.textWidth(),
                OPERATION_FONT, MAX_OPERATION_LINES);
        List<String> result = step.result() == null ? List.of()
                : MonospaceText.wrap(resultLine(step), lane.textWidth(), DETAIL_FONT, MAX_DETAIL_LINES);
        List<String> note = step.note() == null ? List.of()
                : MonospaceText.wrap(SwimlaneLabel.oneLine(step.note()), lane.textWidth(), DETAIL_FONT, MAX_DETAIL_LINES);
        int lines = operation.size() + result.size() + note.size();
        return new Band(step, y, lines * LINE_HEIGHT + 2 * BOX_PADDING, broken, operation, result, note);
    }

    private static String resultLine(Step step) {
        return "→ " + SwimlaneLabel.oneLine(step.result());
    }

    /** The width that shows the thread's longest label on one line. */
    private static int wantedWidth(String thread, List<Step> steps) {
        double widest = MonospaceText.width(thread, HEADER_FONT);
        for (Step step : steps) {
            if (!step.thread().equals(thread)) {
                continue;
            }
            widest = Math.max(widest, MonospaceText.width(SwimlaneLabel.oneLine(step.operation()), OPERATION_FONT));
            if (step.result() != null) {
                widest = Math.max(widest, MonospaceText.width(resultLine(step), DETAIL_FONT));
            }
            if (step.note() != null) {
                widest = Math.max(widest, MonospaceText.width(SwimlaneLabel.oneLine(step.note()), DETAIL_FONT));
            }
        }
        return (int) Math.ceil(widest + 2 * LANE_PADDING);
    }
}
