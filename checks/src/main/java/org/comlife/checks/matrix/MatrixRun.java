package org.comlife.checks.matrix;

import java.util.List;
import org.comlife.checks.faults.Fault;
import org.comlife.reports.schema.MatrixReport;

/**
 * What a run of the matrix gives back: the report, and every violation an engine found on a
 * fault's row, with what replays it (the report keeps the counterexamples as text).
 *
 * @param report the matrix's report
 * @param caught the findings of the fault rows' cells that found a violation, in the order run
 */
public record MatrixRun(MatrixReport report, List<Caught> caught) {

    public MatrixRun {
        caught = List.copyOf(caught);
    }

    /** One engine's finding of one fault. */
    public record Caught(Fault fault, EngineId engine, EngineFinding finding) {
    }
}
