package org.comlife.reports.merge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.comlife.reports.TestMatrices.cell;
import static org.comlife.reports.TestMatrices.engines;
import static org.comlife.reports.TestMatrices.fault;
import static org.comlife.reports.TestMatrices.reference;
import static org.comlife.reports.TestMatrices.shard;

import java.util.List;
import org.comlife.reports.TestMatrices;
import org.comlife.reports.schema.Cell;
import org.comlife.reports.schema.EngineInfo;
import org.comlife.reports.schema.MatrixReport;
import org.comlife.reports.schema.Row;
import org.comlife.reports.schema.Status;
import org.comlife.reports.schema.Summary;
import org.comlife.reports.schema.Verdict;
import org.junit.jupiter.api.Test;

/**
 * Merging the shards of one matrix: rows and cells combined, the summary recomputed; a missing,
 * duplicate or foreign shard and a cell run twice refused.
 */
class ShardMergerTest {
    private static final List<EngineInfo> AB = engines("a", "b");

    /** Shards with disjoint rows merge into all the rows, the reference first, with every shard id recorded. */
    @Test
    void disjointShardsCombineRows() {
        MatrixReport first = shard("1/2", AB, fault("f1", cell("a", Status.CAUGHT)));
        MatrixReport second = shard("2/2", AB, reference(cell("a", Status.PASSED)), fault("f2", cell("b", Status.CAUGHT)));

        MatrixReport merged = ShardMerger.merge(List.of(first, second));

        assertThat(merged.rows()).extracting(Row::id).containsExactly("reference", "f1", "f2");
        assertThat(merged.shards()).containsExactly("1/2", "2/2");
        assertThat(merged.engines()).isEqualTo(AB);
    }

    /** A row present in several shards (one engine each) gets all their cells, in engine order. */
    @Test
    void overlappingRowsMergeCells() {
        MatrixReport byB = shard("2/2", AB, fault("f1", cell("b", Status.NOT_CLAIMED)));
        MatrixReport byA = shard("1/2", AB, fault("f1", cell("a", Status.CAUGHT)));

        MatrixReport merged = ShardMerger.merge(List.of(byB, byA));

        assertThat(merged.row("f1").orElseThrow().cells()).extracting(Cell::engine).containsExactly("a", "b");
    }

    /** Two shards reporting one cell (each cell runs in one shard) are refused, naming row, engine and shards. */
    @Test
    void aCellFromTwoShardsIsRefused() {
        MatrixReport first = shard("1/2", AB, fault("f1", cell("a", Status.CAUGHT)));
        MatrixReport second = shard("2/2", AB, fault("f1", cell("a", Status.ESCAPED)));

        assertThatThrownBy(() -> ShardMerger.merge(List.of(first, second)))
                .isInstanceOf(ShardConflictException.class)
                .hasMessageContaining("row f1, engine a")
                .hasMessageContaining("shard 1/2 says CAUGHT")
                .hasMessageContaining("shard 2/2 says ESCAPED");
    }

    /** A shard given twice is refused: its cells would count twice and another shard's not at all. */
    @Test
    void aDuplicateShardIsRefused() {
        MatrixReport only = shard("1/2", AB, reference(cell("a", Status.PASSED)), fault("f1", cell("a", Status.CAUGHT)));

        assertThatThrownBy(() -> ShardMerger.merge(List.of(only, only)))
                .isInstanceOf(ShardConflictException.class)
                .hasMessage("shard 1/2 is given twice");
    }

    /** A missing shard is refused, so its cells (a fault escaping there) cannot vanish from the verdict. */
    @Test
    void aMissingShardIsRefused() {
        MatrixReport first = shard("1/3", AB, reference(cell("a", Status.PASSED)));
        MatrixReport third = shard("3/3", AB, fault("f1", cell("a", Status.CAUGHT)));

        assertThatThrownBy(() -> ShardMerger.merge(List.of(first)))
                .isInstanceOf(ShardConflictException.class)
                .hasMessageContaining("shards 2/3, 3/3 are missing");
        assertThatThrownBy(() -> ShardMerger.merge(List.of(third, first)))
                .isInstanceOf(ShardConflictException.class)
                .hasMessageContaining("shard 2/3 is missing");
    }

    /** A shard of another matrix (another plan, another n, an unsharded report) is refused. */
    @Test
    void aForeignShardIsRefused() {
        MatrixReport first = shard("1/2", AB, reference(cell("a", Status.PASSED))).withPlan("faults f1,f2");
        MatrixReport other = shard("2/2", AB, fault("f1", cell("a", Status.CAUGHT))).withPlan("faults f1");
        MatrixReport ofThree = shard("2/3", AB, fault("f1", cell("a", Status.CAUGHT))).withPlan("faults f1,f2");
        MatrixReport whole = new MatrixReport(TestMatrices.TOOL, TestMatrices.AT, "reference", AB,
                List.of(fault("f2", cell("a", Status.CAUGHT))), List.of());

        assertThatThrownBy(() -> ShardMerger.merge(List.of(first, other)))
                .isInstanceOf(ShardConflictException.class).hasMessageContaining("share the plan");
        assertThatThrownBy(() -> ShardMerger.merge(List.of(first, ofThree)))
                .isInstanceOf(ShardConflictException.class).hasMessageContaining("split it differently");
        assertThatThrownBy(() -> ShardMerger.merge(List.of(first, whole)))
                .isInstanceOf(ShardConflictException.class).hasMessageContaining("not one shard");
    }

