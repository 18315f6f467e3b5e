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
     * the property engine, the check from Lincheck; and every fault the explorer claims has its
     * schedule.
     */
    @Test
    void everyCatchCarriesItsReplay() {
        assertThat(run.found()).hasSize((int) report.rows().stream().flatMap(row -> row.cells().stream())
                .filter(cell -> cell.status() == Status.CAUGHT).count());
        for (MatrixRun.Found found : run.found()) {
            ReplayData replay = found.finding().replay();
            switch (found.engine()) {
                case EXHAUSTIVE -> assertThat(replay).isInstanceOfSatisfying(ReplayData.Schedule.class,
                        schedule -> assertThat(schedule.threads()).isNotEmpty());
                case PROPERTY -> assertThat(replay).isInstanceOf(ReplayData.Seed.class);
                case LINCHECK -> assertThat(replay).isInstanceOf(ReplayData.Lincheck.class);
                default -> assertThat(replay).isEqualTo(ReplayData.NONE);
            }
            assertThat(found.row()).isEqualTo(found.fault().id().toString());
        }
        assertThat(run.found()).filteredOn(found -> found.engine() == EngineId.EXHAUSTIVE)
                .extracting(MatrixRun.Found::fault)
                .containsExactlyInAnyOrderElementsOf(FaultCatalogue.claimedBy(EngineId.EXHAUSTIVE));
    }

    /**
     * Lincheck's counterexamples are threads and steps like every engine's: a helper check's
     * operations with their results and the switch points, a program's API calls; never one step
     * standing for Lincheck's whole report.
     */
    @Test
    void lincheckCounterexamplesAreSteps() {
        for (Row row : report.rows()) {
            row.cellFor(EngineId.LINCHECK.id()).filter(cell -> cell.status() == Status.CAUGHT).ifPresent(cell -> {
                assertThat(cell.counterexample().steps()).as(row.id()).hasSizeGreaterThan(1);
                assertThat(cell.counterexample().brokenInvariant()).as(row.id())
                        .containsAnyOf("invariant", "linearizability");
            });
        }
        Cell splitRelease = report.row("split-release").orElseThrow().cellFor(EngineId.LINCHECK.id()).orElseThrow();
        assertThat(splitRelease.counterexample().threads()).containsExactly("Thread 1", "Thread 2");
        assertThat(splitRelease.counterexample().steps()).extracting(step -> step.operation())
                .containsSubsequence("release()", "decrement()", "suspend()", "(switch)", "lockForActivation()");
    }

    /** A fault out of an engine's reach is a skipped cell saying why, for every engine, never a clean run of 0 ms. */
    @Test
    void outOfReachIsSkippedWithItsReason() {
        for (EngineId engine : List.of(EngineId.PROPERTY, EngineId.EXHAUSTIVE)) {
            Cell cell = report.row("split-release").orElseThrow().cellFor(engine.id()).orElseThrow();
            assertThat(cell.status()).as(engine.id()).isEqualTo(Status.SKIPPED);
            assertThat(cell.message()).as(engine.id())
                    .startsWith("out of reach: its window lies inside one helper call");
        }
    }

    /** The gate's verdict is PASS. */
    @Test
    void verdictIsPass() {
        assertThat(report.summary().verdict()).as(String.valueOf(report.summary())).isEqualTo(Verdict.PASS);
    }
}
