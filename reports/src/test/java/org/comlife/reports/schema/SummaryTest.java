package org.comlife.reports.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.comlife.reports.TestMatrices.cell;
import static org.comlife.reports.TestMatrices.engines;
import static org.comlife.reports.TestMatrices.fault;
import static org.comlife.reports.TestMatrices.matrix;
import static org.comlife.reports.TestMatrices.reference;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The verdict rules: PASS only with a passed reference, no escaped fault and no crashed engine. */
class SummaryTest {
    private static final List<EngineInfo> AB = engines("a", "b");

    /** A reference passed everywhere and every fault caught by its claiming engines gives PASS with no reasons. */
    @Test
    void allCaughtAndReferencePassedIsPass() {
        Summary summary = matrix(AB,
                reference(cell("a", Status.PASSED), cell("b", Status.PASSED)),
                fault("f1", cell("a", Status.CAUGHT), cell("b", Status.NOT_CLAIMED)),
                fault("f2", cell("a", Status.CAUGHT), cell("b", Status.CAUGHT))).summary();

        assertThat(summary.verdict()).isEqualTo(Verdict.PASS);
        assertThat(summary.failureReasons()).isEmpty();
        assertThat(summary.referencePassed()).isTrue();
        assertThat(summary.faults()).isEqualTo(2);
        assertThat(summary.faultsCaught()).isEqualTo(2);
        assertThat(summary.faultsEscaped()).isZero();
        assertThat(summary.totalMillis()).isEqualTo(600);
    }

    /** A SKIPPED engine does not fail the matrix; it is counted. */
    @Test
    void skippedCellsAreCountedButDoNotFail() {
        Summary summary = matrix(AB,
                reference(cell("a", Status.PASSED), cell("b", Status.SKIPPED)),
                fault("f1", cell("a", Status.CAUGHT), cell("b", Status.SKIPPED))).summary();

        assertThat(summary.verdict()).isEqualTo(Verdict.PASS);
        assertThat(summary.skippedCells()).isEqualTo(2);
    }

    /** A violation in the implementation under test fails the matrix, called that, and names the engine. */
    @Test
    void violationInImplementationFails() {
        Summary summary = matrix(AB,
                reference(cell("a", Status.PASSED), cell("b", Status.VIOLATION_IN_IMPLEMENTATION)),
                fault("f1", cell("a", Status.CAUGHT))).summary();

        assertThat(summary.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(summary.referencePassed()).isFalse();
        assertThat(summary.failureReasons()).containsExactly("violation in the implementation under test, found by b");
    }

    /** A matrix without a reference row fails: nothing shows the engines accept a correct implementation. */
    @Test
    void missingReferenceFails() {
        Summary summary = matrix(AB, fault("f1", cell("a", Status.CAUGHT))).summary();

        assertThat(summary.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(summary.referencePassed()).isFalse();
        assertThat(summary.failureReasons()).singleElement().asString().startsWith("no reference row");
    }

    /** A reference that no engine actually passed (all skipped) is not a passed reference. */
    @Test
    void referenceSkippedEverywhereFails() {
        Summary summary = matrix(AB,
                reference(cell("a", Status.SKIPPED), cell("b", Status.SKIPPED)),
                fault("f1", cell("a", Status.SKIPPED))).summary();

        assertThat(summary.referencePassed()).isFalse();
        assertThat(summary.failureReasons()).contains("no engine passed the implementation under test");
    }

    /** A fault that escaped an engine claiming it fails the matrix even when another engine caught it. */
    @Test
    void escapeFromClaimingEngineFails() {
        Summary summary = matrix(AB,
                reference(cell("a", Status.PASSED), cell("b", Status.PASSED)),
                fault("f1", cell("a", Status.CAUGHT), cell("b", Status.ESCAPED))).summary();

        assertThat(summary.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(summary.faultsCaught()).isEqualTo(1);
        assertThat(summary.faultsEscaped()).isEqualTo(1);
        assertThat(summary.failureReasons()).containsExactly("1 fault escaped: f1");
    }

    /** A fault that no engine caught fails the matrix even when no engine claimed it. */
    @Test
    void faultCaughtNowhereFails() {
        Summary summary = matrix(AB,
                reference(cell("a", Status.PASSED)),
                fault("f1", cell("a", Status.NOT_CLAIMED), cell("b", Status.SKIPPED))).summary();

        assertThat(summary.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(summary.faultsCaught()).isZero();
        assertThat(summary.faultsEscaped()).isEqualTo(1);
    }

    /** A crashed engine run fails the matrix even when everything else is right. */
    @Test
    void errorCellFails() {
        Summary summary = matrix(AB,
                reference(cell("a", Status.PASSED), cell("b", Status.PASSED)),
                fault("f1", cell("a", Status.CAUGHT), cell("b", Status.ERROR))).summary();

        assertThat(summary.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(summary.errors()).isEqualTo(1);
        assertThat(summary.failureReasons()).containsExactly("1 engine run gave no verdict (crashed, or did not end)");
    }

    /** Counts in the reasons are singular or plural as the number needs. */
    @Test
    void reasonsCountInWords() {
        Summary summary = matrix(AB,
                reference(cell("a", Status.PASSED)),
                fault("f1", cell("a", Status.ESCAPED), cell("b", Status.ERROR)),
                fault("f2", cell("a", Status.ESCAPED), cell("b", Status.ERROR))).summary();

        assertThat(summary.failureReasons()).containsExactly("2 faults escaped: f1, f2", "2 engine runs gave no verdict (crashed, or did not end)");
    }

    /** Several reasons are all listed, in a stable order: reference, escapes, errors. */
    @Test
    void everyReasonIsListed() {
        Summary summary = matrix(AB,
                reference(cell("a", Status.VIOLATION_IN_IMPLEMENTATION)),
                fault("f1", cell("a", Status.ESCAPED), cell("b", Status.ERROR))).summary();

        assertThat(summary.failureReasons()).hasSize(3);
        assertThat(summary.failureReasons().get(0)).startsWith("violation in the implementation under test");
        assertThat(summary.failureReasons().get(1)).startsWith("1 fault escaped");
        assertThat(summary.failureReasons().get(2)).endsWith("did not end)");
    }
}
