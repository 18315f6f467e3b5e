package org.comlife.checks.matrix;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.ToLongFunction;

/**
 * One of n shards of the matrix ("i/n", 1-based), for CI machines that run it in parallel. The
 * cells of the whole matrix are dealt out by their cost ({@link MatrixPlan#cost}): the most
 * expensive first, each to the shard with the least cost so far (ties to the lower index), so
 * every shard takes about the same time and the cells of one row may run on different machines.
 * The deal depends only on the plan (its rows, engines and their availability, scope), so every
 * shard of one plan computes the same one, and every cell runs in exactly one shard.
 */
public record MatrixShard(int index, int count) {
    /** The whole matrix: one shard of one. */
    public static final MatrixShard WHOLE = new MatrixShard(1, 1);

    public MatrixShard {
        if (count < 1 || index < 1 || index > count) {
            throw new IllegalArgumentException("a shard is i/n with 1 <= i <= n, got " + index + "/" + count);
        }
    }

    /** "i/n". */
    public String id() {
        return index + "/" + count;
    }

    public boolean isWhole() {
        return count == 1;
    }

    /** The cells of {@code planned} this shard runs, dealt by {@code cost} (milliseconds). */
    public Set<CellKey> select(List<CellKey> planned, ToLongFunction<CellKey> cost) {
        if (isWhole()) {
            return new HashSet<>(planned);
        }
        List<CellKey> byCost = new ArrayList<>(planned);
        byCost.sort(Comparator.comparingLong((CellKey cell) -> -cost.applyAsLong(cell)));
        long[] load = new long[count];
        Set<CellKey> mine = new HashSet<>();
        for (CellKey cell : byCost) {
            int lightest = 0;
            for (int shard = 1; shard < count; shard++) {
                if (load[shard] < load[lightest]) {
                    lightest = shard;
                }
            }
            load[lightest] += cost.applyAsLong(cell);
            if (lightest == index - 1) {
                mine.add(cell);
            }
        }
        return mine;
    }
}
