package org.comlife.reports.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.comlife.reports.TestMatrices.cell;
import static org.comlife.reports.TestMatrices.engines;
import static org.comlife.reports.TestMatrices.fault;
import static org.comlife.reports.TestMatrices.matrix;
import static org.comlife.reports.TestMatrices.reference;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The records refuse inconsistent results where they are built, not later in a renderer. */
class SchemaRulesTest {

    /** An engine cannot miss a fault it never claimed: ESCAPED must be claimed. */
    @Test
    void escapedMustBeClaimed() {
        assertThatThrownBy(() -> new Cell("a", Status.ESCAPED, false, 1, 1, "states", null, null, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ESCAPED cell must be claimed");
    }

    /** A skipped cell without a reason would lose why the engine did not run. */
    @Test
    void skippedNeedsReason() {
        assertThatThrownBy(() -> Cell.skipped("a", true, " "))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("SKIPPED");
    }

    /** The reference row cannot be CAUGHT, and a fault row cannot be PASSED. */
    @Test
    void statusMustFitRowKind() {
        assertThatThrownBy(() -> reference(cell("a", Status.CAUGHT)))
                .hasMessageContaining("cannot have a CAUGHT cell");
        assertThatThrownBy(() -> fault("f", cell("a", Status.PASSED)))
                .hasMessageContaining("cannot have a PASSED cell");
    }

    /** A cell for an engine that is not a column of the matrix is refused. */
    @Test
    void cellEngineMustBeAColumn() {
        assertThatThrownBy(() -> matrix(engines("a"), reference(cell("zz", Status.PASSED))))
                .hasMessageContaining("engine 'zz'");
    }

    /** Row ids are unique within a matrix. */
    @Test
    void rowIdsAreUnique() {
        assertThatThrownBy(() -> matrix(engines("a"), fault("f"), fault("f")))
                .hasMessageContaining("two rows have the id f");
    }

    /** generatedAt must be an ISO-8601 date-time with offset. */
    @Test
    void generatedAtIsIso8601() {
        assertThatThrownBy(() -> new MatrixReport("t", "yesterday", "ref", List.of(), List.of(), List.of()))
                .hasMessageContaining("ISO-8601");
    }

    /** A counterexample's broken step must be one of its steps, and steps run on its threads. */
    @Test
    void counterexampleIsConsistent() {
        List<Step> steps = List.of(Step.of(1, "t1", "op", "ok"));
        assertThatThrownBy(() -> new Counterexample(List.of("t1"), steps, 7, "inv", null, null))
                .hasMessageContaining("brokenStep 7");
        assertThatThrownBy(() -> new Counterexample(List.of("t2"), steps, null, "inv", null, null))
                .hasMessageContaining("thread 't1'");
    }

    /** The counterexample length defaults to the number of steps of the counterexample carried. */
    @Test
    void counterexampleLengthDefaultsToStepCount() {
        Counterexample counterexample = new Counterexample(List.of("t"),
                List.of(Step.of(1, "t", "a", null), Step.of(2, "t", "b", null)), 2, "inv", null, null);
        Cell cell = new Cell("a", Status.CAUGHT, true, 1, 1, "states", null, counterexample, null);

        assertThat(cell.counterexampleLength()).isEqualTo(2);
    }
}
