package org.comlife.model;

import java.util.ArrayList;
import java.util.List;

/** Test fixture: a scheduling hook that records the thread at every scheduling point and never blocks. */
final class CountingHook implements SchedulingHook {
    final List<String> points = new ArrayList<>();

    @Override
    public void betweenCalls(ComThread thread) {
        points.add(thread.name());
    }

    @Override
    public void blocked(ComThread thread) {
        throw new AssertionError("nothing here waits");
    }
}
