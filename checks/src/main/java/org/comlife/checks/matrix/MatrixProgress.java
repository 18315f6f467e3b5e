package org.comlife.checks.matrix;

import org.comlife.reports.schema.Cell;

/** Told as the matrix runs, so a terminal can show which cell runs and how it ended. */
public interface MatrixProgress {

    void cellStarted(String row, String engine);

    void cellFinished(String row, String engine, Cell cell);

    MatrixProgress SILENT = new MatrixProgress() {
        @Override
        public void cellStarted(String row, String engine) {
        }

        @Override
        public void cellFinished(String row, String engine, Cell cell) {
        }
    };
}
