package org.comlife.reports.html;

/**
 * Text meant as a sentence or two (an explanation, a remark), shown as a paragraph. Text that is
 * more (several lines, as in reports of schema version 1 that held whole engine output there) is
 * shown by its first line, and whole in a collapsed {@code <pre>}, never as a wall of prose.
 */
final class ProseHtml {
    /** Longer than this, a one-line text is shown whole only on request. */
    private static final int PARAGRAPH_LIMIT = 1_000;

    private ProseHtml() {
    }

    static void write(MarkupWriter html, String text, String cssClass) {
        if (text == null || text.isBlank()) {
            return;
        }
        String stripped = text.strip();
        int lineEnd = stripped.indexOf('\n');
        if (lineEnd < 0 && stripped.length() <= PARAGRAPH_LIMIT) {
            html.element("p", stripped, "class", cssClass).newline();
            return;
        }
        String first = lineEnd < 0 ? stripped : stripped.substring(0, lineEnd).strip();
        html.element("p", MonospaceText.cut(first, PARAGRAPH_LIMIT), "class", cssClass).newline();
        html.open("details", "class", "trace").element("summary", "the whole text").newline();
        html.element("pre", stripped).newline();
        html.close("details").newline();
    }
}
