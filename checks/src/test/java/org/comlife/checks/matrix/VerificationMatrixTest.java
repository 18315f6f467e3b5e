package org.comlife.checks.matrix;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.comlife.checks.exhaustive.ExplorationBudget;
import org.comlife.checks.faults.FaultCatalogue;
import org.comlife.checks.jpf.JpfInstallation;
import org.comlife.checks.lincheck.LincheckTierBudgets;
import org.comlife.checks.impl.ImplementationUnderCheck;
import org.comlife.reports.io.ReportWriter;
import org.comlife.reports.schema.Cell;
import org.comlife.reports.schema.MatrixReport;
import org.comlife.reports.schema.Row;
import org.comlife.reports.schema.Status;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The verification matrix as a gate (quick scope: on fault rows only the claiming engines
 * run): the reference passes every engine, no fault escapes an engine that claims it, and
 * every fault is caught by at least one engine. The report is written to
 * target/comlife-matrix for the reports to be looked at.
 */
class VerificationMatrixTest {
    /** Per program, for the exhaustive explorer: the bounded fault programs finish well inside it. */
    private static final ExplorationBudget EXPLORATION = new ExplorationBudget(200_000, 5_000, 5_000);
    /** The property engine's seed and cases per cell (it stops at the first failing case). */
    private static final long PROPERTY_SEED = 1;
    private static final int PROPERTY_TRIES = 300;

    private static MatrixReport report;

    @BeforeAll
    static void runMatrix() throws Exception {
        List<Engine> engines = List.of(new LincheckEngine(LincheckTierBudgets.SCENARIO_INVOCATIONS),
                new PropertyEngine(PROPERTY_SEED, PROPERTY_TRIES), new ExhaustiveEngine(EXPLORATION),
                new JpfEngine(JpfInstallation.locate()));
        report = VerificationMatrix.run(engines, FaultCatalogue.all(), ImplementationUnderCheck.get(),
                MatrixScope.CLAIMED_ONLY, MatrixProgress.SILENT);
        ReportWriter.write(report, Path.of("target", "comlife-matrix"));
    }

    /** The reference passes every engine that ran (JPF is skipped without jpf-core), and every engine that ran really explored something. */
    @Test
    void referencePassesEverywhere() {
        Row reference = report.row("reference").orElseThrow();
        for (Cell cell : reference.cells()) {
            if (cell.status() == Status.SKIPPED) {
                assertThat(cell.engine()).isEqualTo("jpf");
                assertThat(cell.message()).contains("jpf");
                continue;
            }
            assertThat(cell.status()).as(cell.engine() + ": " + cell.message()).isEqualTo(Status.PASSED);
            assertThat(cell.explored()).as(cell.engine() + " explored nothing").isPositive();
        }
    }

    /** No fault escapes an engine that claims it, and no engine run crashed. */
    @Test
    void noFaultEscapesAClaimingEngine() {
        for (Row row : report.rows()) {
            for (Cell cell : row.cells()) {
                assertThat(cell.status()).as(row.id() + " x " + cell.engine() + ": " + cell.message())
                        .isNotIn(Status.ESCAPED, Status.ERROR, Status.VIOLATION_IN_IMPLEMENTATION);
            }
        }
    }

    /** Every fault of the catalogue is caught by at least one engine, with a counterexample. */
    @Test
    void everyFaultIsCaughtBySomeEngine() {
        assertThat(report.rows()).hasSize(FaultCatalogue.all().size() + 1);
        for (Row row : report.rows()) {
            if (row.id().equals("reference")) {
                continue;
            }
            assertThat(row.cells()).as(row.id()).anySatisfy(cell -> {
                assertThat(cell.status()).isEqualTo(Status.CAUGHT);
                assertThat(cell.counterexample()).isNotNull();
            });
        }
    }

    /** The gate's verdict is PASS. */
    @Test
    void verdictIsPass() {
        assertThat(report.summary().verdict().name()).as(String.valueOf(report.summary())).isEqualTo("PASS");
    }
}
