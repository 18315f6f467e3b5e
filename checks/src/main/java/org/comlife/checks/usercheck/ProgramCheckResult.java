package org.comlife.checks.usercheck;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.comlife.checks.matrix.EngineFinding;
import org.comlife.checks.matrix.EngineId;
import org.comlife.checks.matrix.ReplayData;
import org.comlife.reports.schema.Cell;
import org.comlife.reports.schema.MatrixReport;
import org.comlife.reports.schema.Status;

/**
 * What a check of a user's program found: the report (one row, a cell per engine), each
 * engine's finding when it ran to the end, the outcome and its exit code, and the shortest
 * counterexample when an engine found a violation.
 *
 * @param program  the program checked
 * @param report   the report, in the matrix's schema
 * @param findings each engine's finding, for the engines that finished, in the report's order
 */
public record ProgramCheckResult(UserProgram program, MatrixReport report, Map<EngineId, EngineFinding> findings) {

    public ProgramCheckResult {
        findings = new LinkedHashMap<>(findings);
    }

    /** The cells of the program's row, in the report's order. */
    public List<Cell> cells() {
        return report.rows().get(0).cells();
    }

    /** A violation if any engine found one; else an engine error if any could not finish; else none. */
    public CheckOutcome outcome() {
        List<Cell> cells = cells();
        if (cells.stream().anyMatch(cell -> cell.status() == Status.VIOLATION_IN_IMPLEMENTATION)) {
            return CheckOutcome.VIOLATION;
        }
        if (cells.stream().anyMatch(cell -> cell.status() == Status.ERROR)) {
            return CheckOutcome.ENGINE_ERROR;
        }
        return CheckOutcome.NO_VIOLATION;
    }

    /** The engines that found a violation, in the report's order. */
    public List<EngineId> violatingEngines() {
        List<EngineId> engines = new ArrayList<>();
        findings.forEach((engine, finding) -> {
            if (finding.violationFound()) {
                engines.add(engine);
            }
        });
        return engines;
    }

    /**
     * The counterexample to show: the exhaustive explorer's (a shortest schedule), else the
     * property engine's (shrunk), else JPF's, else Lincheck's (its own report); empty when no
     * engine found a violation.
     */
    public Optional<Found> shortest() {
        for (EngineId engine : PREFERENCE) {
            EngineFinding finding = findings.get(engine);
            if (finding != null && finding.violationFound()) {
                return Optional.of(new Found(engine, finding));
            }
        }
        return Optional.empty();
    }

    /** The engines whose counterexample is shown first: the shortest and replayable ones. */
    private static final List<EngineId> PREFERENCE = List.of(EngineId.EXHAUSTIVE, EngineId.PROPERTY, EngineId.JPF,
            EngineId.LINCHECK);

    /** One engine's violation. */
    public record Found(EngineId engine, EngineFinding finding) {
        /** The schedule that replays it, or null when the engine gives none (Lincheck, JPF). */
        public ReplayData.Schedule schedule() {
            return finding.replay() instanceof ReplayData.Schedule schedule ? schedule : null;
        }
    }
}
