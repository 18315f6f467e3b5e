package org.comlife.reports.html;

import java.util.ArrayList;
import java.util.List;

/**
 * Width of text in the swimlane diagrams, which use a monospace font so that the width of a label
 * is known without a browser; and how a label is wrapped or cut to fit a width.
 */
final class MonospaceText {
    /** Advance of one character as a fraction of the font size: about 0.6 for common monospace fonts, rounded up. */
    private static final double ADVANCE_PER_EM = 0.61;
    /** Characters after which a line may break without splitting a word: argument lists wrap after commas. */
    private static final String BREAK_AFTER = ",;(";

    private MonospaceText() {
    }

    static double width(String text, double fontSize) {
        return length(text) * fontSize * ADVANCE_PER_EM;
    }

    /** How many characters fit in {@code width}. */
    static int capacity(double width, double fontSize) {
        return Math.max(1, (int) Math.floor(width / (fontSize * ADVANCE_PER_EM)));
    }

    /** The text, cut to fit {@code width} with an ellipsis when it is longer. */
    static String fit(String text, double width, double fontSize) {
        return cut(text, capacity(width, fontSize));
    }

    /**
     * The text in at most {@code maxLines} lines that fit {@code width}, broken at spaces or after
     * commas and parentheses where possible; the last line is cut with an ellipsis if text remains.
     */
    static List<String> wrap(String text, double width, double fontSize, int maxLines) {
        int capacity = capacity(width, fontSize);
        List<String> lines = new ArrayList<>();
        String rest = text;
        while (length(rest) > capacity && lines.size() < maxLines - 1) {
            int end = breakPosition(rest, capacity);
            lines.add(rest.substring(0, end).stripTrailing());
            rest = rest.substring(end).stripLeading();
        }
        lines.add(cut(rest, capacity));
        return lines;
    }

    /** Where to end a line of at most {@code capacity} characters: the last space or break character, unless that wastes most of the line. */
    private static int breakPosition(String text, int capacity) {
        int limit = text.offsetByCodePoints(0, capacity);
        for (int i = limit; i > limit / 3; i--) {
            if (text.charAt(i) == ' ') {
                return i;
            }
            if (BREAK_AFTER.indexOf(text.charAt(i - 1)) >= 0) {
                return i;
            }
        }
        return limit;
    }

    static String cut(String text, int capacity) {
        if (length(text) <= capacity) {
            return text;
        }
        int end = text.offsetByCodePoints(0, Math.max(0, capacity - 1));
        return text.substring(0, end) + "…";
    }

    private static int length(String text) {
        return text.codePointCount(0, text.length());
    }
}
