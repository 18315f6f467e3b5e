package org.comlife.checks.exhaustive;

import java.util.Arrays;
import org.comlife.model.snapshot.ProcessSnapshot;
import org.comlife.model.snapshot.ProxySnapshot;
import org.comlife.model.snapshot.WorldSnapshot;

/**
 * What the invariants checked in every state read of each process, when they read more than one
 * entity at once: its server-process count, whether it committed shutdown, exited or has its
 * class objects suspended, and how many references (and class-factory references) clients hold
 * into it. A step that changes one process's part is visible: partial-order reduction keeps such
 * steps in their order ({@link StubbornSets}), so the reduced search still meets a state in which
 * such an invariant breaks when some state does. Each part is a value or a count to which every
 * step adds a fixed amount, so whether a step changes it does not depend on the steps it is
 * reordered with. The other invariants checked in every state read one entity each (a stream's
 * count, the deadlock flag, the sanitizer, which only grows), and the state right after the
 * step that breaks one is met anyway.
 *
 * <p>{@code ObservedStateTest} checks, on the states of the examples and the catalogue, that two
 * states with the same observed parts have the same breaches of those invariants.
 */
final class ObservedState {
    private ObservedState() {
    }

    /** Values kept per process: its class number, then its observed part. */
    private static final int WIDTH = 7;

    /** Per process, sorted by the class number of its observed part: that number, then the part's values. */
    static int[] signature(WorldSnapshot snapshot, EntityClasses classes) {
        int count = snapshot.processes().size();
        int[][] rows = new int[count][];
        for (int i = 0; i < count; i++) {
            ProcessSnapshot process = snapshot.processes().get(i);
            int held = 0;
            int factories = 0;
            for (ProxySnapshot proxy : snapshot.heldReferencesTo(process.name())) {
                held++;
                factories += proxy.classFactory() ? 1 : 0;
            }
            rows[i] = new int[] {classes.observed(process.name()), process.serverRefs(),
                    process.shutdownCommitted() ? 1 : 0, process.exited() ? 1 : 0,
                    process.classesSuspended() ? 1 : 0, held, factories};
        }
        Arrays.sort(rows, (a, b) -> Integer.compare(a[0], b[0]));
        int[] signature = new int[count * WIDTH];
        for (int i = 0; i < count; i++) {
            System.arraycopy(rows[i], 0, signature, i * WIDTH, WIDTH);
        }
        return signature;
    }

    /** The observed classes whose part differs between two signatures (a process in one only counts). */
    static int[] changed(int[] before, int[] after) {
        int[] changed = new int[(before.length + after.length) / WIDTH];
        int count = 0;
        int i = 0;
        int j = 0;
        while (i < before.length || j < after.length) {
            if (j >= after.length || (i < before.length && before[i] < after[j])) {
                changed[count++] = before[i];
                i += WIDTH;
            } else if (i >= before.length || after[j] < before[i]) {
                changed[count++] = after[j];
                j += WIDTH;
            } else {
                if (!Arrays.equals(before, i, i + WIDTH, after, j, j + WIDTH)) {
                    changed[count++] = before[i];
                }
                i += WIDTH;
                j += WIDTH;
            }
        }
        return Arrays.copyOf(changed, count);
    }
}
