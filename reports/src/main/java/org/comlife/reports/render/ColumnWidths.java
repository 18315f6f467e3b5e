package org.comlife.reports.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Shares a width among columns: a column that wants less than an equal share gets what it wants,
 * and the columns that want more split what is left equally. Narrow threads thus stay narrow, and
 * only the widest labels get cut or wrapped. Works in any unit (characters, pixels).
 */
public final class ColumnWidths {
    private ColumnWidths() {
    }

    /**
     * The width granted to each column.
     *
     * @param wanted    what each column would need to show everything
     * @param available the total to share
     * @param minimum   no column gets less, even if the total then exceeds {@code available}
     */
    public static int[] share(int[] wanted, int available, int minimum) {
        int[] granted = new int[wanted.length];
        List<Integer> waiting = new ArrayList<>();
        for (int i = 0; i < wanted.length; i++) {
            waiting.add(i);
        }
        waiting.sort(Comparator.comparingInt(i -> wanted[i]));
        int left = available;
        while (!waiting.isEmpty()) {
            int share = Math.max(minimum, left / waiting.size());
            int narrowest = waiting.get(0);
            if (wanted[narrowest] <= share) {
                granted[narrowest] = Math.max(wanted[narrowest], minimum);
                left -= granted[narrowest];
                waiting.remove(0);
                continue;
            }
            // Every column still waiting wants more than a share: split evenly, the remainder to the first ones.
            int remainder = Math.max(0, left - share * waiting.size());
            for (int i : waiting) {
                granted[i] = share + (remainder-- > 0 ? 1 : 0);
            }
            break;
        }
        return granted;
    }
}
