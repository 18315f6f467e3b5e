package org.comlife.reports.html;

/**
 * In-page link targets, built from positions rather than from row and engine ids, so that any id
 * text (spaces, quotes, unicode) yields a valid and unique fragment.
 */
final class AnchorIds {
    /** The matrix table, which every section below links back to. */
    static final String MATRIX = "matrix";

    private AnchorIds() {
    }

    /** A row's details below the matrix. */
    static String row(int rowIndex) {
        return "row-" + rowIndex;
    }

    /** A row of the matrix table. */
    static String matrixRow(int rowIndex) {
        return "matrix-row-" + rowIndex;
    }

    /** A cell's section below the matrix: its counterexample, failure or engine output. */
    static String cell(int rowIndex, int engineIndex) {
        return "cell-" + rowIndex + "-" + engineIndex;
    }
}
