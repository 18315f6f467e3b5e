package org.comlife.checks.matrix;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.comlife.checks.faults.Fault;
import org.comlife.checks.faults.FaultCatalogue;
import org.comlife.model.runtime.RuntimeHelpers;
import org.junit.jupiter.api.Test;

/**
 * Shards are dealt by measured cost: every cell of the full matrix has a pinned cost, every cell
 * goes to exactly one shard whatever the number of shards, and two shards of the full hunt get
 * about the same cost.
 */
class CellCostsTest {

    /** Every row (the reference, every catalogue fault) and every engine has a measured cost. */
    @Test
    void everyCellIsMeasured() {
        for (CellKey cell : plan(FaultCatalogue.all(), MatrixScope.FULL).cells()) {
            assertThat(CellCosts.isMeasured(cell)).as(cell + " has no cost in cell-costs.tsv").isTrue();
        }
    }

    /** For 1 to 5 shards, of the whole catalogue or a part, each cell is dealt to exactly one shard. */
    @Test
    void everyCellRunsInExactlyOneShard() {
        for (List<Fault> faults : List.of(FaultCatalogue.all(), FaultCatalogue.all().subList(3, 6))) {
            for (MatrixScope scope : MatrixScope.values()) {
                MatrixPlan plan = plan(faults, scope);
                List<CellKey> planned = plan.cells();
                for (int count = 1; count <= 5; count++) {
                    Set<CellKey> dealt = new HashSet<>();
                    for (int index = 1; index <= count; index++) {
                        Set<CellKey> mine = plan.withShard(new MatrixShard(index, count)).cellsToRun();
                        assertThat(dealt).as("shard " + index + "/" + count).doesNotContainAnyElementsOf(mine);
                        dealt.addAll(mine);
                    }
                    assertThat(dealt).as(count + " shards").containsExactlyInAnyOrderElementsOf(planned);
                }
            }
        }
    }

    /** Two shards of the full hunt cost within 10% of each other by the pinned costs (they were 99 s against 10 s). */
    @Test
    void twoShardsOfTheFullHuntCostAlike() {
        MatrixPlan plan = plan(FaultCatalogue.all(), MatrixScope.FULL);
        long[] cost = new long[2];
        for (int index = 1; index <= 2; index++) {
            for (CellKey cell : plan.withShard(new MatrixShard(index, 2)).cellsToRun()) {
                cost[index - 1] += plan.cost(cell);
            }
        }
        assertThat(Math.abs(cost[0] - cost[1])).isLessThan((cost[0] + cost[1]) / 10);
    }

    /** Every engine, available: the deal of a full hunt with jpf-core. */
    private static MatrixPlan plan(List<Fault> faults, MatrixScope scope) {
        List<Engine> engines = new ArrayList<>();
        for (EngineId id : EngineId.values()) {
            engines.add(new NamedOnly(id));
        }
        return MatrixPlan.whole(engines, faults, RuntimeHelpers.reference(), scope);
    }

    /** An engine that is only its id: dealing cells never runs one. */
    private record NamedOnly(EngineId id) implements Engine {
        @Override
        public String unavailableReason() {
            return null;
        }

        @Override
        public EngineFinding checkImplementation(RuntimeHelpers implementation) {
            throw new UnsupportedOperationException();
        }

        @Override
        public EngineFinding hunt(Fault fault) {
            throw new UnsupportedOperationException();
        }
    }
}
