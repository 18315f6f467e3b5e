package org.comlife.reports.schema;

import java.util.List;

/**
 * A shard's id, "i/n": the i-th of n parts of one matrix (1-based), as {@link MatrixReport#shards()}
 * lists them.
 *
 * @param index which part, from 1
 * @param count how many parts the matrix was split into
 */
public record ShardId(int index, int count) {

    public ShardId {
        if (count < 1 || index < 1 || index > count) {
            throw new IllegalArgumentException("a shard id is i/n with 1 <= i <= n, got " + index + "/" + count);
        }
    }

    /** The id written as "i/n"; anything else is refused with what was expected. */
    public static ShardId parse(String text) {
        String[] parts = text == null ? new String[0] : text.split("/", -1);
        if (parts.length == 2) {
            try {
                return new ShardId(Integer.parseInt(parts[0].trim()), Integer.parseInt(parts[1].trim()));
            } catch (IllegalArgumentException malformed) {
                // NumberFormatException is one; both are reported below
            }
        }
        throw new IllegalArgumentException("a shard id is i/n with 1 <= i <= n, got '" + text + "'");
    }

    /** Whether reports with these shard ids are one part of several (a single id of n above 1). */
    static boolean isPartial(List<String> shards) {
        return shards.size() == 1 && parse(shards.get(0)).count() > 1;
    }

    @Override
    public String toString() {
        return index + "/" + count;
    }
}
