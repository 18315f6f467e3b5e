package org.comlife.checks.jpf.race;

import java.util.ArrayList;
import java.util.List;

/**
 * Every order in which a linearizable helper may have run a race's operations: all
 * permutations of the threads (2 for two threads, 6 for three). The race does not record when
 * each operation began and ended, so, as for the operations of one parallel part in Lincheck,
 * every order is allowed. This code runs inside JPF.
 */
final class SequentialOrders {
    private SequentialOrders() {
    }

    /** Every permutation of 0..count-1, each a list of thread indexes. */
    static List<List<Integer>> of(int count) {
        List<List<Integer>> orders = new ArrayList<>();
        extend(new ArrayList<>(), count, orders);
        return orders;
    }

    private static void extend(List<Integer> prefix, int count, List<List<Integer>> orders) {
        if (prefix.size() == count) {
            orders.add(new ArrayList<>(prefix));
            return;
        }
        for (int thread = 0; thread < count; thread++) {
            Integer index = Integer.valueOf(thread);
            if (!prefix.contains(index)) {
                prefix.add(index);
                extend(prefix, count, orders);
                prefix.remove(prefix.size() - 1);
            }
        }
    }
}
