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
import org.comlife.reports.schema.Verdict;
import org.junit.jupiter.api.Test;

/** Merging shards of one matrix: rows and cells combined, conflicts refused, summary recomputed. */
class ShardMergerTest {
    private static final List<EngineInfo> AB = engines("a", "b");

    /** Shards with disjoint rows merge into all the rows, the reference first, with every shard id recorded. */
    @Test
    void disjointShardsCombineRows() {
        MatrixReport first = shard("s1", AB, fault("f1", cell("a", Status.CAUGHT)));
        MatrixReport second = shard("s2", AB, reference(cell("a", Status.PASSED)), fault("f2", cell("b", Status.CAUGHT)));

        MatrixReport merged = ShardMerger.merge(List.of(first, second));

        assertThat(merged.rows()).extracting(Row::id).containsExactly("reference", "f1", "f2");
        assertThat(merged.shards()).containsExactly("s1", "s2");
        assertThat(merged.engines()).isEqualTo(AB);
    }

    /** A row present in several shards (one engine each) gets all their cells, in engine order. */
    @Test
    void overlappingRowsMergeCells() {
        MatrixReport byB = shard("b", AB, fault("f1", cell("b", Status.NOT_CLAIMED)));
        MatrixReport byA = shard("a", AB, fault("f1", cell("a", Status.CAUGHT)));

        MatrixReport merged = ShardMerger.merge(List.of(byB, byA));

        assertThat(merged.row("f1").orElseThrow().cells()).extracting(Cell::engine).containsExactly("a", "b");
    }

    /** Two shards reporting different results for one row and engine are refused, naming row, engine and shards. */
    @Test
    void conflictingCellsAreRefused() {
        MatrixReport first = shard("s1", AB, fault("f1", cell("a", Status.CAUGHT)));
        MatrixReport second = shard("s2", AB, fault("f1", cell("a", Status.ESCAPED)));

        assertThatThrownBy(() -> ShardMerger.merge(List.of(first, second)))
                .isInstanceOf(ShardConflictException.class)
                .hasMessageContaining("row f1, engine a")
                .hasMessageContaining("shard s1 says CAUGHT")
                .hasMessageContaining("shard s2 says ESCAPED");
    }

    /** The same cell reported by two shards is kept once, so merging is idempotent. */
    @Test
    void identicalCellsMergeOnce() {
        MatrixReport only = shard("s1", AB, reference(cell("a", Status.PASSED)), fault("f1", cell("a", Status.CAUGHT)));

        MatrixReport merged = ShardMerger.merge(List.of(only, only));

        assertThat(merged.rows()).isEqualTo(only.rows());
        assertThat(merged.shards()).containsExactly("s1");
    }

    /** The merged summary is recomputed: two failing shards (no reference; an uncaught fault) make a passing whole. */
    @Test
    void summaryIsRecomputed() {
        MatrixReport faults = shard("a", AB, fault("f1", cell("a", Status.CAUGHT)), fault("f2", cell("a", Status.NOT_CLAIMED)));
        MatrixReport referenceAndB = shard("b", AB, reference(cell("a", Status.PASSED), cell("b", Status.PASSED)),
                fault("f2", cell("b", Status.CAUGHT)));
        assertThat(faults.summary().verdict()).isEqualTo(Verdict.FAIL);

        MatrixReport merged = ShardMerger.merge(List.of(faults, referenceAndB));

        assertThat(merged.summary().verdict()).isEqualTo(Verdict.PASS);
        assertThat(merged.summary().faultsCaught()).isEqualTo(2);
        assertThat(merged.summary().totalMillis()).isEqualTo(500);
    }

    /** Shards with different engine columns are not shards of one matrix. */
    @Test
    void differentEnginesAreRefused() {
        MatrixReport first = shard("s1", AB, fault("f1"));
        MatrixReport second = shard("s2", engines("a", "c"), fault("f2"));

        assertThatThrownBy(() -> ShardMerger.merge(List.of(first, second)))
                .isInstanceOf(ShardConflictException.class)
                .hasMessageContaining("same engines");
    }

    /** A row described differently in two shards (another story) is refused. */
    @Test
    void differentRowDescriptionsAreRefused() {
        MatrixReport first = shard("s1", AB, fault("f1"));
        Row retold = new Row("f1", "Fault f1", fault("f1").kind(), List.of(1), "another story", "fix of f1", List.of());
        MatrixReport second = shard("s2", AB, retold);

        assertThatThrownBy(() -> ShardMerger.merge(List.of(first, second)))
                .isInstanceOf(ShardConflictException.class)
                .hasMessageContaining("row f1 is described differently");
    }

    /** An engine available on one shard's machine is available in the merge; the latest generatedAt is kept. */
    @Test
    void availabilityAndTimestampMerge() {
        EngineInfo missing = EngineInfo.unavailable("a", "Engine a", "checks a", "not installed");
        MatrixReport without = new MatrixReport(TestMatrices.TOOL, "2025-06-01T12:00:00Z", "reference",
                List.of(missing), List.of(fault("f1", cell("a", Status.SKIPPED))), List.of("s1"));
        MatrixReport with = new MatrixReport(TestMatrices.TOOL, "2025-06-01T15:00:00+02:00", "reference",
                engines("a"), List.of(fault("f2", cell("a", Status.CAUGHT))), List.of("s2"));

        MatrixReport merged = ShardMerger.merge(List.of(without, with));

        assertThat(merged.engine("a").orElseThrow().available()).isTrue();
        assertThat(merged.generatedAt()).isEqualTo("2025-06-01T15:00:00+02:00");
    }

    /** Shards checking different implementations cannot be merged. */
    @Test
    void differentImplementationsAreRefused() {
        MatrixReport first = shard("s1", AB, fault("f1"));
        MatrixReport second = new MatrixReport(TestMatrices.TOOL, TestMatrices.AT, "mine", AB, List.of(), List.of("s2"));

        assertThatThrownBy(() -> ShardMerger.merge(List.of(first, second)))
                .isInstanceOf(ShardConflictException.class)
                .hasMessageContaining("implementation");
    }
}
