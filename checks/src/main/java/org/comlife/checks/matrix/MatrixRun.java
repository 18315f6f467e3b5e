package org.comlife.checks.matrix;

import java.util.List;
import org.comlife.checks.faults.Fault;
import org.comlife.reports.schema.MatrixReport;

/**
 * What a run of the matrix gives back: the report, and every violation an engine found, with
 * what replays it (the report keeps the counterexamples as text).
 *
 * @param report the matrix's report
 * @param found  the findings of the cells that found a violation, in the order run
 */
public record MatrixRun(MatrixReport report, List<Found> found) {

    public MatrixRun {
        found = List.copyOf(found);
    }

    /**
     * One engine's finding on one row: a fault caught, or a violation in the implementation under
     * test ({@code fault} null, on the reference row).
     */
    public record Found(String row, Fault fault, EngineId engine, EngineFinding finding) {
    }
}
