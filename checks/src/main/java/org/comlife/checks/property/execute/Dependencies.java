package org.comlife.checks.property.execute;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.comlife.checks.property.chain.ActionChain;
import org.comlife.checks.property.chain.ChainStep;
import org.comlife.checks.property.chain.Handle;

/**
 * Which steps of a chain must wait for which, at run time. Two actions of different threads that
 * touch the same handle keep the chain's order (a stream is unmarshaled after it was marshaled,
 * a cookie revoked after the gets): the later one waits for an event the earlier one sets.
 * Actions that share no handle interleave freely; that is where the scheduler searches.
 *
 * <p>Each step waits at most once per other thread, for that thread's latest conflicting step:
 * a thread runs its steps in order, so that one implies the others. Every wait points to an
 * earlier step in the chain, so the earliest unfinished step can always run: no deadlock comes
 * from the chain itself.
 */
public final class Dependencies {
    private final List<List<Integer>> waits;
    private final boolean[] signaled;

    private Dependencies(List<List<Integer>> waits, boolean[] signaled) {
        this.waits = waits;
        this.signaled = signaled;
    }

    public static Dependencies of(ActionChain chain) {
        List<ChainStep> steps = chain.steps();
        Map<Handle, Integer> lastToucher = new HashMap<>();
        List<List<Integer>> waits = new ArrayList<>();
        boolean[] signaled = new boolean[steps.size()];
        for (int i = 0; i < steps.size(); i++) {
            ChainStep step = steps.get(i);
            Map<Integer, Integer> latestPerThread = new TreeMap<>();
            for (Handle handle : step.action().touches()) {
                Integer earlier = lastToucher.get(handle);
                if (earlier != null && steps.get(earlier).thread() != step.thread()) {
                    latestPerThread.merge(steps.get(earlier).thread(), earlier, Math::max);
                }
                lastToucher.put(handle, i);
            }
            List<Integer> mine = new ArrayList<>(latestPerThread.values());
            for (int earlier : mine) {
                signaled[earlier] = true;
            }
            waits.add(mine);
        }
        return new Dependencies(waits, signaled);
    }

    /** The steps (indices in the chain) step {@code index} waits for. */
    public List<Integer> waitsOf(int index) {
        return waits.get(index);
    }

    /** Whether a later step of another thread waits for step {@code index}. */
    public boolean isSignaled(int index) {
        return signaled[index];
    }
}
