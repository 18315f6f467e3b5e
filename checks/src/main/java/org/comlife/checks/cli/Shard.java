package org.comlife.checks.cli;

import java.util.ArrayList;
import java.util.List;
import org.comlife.checks.faults.Fault;

/**
 * One of n shards of the matrix ("i/n", 1-based): shard i takes every n-th fault starting at
 * the i-th, and shard 1 also checks the implementation (the reference row). Shards' reports
 * merge into one with {@code comlife merge}.
 */
record Shard(int index, int count) {

    static Shard parse(String spec) {
        if (spec == null) {
            return new Shard(1, 1);
        }
        String[] parts = spec.split("/");
        try {
            if (parts.length == 2) {
                int index = Integer.parseInt(parts[0].trim());
                int count = Integer.parseInt(parts[1].trim());
                if (count >= 1 && index >= 1 && index <= count) {
                    return new Shard(index, count);
                }
            }
        } catch (NumberFormatException notNumbers) {
            // reported below
        }
        throw new UsageProblem("--shard takes i/n with 1 <= i <= n, got '" + spec + "'");
    }

    boolean checksImplementation() {
        return index == 1;
    }

    List<Fault> select(List<Fault> faults) {
        List<Fault> mine = new ArrayList<>();
        for (int i = index - 1; i < faults.size(); i += count) {
            mine.add(faults.get(i));
        }
        return mine;
    }

    String id() {
        return index + "/" + count;
    }
}
