package org.comlife.checks.matrix;

import org.comlife.reports.schema.Cell;

/** Told as the matrix runs, so a terminal can show which cell runs and how it ended. */
public interface MatrixProgress {

    /** The cell of {@code row} (a fault's id, or "reference") and {@code engine} starts. */
    void cellStarted(String row, EngineId engine);

    void cellFinished(String row, EngineId engine, Cell cell);

    MatrixProgress SILENT = new MatrixProgress() {
        @Override
        public void cellStarted(String row, EngineId engine) {
        }

        @Override
        public void cellFinished(String row, EngineId engine, Cell cell) {
        }
    };
}
