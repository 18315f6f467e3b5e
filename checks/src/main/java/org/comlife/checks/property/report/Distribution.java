package org.comlife.checks.property.report;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Min, median and max of a series of counts, as the statistics print them. */
public record Distribution(int min, int median, int max, long total) {

    public static Distribution of(List<Integer> values) {
        if (values.isEmpty()) {
            return new Distribution(0, 0, 0, 0);
        }
        List<Integer> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        long total = 0;
        for (int value : sorted) {
            total += value;
        }
        return new Distribution(sorted.get(0), sorted.get(sorted.size() / 2), sorted.get(sorted.size() - 1), total);
    }

    @Override
    public String toString() {
        return "min " + min + ", median " + median + ", max " + max;
    }
}
