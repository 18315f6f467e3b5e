package org.comlife.reports.html;

/** Labels of a swimlane diagram are single lines: SVG text does not wrap, so line breaks become spaces. */
final class SwimlaneLabel {
    private SwimlaneLabel() {
    }

    static String oneLine(String text) {
        return text == null ? "" : text.strip().replaceAll("\\s*[\\r\\n]+\\s*", " ");
    }
}
