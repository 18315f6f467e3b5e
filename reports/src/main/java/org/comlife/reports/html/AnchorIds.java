package org.comlife.reports.html;

/**
 * In-page link targets, built from positions rather than from row and engine ids, so that any id
 * text (spaces, quotes, unicode) yields a valid and unique fragment.
 */
final class AnchorIds {
    private AnchorIds() {
    }

    static String row(int rowIndex) {
        return "row-" + rowIndex;
    }

    static String cell(int rowIndex, int engineIndex) {
        return "cell-" + rowIndex + "-" + engineIndex;
    }
}
