package org.comlife.reports.text;

import java.util.ArrayList;
import java.util.List;

/** Greedy word wrapping for a terminal's prose and tables; a word longer than a line is split. */
public final class WordWrap {
    private WordWrap() {
    }

    /**
     * The text wrapped at {@code width} columns, one paragraph per line of the text (line breaks
     * are kept), lines joined with newlines.
     */
    public static String wrap(String text, int width) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.split("\n", -1)) {
            lines.addAll(paragraph.isBlank() ? List.of("") : wrap(paragraph.strip(), width, 0));
        }
        return String.join("\n", lines);
    }

    /** The text in lines of at most {@code width} characters, lines after the first indented by {@code indent}. */
    static List<String> wrap(String text, int width, int indent) {
        width = Math.max(width, 2);
        List<String> lines = new ArrayList<>();
        String prefix = " ".repeat(Math.max(0, Math.min(indent, width / 2)));
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" +")) {
            String rest = word;
            while (!rest.isEmpty()) {
                int room = width - line.length() - (line.length() > lineStart(lines, prefix) ? 1 : 0);
                if (rest.length() <= room) {
                    if (line.length() > lineStart(lines, prefix)) {
                        line.append(' ');
                    }
                    line.append(rest);
                    rest = "";
                } else if (line.length() > lineStart(lines, prefix)) {
                    lines.add(line.toString());
                    line = new StringBuilder(prefix);
                } else {
                    line.append(rest, 0, room);
                    rest = rest.substring(room);
                    lines.add(line.toString());
                    line = new StringBuilder(prefix);
                }
            }
        }
        if (line.length() > lineStart(lines, prefix)) {
            lines.add(line.toString());
        }
        return lines;
    }

    /** Where words start on the current line: at 0 on the first line, after the indent on the others. */
    private static int lineStart(List<String> lines, String prefix) {
        return lines.isEmpty() ? 0 : prefix.length();
    }
}
