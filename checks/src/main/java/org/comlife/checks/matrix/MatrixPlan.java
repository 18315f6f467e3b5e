package org.comlife.checks.matrix;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.comlife.checks.faults.Fault;
import org.comlife.model.runtime.RuntimeHelpers;

/**
 * What a run of the matrix covers: the engines, the faults, the implementation under test, the
 * scope on fault rows, each cell's wall-clock budget, and the part of the matrix this run takes
 * (the whole, or one shard).
 *
 * @param settings the command's other settings that change results (a seed, a budget), in words;
 *                 part of {@link #identity()}, so that shards of different settings do not merge
 */
public record MatrixPlan(List<Engine> engines, List<Fault> faults, RuntimeHelpers implementation, MatrixScope scope,
                         Duration cellBudget, MatrixShard shard, String settings) {
    /** The wall-clock budget of one cell when the command gives none: see README, "Budgets". */
    public static final Duration DEFAULT_CELL_BUDGET = Duration.ofMinutes(5);

    public MatrixPlan {
        engines = List.copyOf(engines);
        faults = List.copyOf(faults);
        if (implementation == null || scope == null || cellBudget == null || shard == null || settings == null) {
            throw new IllegalArgumentException("a matrix plan names its implementation, scope, cell budget, shard "
                    + "and settings");
        }
    }

    /** The whole matrix, every cell under the default budget. */
    public static MatrixPlan whole(List<Engine> engines, List<Fault> faults, RuntimeHelpers implementation,
                                   MatrixScope scope) {
        return new MatrixPlan(engines, faults, implementation, scope, DEFAULT_CELL_BUDGET, MatrixShard.WHOLE, "");
    }

    /** This plan for one shard. */
    public MatrixPlan withShard(MatrixShard part) {
        return new MatrixPlan(engines, faults, implementation, scope, cellBudget, part, settings);
    }

    /** Every cell of the whole matrix, row by row (the reference first), engines in order. */
    public List<CellKey> cells() {
        List<CellKey> cells = new ArrayList<>();
        List<String> rows = new ArrayList<>();
        rows.add(VerificationMatrix.REFERENCE_ROW);
        for (Fault fault : faults) {
            rows.add(fault.id().toString());
        }
        for (String row : rows) {
            for (Engine engine : engines) {
                cells.add(new CellKey(row, engine.id()));
            }
        }
        return cells;
    }

    /** The cells of the whole matrix this plan's shard runs. */
    public Set<CellKey> cellsToRun() {
        return shard.select(cells(), this::cost);
    }

    /**
     * What a cell costs, in milliseconds of a full hunt ({@link CellCosts}); nothing when it does
     * not run (its engine is not available here, or it is not claimed in a quick matrix).
     */
    public long cost(CellKey cell) {
        for (Engine engine : engines) {
            if (engine.id() == cell.engine() && engine.unavailableReason() != null) {
                return 0;
            }
        }
        return CellCosts.millis(cell, scope, faults);
    }

    /**
     * One line that is the same for every shard of this matrix and differs for another matrix:
     * the implementation, the engines (and which cannot run: their cells are dealt as free), the
     * rows, the scope, the cell budget and the settings.
     */
    public String identity() {
        List<String> engineIds = new ArrayList<>();
        for (Engine engine : engines) {
            engineIds.add(engine.id().id() + (engine.unavailableReason() == null ? "" : " (not available)"));
        }
        List<String> faultIds = new ArrayList<>();
        for (Fault fault : faults) {
            faultIds.add(fault.id().toString());
        }
        return "implementation " + implementation.name() + "; engines " + String.join(",", engineIds) + "; faults "
                + String.join(",", faultIds) + "; scope " + scope.name().toLowerCase().replace('_', '-')
                + "; cell budget " + cellBudget.toSeconds() + " s" + (settings.isEmpty() ? "" : "; " + settings);
    }
}
