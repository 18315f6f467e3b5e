package org.comlife.reports.text;

import java.util.ArrayList;
import java.util.List;
import org.comlife.reports.render.ColumnWidths;
import org.comlife.reports.schema.Counterexample;
import org.comlife.reports.schema.Step;

/**
 * A counterexample as a plain-text swimlane for a terminal: one column per thread, one row per
 * step (operation, then "-> result", then the note), the step that broke the invariant marked
 * {@code >>} in the margin and the invariant written under the table. Lines never exceed the
 * given width: a cell that does not fit its column wraps onto more lines (a thread's name after
 * its process's "/"), so nothing is cut but a word wider than its whole column.
 *
 * <p>Only ASCII is added to the labels, because Windows consoles often print anything else as
 * question marks.
 */
public final class TextSwimlaneRenderer {
    /** A width that fits a maximized terminal and a CI log. */
    public static final int DEFAULT_WIDTH = 120;

    private static final String SEPARATOR = " | ";
    private static final String MARK = ">>";
    private static final String CUT = "...";
    /** Narrower than this, a cut label says nothing; the line overflows the width instead. */
    private static final int MIN_COLUMN_WIDTH = 8;

    private TextSwimlaneRenderer() {
    }

    public static String render(Counterexample counterexample) {
        return render(counterexample, DEFAULT_WIDTH);
    }

    public static String render(Counterexample counterexample, int width) {
        List<String> threads = counterexample.threads();
        int digits = counterexample.steps().stream().mapToInt(step -> String.valueOf(step.index()).length()).max().orElse(1);
        int gutter = MARK.length() + Math.max(digits, 1);
        int[] widths = ColumnWidths.share(wantedWidths(counterexample),
                width - gutter - SEPARATOR.length() * threads.size(), MIN_COLUMN_WIDTH);

        StringBuilder out = new StringBuilder();
        List<List<String>> header = new ArrayList<>();
        for (int i = 0; i < threads.size(); i++) {
            header.add(wrapName(threads.get(i), widths[i]));
        }
        int headerLines = header.stream().mapToInt(List::size).max().orElse(1);
        for (int line = 0; line < headerLines; line++) {
            List<String> cells = new ArrayList<>();
            for (List<String> name : header) {
                cells.add(line < name.size() ? name.get(line) : "");
            }
            appendLine(out, line == 0 ? pad("#", gutter, true) : " ".repeat(gutter), cells, widths);
        }
        appendRule(out, gutter, widths);
        for (Step step : counterexample.steps()) {
            boolean broken = counterexample.brokenStep() != null && step.index() == counterexample.brokenStep();
            int column = threads.indexOf(step.thread());
            List<String> lines = new ArrayList<>();
            for (String line : stepLines(step)) {
                int indent = line.length() - line.stripLeading().length();
                lines.addAll(WordWrap.wrap(line.stripLeading(), widths[column] - indent, 2).stream()
                        .map(part -> " ".repeat(indent) + part).toList());
            }
            for (int line = 0; line < lines.size(); line++) {
                String margin = line > 0 ? " ".repeat(gutter)
                        : (broken ? MARK : "  ") + pad(String.valueOf(step.index()), gutter - MARK.length(), true);
                List<String> cells = new ArrayList<>();
                for (String thread : threads) {
                    cells.add(thread.equals(step.thread()) ? lines.get(line) : "");
                }
                appendLine(out, margin, cells, widths);
            }
        }
        appendRule(out, gutter, widths);
        String broke = counterexample.findBrokenStep()
                .map(step -> MARK + " step " + step.index() + " (" + step.thread() + ") broke: ")
                .orElse(MARK + " broken at the end: ");
        for (String line : WordWrap.wrap(broke + oneLine(counterexample.brokenInvariant()), width, MARK.length() + 1)) {
            out.append(line).append('\n');
        }
        return out.toString();
    }

    private static int[] wantedWidths(Counterexample counterexample) {
        List<String> threads = counterexample.threads();
        int[] wanted = new int[threads.size()];
        for (int i = 0; i < threads.size(); i++) {
            wanted[i] = length(threads.get(i));
        }
        for (Step step : counterexample.steps()) {
            int column = threads.indexOf(step.thread());
            for (String line : stepLines(step)) {
                wanted[column] = Math.max(wanted[column], length(line));
            }
        }
        return wanted;
    }

    private static List<String> stepLines(Step step) {
        List<String> lines = new ArrayList<>();
        lines.add(oneLine(step.operation()));
        if (step.result() != null) {
            lines.add("  -> " + oneLine(step.result()));
        }
        if (step.note() != null) {
            lines.add("  (" + oneLine(step.note()) + ")");
        }
        return lines;
    }

    private static void appendLine(StringBuilder out, String margin, List<String> cells, int[] widths) {
        StringBuilder line = new StringBuilder(margin);
        for (int i = 0; i < cells.size(); i++) {
            line.append(SEPARATOR).append(pad(fit(cells.get(i), widths[i]), widths[i], false));
        }
        out.append(line.toString().stripTrailing()).append('\n');
    }

    private static void appendRule(StringBuilder out, int gutter, int[] widths) {
        StringBuilder rule = new StringBuilder("-".repeat(gutter));
        for (int width : widths) {
            rule.append("-+-").append("-".repeat(width));
        }
        out.append(rule).append('\n');
    }

    /** A thread's name in its column: whole when it fits, else broken after the process's "/" and wrapped. */
    private static List<String> wrapName(String name, int width) {
        if (length(name) <= width) {
            return List.of(name);
        }
        List<String> lines = new ArrayList<>();
        int slash = name.indexOf('/');
        for (String part : slash < 0 ? List.of(name) : List.of(name.substring(0, slash + 1), name.substring(slash + 1))) {
            lines.addAll(WordWrap.wrap(part, width, 0));
        }
        return lines;
    }

    private static String fit(String text, int width) {
        if (length(text) <= width) {
            return text;
        }
        if (width <= CUT.length()) {
            return text.substring(0, text.offsetByCodePoints(0, width));
        }
        return text.substring(0, text.offsetByCodePoints(0, width - CUT.length())) + CUT;
    }

    private static String pad(String text, int width, boolean right) {
        String padding = " ".repeat(Math.max(0, width - length(text)));
        return right ? padding + text : text + padding;
    }

    private static int length(String text) {
        return text.codePointCount(0, text.length());
    }

    private static String oneLine(String text) {
        return text.strip().replaceAll("\\s*[\\r\\n]+\\s*", " ");
    }
}
