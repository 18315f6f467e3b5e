package org.comlife.checks.cli;

import org.comlife.checks.matrix.MatrixShard;
import org.comlife.reports.schema.ShardId;

/** Turns --shard i/n into the part of the matrix a hunt runs; none is the whole matrix. */
final class Shards {
    private Shards() {
    }

    static MatrixShard parse(String spec) {
        if (spec == null) {
            return MatrixShard.WHOLE;
        }
        try {
            ShardId id = ShardId.parse(spec);
            return new MatrixShard(id.index(), id.count());
        } catch (IllegalArgumentException malformed) {
            throw new UsageProblem("--shard takes i/n with 1 <= i <= n, got '" + spec + "'");
        }
    }
}
