package org.comlife.reports.merge;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.comlife.reports.schema.MatrixReport;
import org.comlife.reports.schema.ShardId;

/** Checks that reports are exactly the n shards of a matrix: one shard each, every i of n once. */
final class ShardSet {
    private ShardSet() {
    }

    /** The shard ids in order 1/n..n/n; refuses an unsharded report, a duplicate, a missing shard, or two n. */
    static List<String> requireComplete(List<MatrixReport> reports) {
        TreeMap<Integer, ShardId> seen = new TreeMap<>();
        int count = -1;
        for (MatrixReport report : reports) {
            if (report.shards().size() != 1) {
                throw new ShardConflictException(name(report) + " is not one shard of a matrix (its shards: "
                        + (report.shards().isEmpty() ? "none, an unsharded run" : report.shards()) + ")");
            }
            ShardId id;
            try {
                id = ShardId.parse(report.shards().get(0));
            } catch (IllegalArgumentException malformed) {
                throw new ShardConflictException(malformed.getMessage());
            }
            if (count != -1 && id.count() != count) {
                throw new ShardConflictException("shards of one matrix share their n: shard " + seen.firstEntry()
                        .getValue() + " and shard " + id + " split it differently");
            }
            count = id.count();
            if (seen.put(id.index(), id) != null) {
                throw new ShardConflictException("shard " + id + " is given twice");
            }
        }
        List<String> missing = new ArrayList<>();
        for (int index = 1; index <= count; index++) {
            if (!seen.containsKey(index)) {
                missing.add(index + "/" + count);
            }
        }
        if (!missing.isEmpty()) {
            throw new ShardConflictException((missing.size() == 1 ? "shard " : "shards ") + String.join(", ", missing)
                    + (missing.size() == 1 ? " is" : " are") + " missing: the merge of a matrix needs all " + count
                    + " shards");
        }
        List<String> ids = new ArrayList<>();
        for (ShardId id : seen.values()) {
            ids.add(id.toString());
        }
        return ids;
    }

    static String name(MatrixReport report) {
        return report.shards().isEmpty() ? "an unsharded report" : "shard " + String.join("+", report.shards());
    }
}