    /**
     * A shard's own verdict judges only its cells: no reference row and a fault caught elsewhere do
     * not fail it; an escaped claim, an error or a violation in the implementation do.
     */
    @Test
    void aShardJudgesItsOwnCells() {
        assertThat(shard("2/2", AB, fault("f2", cell("a", Status.NOT_CLAIMED))).summary().verdict())
                .isEqualTo(Verdict.PASS);
        assertThat(shard("2/2", AB, fault("f2", cell("a", Status.ESCAPED))).summary().failureReasons())
                .containsExactly("1 fault escaped: f2");
        assertThat(shard("2/2", AB, fault("f2", cell("a", Status.ERROR))).summary().verdict())
                .isEqualTo(Verdict.FAIL);
        assertThat(shard("1/2", AB, reference(cell("b", Status.VIOLATION_IN_IMPLEMENTATION))).summary().verdict())
                .isEqualTo(Verdict.FAIL);
        assertThat(shard("1/2", AB, reference(cell("b", Status.PASSED))).summary().partial()).isTrue();
    }

    /** The merged summary is recomputed: two failing shards (no reference; an uncaught fault) make a passing whole. */
    @Test
    void summaryIsRecomputed() {
        MatrixReport faults = shard("1/2", AB, fault("f1", cell("a", Status.CAUGHT)), fault("f2", cell("a", Status.NOT_CLAIMED)));
        MatrixReport referenceAndB = shard("2/2", AB, reference(cell("a", Status.PASSED), cell("b", Status.PASSED)),
                fault("f2", cell("b", Status.CAUGHT)));
        assertThat(Summary.of(faults.rows()).verdict()).isEqualTo(Verdict.FAIL);

        MatrixReport merged = ShardMerger.merge(List.of(faults, referenceAndB));

        assertThat(merged.summary().verdict()).isEqualTo(Verdict.PASS);
        assertThat(merged.summary().faultsCaught()).isEqualTo(2);
        assertThat(merged.summary().totalMillis()).isEqualTo(500);
    }

    /** Shards with different engine columns are not shards of one matrix. */
    @Test
    void differentEnginesAreRefused() {
        MatrixReport first = shard("1/2", AB, fault("f1"));
        MatrixReport second = shard("2/2", engines("a", "c"), fault("f2"));

        assertThatThrownBy(() -> ShardMerger.merge(List.of(first, second)))
                .isInstanceOf(ShardConflictException.class)
                .hasMessageContaining("same engines");
    }

    /** A row described differently in two shards (another story) is refused. */
    @Test
    void differentRowDescriptionsAreRefused() {
        MatrixReport first = shard("1/2", AB, fault("f1"));
        Row retold = new Row("f1", "Fault f1", fault("f1").kind(), List.of(1), "another story", "fix of f1", List.of());
        MatrixReport second = shard("2/2", AB, retold);

        assertThatThrownBy(() -> ShardMerger.merge(List.of(first, second)))
                .isInstanceOf(ShardConflictException.class)
                .hasMessageContaining("row f1 is described differently");
    }

    /** An engine available on one shard's machine is available in the merge; the latest generatedAt is kept. */
    @Test
    void availabilityAndTimestampMerge() {
        EngineInfo missing = EngineInfo.unavailable("a", "Engine a", "checks a", "not installed");
        MatrixReport without = new MatrixReport(TestMatrices.TOOL, "2025-06-01T12:00:00Z", "reference",
                List.of(missing), List.of(fault("f1", cell("a", Status.SKIPPED))), List.of("1/2"));
        MatrixReport with = new MatrixReport(TestMatrices.TOOL, "2025-06-01T15:00:00+02:00", "reference",
                engines("a"), List.of(fault("f2", cell("a", Status.CAUGHT))), List.of("2/2"));

        MatrixReport merged = ShardMerger.merge(List.of(without, with));

        assertThat(merged.engine("a").orElseThrow().available()).isTrue();
        assertThat(merged.generatedAt()).isEqualTo("2025-06-01T15:00:00+02:00");
    }

    /** Shards checking different implementations cannot be merged. */
    @Test
    void differentImplementationsAreRefused() {
        MatrixReport first = shard("1/2", AB, fault("f1"));
        MatrixReport second = new MatrixReport(TestMatrices.TOOL, TestMatrices.AT, "mine", AB, List.of(), List.of("2/2"));

        assertThatThrownBy(() -> ShardMerger.merge(List.of(first, second)))
                .isInstanceOf(ShardConflictException.class)
                .hasMessageContaining("implementation");
    }
}
