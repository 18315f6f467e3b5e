package org.comlife.checks.matrix;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.comlife.checks.exhaustive.ExplorationBudget;
import org.comlife.checks.faults.FaultCatalogue;
import org.comlife.checks.jpf.host.JpfInstallation;
import org.comlife.checks.lincheck.LincheckTierBudgets;
import org.comlife.checks.impl.ImplementationUnderCheck;
import org.comlife.reports.io.ReportWriter;
import org.comlife.reports.schema.Cell;
import org.comlife.reports.schema.MatrixReport;
import org.comlife.reports.schema.Row;
import org.comlife.reports.schema.Status;
import org.comlife.reports.schema.Verdict;
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

    private static MatrixRun run;
    private static MatrixReport report;

    @BeforeAll
    static void runMatrix() throws Exception {
        List<Engine> engines = List.of(new LincheckEngine(LincheckTierBudgets.SCENARIO_INVOCATIONS),
                new PropertyEngine(PROPERTY_SEED, PROPERTY_TRIES), new ExhaustiveEngine(EXPLORATION),
                new JpfEngine(JpfInstallation.locate()));
        run = VerificationMatrix.run(engines, FaultCatalogue.all(), ImplementationUnderCheck.get(),
                MatrixScope.CLAIMED_ONLY, MatrixProgress.SILENT);
        report = run.report();
        ReportWriter.write(report, Path.of("target", "comlife-matrix"));
    }

    /** The reference passes every engine that ran (JPF is skipped without jpf-core), and every engine that ran really explored something. */
    @Test
    void referencePassesEverywhere() {
        Row reference = report.row(VerificationMatrix.REFERENCE_ROW).orElseThrow();
        for (Cell cell : reference.cells()) {
            if (cell.status() == Status.SKIPPED) {
                assertThat(cell.engine()).isEqualTo(EngineId.JPF.id());
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
            if (row.id().equals(VerificationMatrix.REFERENCE_ROW)) {
                continue;
            }
            assertThat(row.cells()).as(row.id()).anySatisfy(cell -> {
                assertThat(cell.status()).isEqualTo(Status.CAUGHT);
                assertThat(cell.counterexample()).isNotNull();
            });
        }
    }

    /**
     * Every catch comes back with what replays it: a schedule from the explorer, the seeds from
     * the property engine; and every fault the explorer claims has its schedule.
     */
    @Test
    void everyCatchCarriesItsReplay() {
        assertThat(run.caught()).hasSize((int) report.rows().stream().flatMap(row -> row.cells().stream())
                .filter(cell -> cell.status() == Status.CAUGHT).count());
        for (MatrixRun.Caught caught : run.caught()) {
            ReplayData replay = caught.finding().replay();
            switch (caught.engine()) {
                case EXHAUSTIVE -> assertThat(replay).isInstanceOfSatisfying(ReplayData.Schedule.class,
                        schedule -> assertThat(schedule.threads()).isNotEmpty());
                case PROPERTY -> assertThat(replay).isInstanceOf(ReplayData.Seed.class);
                default -> assertThat(replay).isEqualTo(ReplayData.NONE);
            }
        }
        assertThat(run.caught()).filteredOn(caught -> caught.engine() == EngineId.EXHAUSTIVE)
                .extracting(MatrixRun.Caught::fault)
                .containsExactlyInAnyOrderElementsOf(FaultCatalogue.claimedBy(EngineId.EXHAUSTIVE));
    }

    /** The gate's verdict is PASS. */
    @Test
    void verdictIsPass() {
        assertThat(report.summary().verdict()).as(String.valueOf(report.summary())).isEqualTo(Verdict.PASS);
    }
}
